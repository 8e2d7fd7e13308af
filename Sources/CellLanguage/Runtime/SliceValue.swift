/// `ArraySlice` at run time: `.variant(SliceValue.tag, [.array(elements), .int(start)])`, where `start` is the
/// index of the first element in the array it was cut from, so that a slice's indices are its base's, as in Swift
/// (`[10, 20, 30].dropFirst()[1]` is 20). The tag, which no enum case has, lets equality and hashing compare the
/// elements only.
enum SliceValue {
    /// The variant tag of a slice value: negative and distinct from `StringIndexing.substringTag`.
    static let tag = -2

    /// A slice of `elements` whose first one is at index `start` of its base.
    @inline(__always) static func make(_ elements: [Value], start: Int) -> Value {
        .variant(tag, [.array(elements), .int(start)])
    }

    /// The elements and start index of a slice value (an array value is a slice starting at 0).
    @inline(__always) static func parts(_ value: Value) -> (elements: [Value], start: Int) {
        if case .variant(tag, let fields) = value { return (fields[0].arrayValue, fields[1].intValue) }
        return (value.arrayValue, 0)
    }

    /// The elements of a slice value as an array value.
    @inline(__always) static func elements(_ value: Value) -> Value {
        if case .variant(tag, let fields) = value { return fields[0] }
        return value
    }

    /// Runs `body` on the elements and start index of the slice stored in `value`, in place (moved out meanwhile, so
    /// that they stay uniquely referenced); nil when the value is no slice.
    static func update<T>(_ value: inout Value, _ body: (inout [Value], Int) throws -> T) rethrows -> T? {
        guard case .variant(tag, let fields) = value, fields.count == 2 else { return nil }
        let start = fields[1].intValue
        value = .void
        var elements = fields[0].arrayValue
        defer { value = make(elements, start: start) }
        return try body(&elements, start)
    }

    /// swiftc's program's message for a position outside a slice's bounds.
    static let outOfBounds = "Index out of bounds"
}
