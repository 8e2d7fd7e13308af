/// Reads JSON text (RFC 8259) into a `JSONValue`, keeping objects' key order; errors name the line and column.
struct JSONReader {
    /// Why the text is not JSON, and where.
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// Parses a whole document.
    static func parse(_ text: String) throws(Failure) -> JSONValue {
        var reader = JSONReader(bytes: Array(text.utf8))
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.position == reader.bytes.count else { throw reader.failure("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ message: String) -> Failure {
        var line = 1, column = 1
        for byte in bytes[..<min(position, bytes.count)] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return Failure(message: message, line: line, column: column)
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue) throws(Failure) -> JSONValue {
        let expected = Array(literal.utf8)
        guard position + expected.count <= bytes.count, Array(bytes[position..<position + expected.count]) == expected else {
            throw failure("invalid value")
        }
        position += expected.count
        return value
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard position < bytes.count else { throw failure("unexpected end of the file") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try expect("true", .bool(true))
        case UInt8(ascii: "f"): return try expect("false", .bool(false))
        case UInt8(ascii: "n"): return try expect("null", .null)
        default: return try number()
        }
    }

    private mutating func nested<T>(_ body: (inout JSONReader) throws(Failure) -> T) throws(Failure) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 512 else { throw failure("nested too deeply") }
        return try body(&self)
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try nested { (reader: inout JSONReader) throws(Failure) -> JSONValue in
            reader.position += 1
            var members: [JSONValue.Member] = []
            reader.skipSpace()
            if reader.position < reader.bytes.count, reader.bytes[reader.position] == UInt8(ascii: "}") {
                reader.position += 1
                return .object(members)
            }
            while true {
                reader.skipSpace()
                guard reader.position < reader.bytes.count, reader.bytes[reader.position] == UInt8(ascii: "\"") else {
                    throw reader.failure("expected a quoted key")
                }
                let key = try reader.string()
                reader.skipSpace()
                guard reader.position < reader.bytes.count, reader.bytes[reader.position] == UInt8(ascii: ":") else {
                    throw reader.failure("expected ':' after a key")
                }
                reader.position += 1
                reader.skipSpace()
                members.append(JSONValue.Member(key, try reader.value()))
                reader.skipSpace()
                guard reader.position < reader.bytes.count else { throw reader.failure("unexpected end of the file") }
                let byte = reader.bytes[reader.position]
                reader.position += 1
                if byte == UInt8(ascii: "}") { return .object(members) }
                guard byte == UInt8(ascii: ",") else { reader.position -= 1; throw reader.failure("expected ',' or '}'") }
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try nested { (reader: inout JSONReader) throws(Failure) -> JSONValue in
            reader.position += 1
            var elements: [JSONValue] = []
            reader.skipSpace()
            if reader.position < reader.bytes.count, reader.bytes[reader.position] == UInt8(ascii: "]") {
                reader.position += 1
                return .array(elements)
            }
            while true {
                reader.skipSpace()
                elements.append(try reader.value())
                reader.skipSpace()
                guard reader.position < reader.bytes.count else { throw reader.failure("unexpected end of the file") }
                let byte = reader.bytes[reader.position]
                reader.position += 1
                if byte == UInt8(ascii: "]") { return .array(elements) }
                guard byte == UInt8(ascii: ",") else { reader.position -= 1; throw reader.failure("expected ',' or ']'") }
            }
        }
    }

    private mutating func string() throws(Failure) -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll()
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                flush()
                return String(scalars)
            }
            guard byte >= 0x20 else { throw failure("control character in a string") }
            guard byte == UInt8(ascii: "\\") else {
                run.append(byte)
                position += 1
                continue
            }
            flush()
            guard position + 1 < bytes.count else { break }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                   bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    let low = try hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default: throw failure("invalid escape in a string")
            }
        }
        throw failure("string is never closed")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count,
              let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16) else {
            throw failure("invalid \\u escape")
        }
        position += 4
        return code
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = position
        while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let int = Int(text) { return .int(int) }
        guard !text.isEmpty, let double = Double(text) else { position = start; throw failure("invalid value") }
        return .number(double)
    }
}
