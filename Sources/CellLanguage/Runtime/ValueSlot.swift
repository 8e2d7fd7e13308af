/// In-place updates of the value stored in a slot, with the payload moved out for the duration (no reference
/// counting, and the payload stays uniquely referenced, so a mutation never copies it).
extension UnsafeMutablePointer where Pointee == Value {
    /// Runs `body` on the array stored here; nil (and nothing runs) when the slot holds no array.
    @inline(__always) func updateArray<T>(_ body: (inout [Value]) throws -> T) rethrows -> T? {
        guard case .array = pointee else { return nil }   // a tag test: no copy of the payload
        let taken = move()
        guard case .array(var elements) = consume taken else {
            initialize(to: .void)   // unreachable: the tag was just tested
            return nil
        }
        defer { initialize(to: .array(elements)) }
        return try body(&elements)
    }

    /// Runs `body` on the string stored here; nil (and nothing runs) when the slot holds no string.
    @inline(__always) func updateString<T>(_ body: (inout String) throws -> T) rethrows -> T? {
        guard case .string = pointee else { return nil }
        let taken = move()
        guard case .string(var text) = consume taken else {
            initialize(to: .void)
            return nil
        }
        defer { initialize(to: .string(text)) }
        return try body(&text)
    }
}
