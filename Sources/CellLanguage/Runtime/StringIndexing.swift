import Diagnostics

/// `String.Index` and `Substring` at run time.
///
/// An index is the UTF-8 offset of a position (as Swift's own index encodes it), boxed as `.int`; a Substring is
/// `.variant(StringIndexing.substringTag, [.string(text), .int(origin)])`, where `origin` is the offset of its start
/// in the string it was cut from (the tag, which no enum case has, lets equality and hashing compare the text only),
/// so that its indices are its base string's indices, as in Swift. A String is a text whose origin is 0. Positions
/// are checked before the library is asked, so an index out of bounds is a run-time error, never a trap.
enum StringIndexing {
    /// swiftc's program's message for an index outside the string.
    static let outOfBounds = "String index is out of bounds"

    /// The text and origin of a String or Substring value.
    @inline(__always) static func parts(_ value: Value) -> (text: String, origin: Int) {
        switch value {
        case .string(let text): return (text, 0)
        case .variant(substringTag, let fields): return (fields[0].stringValue, fields[1].intValue)
        default: return ("", 0)
        }
    }

    /// The text of a String or Substring value.
    static func text(_ value: Value) -> String { parts(value).text }

    /// A Substring value.
    static func substring(_ text: Substring, origin: Int) -> Value {
        .variant(substringTag, [.string(String(text)), .int(origin)])
    }

    /// The variant tag of a Substring value: negative, so no enum case has it.
    static let substringTag = -1

    /// The library index of `offset` (relative to `origin`), checked to lie in the text (the end included when
    /// `end` allows it).
    static func index(_ text: String, origin: Int, _ offset: Int, end: Bool = true,
                      at location: SourceLocation) throws -> String.Index {
        let local = offset &- origin, count = text.utf8.count
        guard local >= 0, end ? local <= count : local < count else {
            throw RuntimeError(message: outOfBounds, location: location)
        }
        return text.utf8.index(text.utf8.startIndex, offsetBy: local)
    }

    /// The offset (relative to `origin`) of a library index.
    static func offset(_ text: String, origin: Int, _ index: String.Index) -> Int {
        origin &+ text.utf8.distance(from: text.utf8.startIndex, to: index)
    }

    /// The Character at `offset`.
    static func character(_ value: Value, _ offset: Int, at location: SourceLocation) throws -> Value {
        let (text, origin) = parts(value)
        return .string(String(text[try index(text, origin: origin, offset, end: false, at: location)]))
    }

    /// The library range of an index range value (`i..<j` or `i...j`), checked to lie in the text in order.
    static func bounds(_ range: Value, in text: String, origin: Int, at location: SourceLocation) throws -> Range<String.Index> {
        guard case .range(let lower, let upper, let closed) = range else { return text.startIndex..<text.startIndex }
        let low = try index(text, origin: origin, lower, at: location)
        var high = try index(text, origin: origin, upper, end: !closed, at: location)
        if closed { high = text.index(after: high) }
        guard low <= high else { throw RuntimeError(message: outOfBounds, location: location) }
        return low..<high
    }

    /// The Substring between two offsets.
    static func slice(_ value: Value, _ lower: Int, _ upper: Int, closed: Bool = false,
                      at location: SourceLocation) throws -> Value {
        let (text, origin) = parts(value)
        let low = try index(text, origin: origin, lower, at: location)
        var high = try index(text, origin: origin, upper, end: !closed, at: location)
        if closed { high = text.index(after: high) }
        guard low <= high else { throw RuntimeError(message: outOfBounds, location: location) }
        let piece = text[low..<high]
        return substring(piece, origin: offset(text, origin: origin, piece.startIndex))
    }

    /// `index(i, offsetBy: distance)`, an error past either end.
    static func moved(_ value: Value, _ offset: Int, by distance: Int, at location: SourceLocation) throws -> Int {
        let (text, origin) = parts(value)
        let start = try index(text, origin: origin, offset, at: location)
        let limit = distance >= 0 ? text.endIndex : text.startIndex
        guard let moved = text.index(start, offsetBy: distance, limitedBy: limit) else {
            throw RuntimeError(message: outOfBounds, location: location)
        }
        try LongWork.after(count: Int(min(distance.magnitude, UInt(Int.max))), at: location)
        return self.offset(text, origin: origin, moved)
    }

    /// `index(i, offsetBy: distance, limitedBy: limit)`: nil when `limit` lies between `i` and the result (a limit
    /// behind `i` is ignored, as in Swift), an error past either end.
    static func moved(_ value: Value, _ offset: Int, by distance: Int, limitedBy limit: Int,
                      at location: SourceLocation) throws -> Int? {
        let (text, origin) = parts(value)
        let ahead = distance >= 0 ? limit >= offset : limit <= offset
        guard ahead else { return try moved(value, offset, by: distance, at: location) }
        let start = try index(text, origin: origin, offset, at: location)
        let stop = try index(text, origin: origin, limit, at: location)
        guard let moved = text.index(start, offsetBy: distance, limitedBy: stop) else { return nil }
        try LongWork.after(count: Int(min(distance.magnitude, UInt(Int.max))), at: location)
        return self.offset(text, origin: origin, moved)
    }

    /// Every Character position, in order (the end excluded).
    static func indices(_ value: Value, at location: SourceLocation) throws -> [Value] {
        let (text, origin) = parts(value)
        var result: [Value] = []
        var work = LongWork(at: location)
        var index = text.startIndex
        while index < text.endIndex {
            result.append(.int(offset(text, origin: origin, index)))
            index = text.index(after: index)
            try work.step()
        }
        return result
    }

    /// What `print` shows for an index (`0[any]`, `5[utf8]`, as Swift's runtime prints them), a range of indices or
    /// a Substring.
    static func describe(_ value: Value, as type: CType, nested: Bool) -> String {
        switch (type, value) {
        case (.substring, _):
            let text = text(value)
            return nested ? text.debugDescription : text
        case (.indexRange, .range(let lower, let upper, let closed)):
            return describeIndex(lower) + (closed ? "..." : "..<") + describeIndex(upper)
        default:
            return describeIndex(value.intValue)
        }
    }

    private static func describeIndex(_ offset: Int) -> String {
        offset == 0 ? "0[any]" : "\(offset)[utf8]"
    }
}
