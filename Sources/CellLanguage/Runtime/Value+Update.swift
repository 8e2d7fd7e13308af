/// In-place updates of a stored value's payload, moved out for the duration: no reference counting, and the payload
/// stays uniquely referenced, so a mutation never copies it.
///
/// (Binding the payload with `switch value { case .array(var elements): … }` keeps a second reference for the whole
/// case body, so the first mutation copies the whole array or struct: the tag is tested first, then the payload is
/// moved out and bound from the consumed value.)
extension Value {
    /// Runs `body` on the array's elements; nil (and nothing runs) when the value is not an array.
    @inline(__always) mutating func updateArray<T>(_ body: (inout [Value]) throws -> T) rethrows -> T? {
        guard case .array = self else {
            ExclusiveAccess.note(self)
            return nil
        }
        let taken = take()
        guard case .array(var elements) = consume taken else { return nil }
        defer { self = .array(elements) }
        return try body(&elements)
    }

    /// Runs `body` on the tuple's (or struct's) elements; nil (and nothing runs) when the value is not a tuple.
    @inline(__always) mutating func updateTuple<T>(_ body: (inout [Value]) throws -> T) rethrows -> T? {
        guard case .tuple = self else { return nil }
        let taken = take()
        guard case .tuple(var elements) = consume taken else { return nil }
        defer { self = .tuple(elements) }
        return try body(&elements)
    }

    /// Runs `body` on the string; nil (and nothing runs) when the value is not a string.
    @inline(__always) mutating func updateString<T>(_ body: (inout String) throws -> T) rethrows -> T? {
        guard case .string = self else { return nil }
        let taken = take()
        guard case .string(var text) = consume taken else { return nil }
        defer { self = .string(text) }
        return try body(&text)
    }

    /// Moves the value out, leaving `()` behind.
    @inline(__always) private mutating func take() -> Value {
        var taken = Value.void
        swap(&taken, &self)
        return taken
    }
}
