/// How deeply a cell nests square brackets: SwiftParser's lookahead for collection and inline-array types takes time
/// exponential in how many `[` are open (about 4 s for 20 levels), so deeper code is refused by the interpreter and
/// parsed with a nesting bound for the scanner and the highlighter (found by Fuzz/, FuzzCellLanguage).
public enum BracketDepth {
    /// The deepest nesting of `[` a cell may use; lessons need two or three.
    public static let limit = 12

    /// The UTF-8 offset of the first `[` nested deeper than `limit`, outside string literals and comments (but
    /// inside string interpolations), or nil.
    public static func offsetBeyondLimit(in code: String) -> Int? {
        var scanner = Scanner(bytes: Array(code.utf8))
        return scanner.scanCode(insideInterpolation: false)
    }

    /// A byte scanner that follows code, string literals, interpolations and comments.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var depth = 0

        /// Scans code to the end, or inside an interpolation to its closing `)`; returns a too-deep `[`'s offset.
        mutating func scanCode(insideInterpolation: Bool) -> Int? {
            var parentheses = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "["):
                    depth += 1
                    if depth > BracketDepth.limit { return index }
                case UInt8(ascii: "]"):
                    depth = max(0, depth - 1)
                case UInt8(ascii: "("):
                    parentheses += 1
                case UInt8(ascii: ")"):
                    if insideInterpolation && parentheses == 0 {
                        index += 1
                        return nil
                    }
                    parentheses = max(0, parentheses - 1)
                case UInt8(ascii: "\""):
                    if let offset = scanString() { return offset }
                    continue
                case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                    while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                    continue
                case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                    skipBlockComment()
                    continue
                default:
                    break
                }
                index += 1
            }
            return nil
        }

        /// Scans the string literal (single-line or `"""`) that starts at `index`, and its interpolations.
        private mutating func scanString() -> Int? {
            let quote = UInt8(ascii: "\"")
            let multiline = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
            index += multiline ? 3 : 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"):
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "(") {
                        index += 2
                        if let offset = scanCode(insideInterpolation: true) { return offset }
                        continue
                    }
                    index += 2
                    continue
                case UInt8(ascii: "\n") where !multiline:
                    return nil
                case quote:
                    if !multiline {
                        index += 1
                        return nil
                    }
                    if index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote {
                        index += 3
                        return nil
                    }
                default:
                    break
                }
                index += 1
            }
            return nil
        }

        /// Moves past the (possibly nested) block comment that starts at `index`.
        private mutating func skipBlockComment() {
            var nesting = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: "*") {
                    nesting += 1
                    index += 2
                } else if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                    nesting -= 1
                    index += 2
                    if nesting == 0 { return }
                } else {
                    index += 1
                }
            }
            index = bytes.count
        }
    }
}
