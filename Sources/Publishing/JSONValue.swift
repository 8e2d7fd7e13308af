/// A JSON value whose objects keep their keys in order, so the files nbrun writes are deterministic and read in a
/// sensible order; with its own writer and reader.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One key of an object and its value.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from key–value pairs in order; `nil` values are left out.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { Member(key, $0) } })
    }

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text when this is a string.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The elements when this is an array.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members when this is an object.
    public var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The integer when this is a whole number.
    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .number(let value): return value.rounded() == value ? Int(exactly: value) : nil
        default: return nil
        }
    }

    /// The text of a string, or of an array of strings joined (how notebooks store multi-line text).
    public var text: String? {
        switch self {
        case .string(let text): return text
        case .array(let parts): return parts.allSatisfy { $0.string != nil } ? parts.compactMap(\.string).joined() : nil
        default: return nil
        }
    }

    /// Text as Jupyter stores it: a list of lines, each keeping its newline.
    public static func lines(_ text: String) -> JSONValue {
        var lines: [JSONValue] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                lines.append(.string(current))
                current = ""
            }
        }
        if !current.isEmpty { lines.append(.string(current)) }
        return .array(lines)
    }

    /// The value as JSON text, indented by `indent` spaces per level (`0` for one line), ending with a newline.
    public func serialized(indent: Int = 1, sortKeys: Bool = false) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0, sortKeys: sortKeys)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int, level: Int, sortKeys: Bool) {
        let newline = indent > 0 ? "\n" : ""
        func pad(_ level: Int) -> String { String(repeating: " ", count: indent * level) }
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .number(let value):
            if !value.isFinite { out += "null" }
            else if value.rounded() == value, abs(value) < 1e15 { out += String(Int(value)) + ".0" }
            else { out += "\(value)" }
        case .string(let text): Self.quote(text, into: &out)
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[" + newline
            for (index, element) in elements.enumerated() {
                out += pad(level + 1)
                element.write(into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
                out += (index < elements.count - 1 ? "," : "") + newline
            }
            out += pad(level) + "]"
        case .object(let unsorted):
            guard !unsorted.isEmpty else { out += "{}"; return }
            let members = sortKeys ? unsorted.sorted { $0.key < $1.key } : unsorted
            out += "{" + newline
            for (index, member) in members.enumerated() {
                out += pad(level + 1)
                Self.quote(member.key, into: &out)
                out += indent > 0 ? ": " : ":"
                member.value.write(into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
                out += (index < members.count - 1 ? "," : "") + newline
            }
            out += pad(level) + "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
