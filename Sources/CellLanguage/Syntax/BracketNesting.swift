import Diagnostics

/// Guards the parser against deeply nested square brackets: SwiftParser's lookahead for collection and inline-array
/// types takes time exponential in how many `[` are open (about 4 s for 20 levels), so a cell nesting them deeper
/// than `limit` gets an error instead of a hang (found by Fuzz/, FuzzCellLanguage).
enum BracketNesting {
    /// The deepest nesting of `[` a cell may use; lessons need two or three.
    static let limit = 12

    /// The UTF-8 offset of the first `[` nested deeper than `limit`, outside string literals and comments, or nil.
    static func offsetBeyondLimit(in code: String) -> Int? {
        let bytes = Array(code.utf8)
        var depth = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["):
                depth += 1
                if depth > limit { return index }
            case UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "\""):
                index = endOfString(bytes, from: index)
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                index = endOfBlockComment(bytes, from: index)
                continue
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The error for a `[` nested too deeply.
    static func diagnostic(at location: SourceLocation) -> Diagnostic {
        .error("square brackets are nested more than \(limit) levels deep", at: location,
               notes: ["split the expression with intermediate 'let' constants"])
    }

    /// The offset just past the string literal (single-line or `"""`) that starts at `start`.
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        let quote = UInt8(ascii: "\"")
        let multiline = start + 2 < bytes.count && bytes[start + 1] == quote && bytes[start + 2] == quote
        var index = start + (multiline ? 3 : 1)
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "\n") where !multiline:
                return index
            case quote:
                if !multiline { return index + 1 }
                if index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote { return index + 3 }
            default:
                break
            }
            index += 1
        }
        return bytes.count
    }

    /// The offset just past the (possibly nested) block comment that starts at `start`.
    private static func endOfBlockComment(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }
}
