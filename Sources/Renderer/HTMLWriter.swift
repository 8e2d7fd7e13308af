/// Builds HTML text; the one place where nbrun escapes text and attribute values.
public struct HTMLWriter: Sendable {
    /// The HTML written so far.
    public private(set) var html = ""

    /// Creates an empty writer.
    public init() {}

    /// Escapes text for an element's content: `&`, `<` and `>`; control characters other than newline, tab and
    /// carriage return are shown visibly, as `\u{1B}`.
    public static func escape(_ text: some StringProtocol) -> String {
        escape(text, quotes: false)
    }

    /// Escapes text for a double-quoted attribute value: `&`, `<`, `>` and `"`.
    public static func escapeAttribute(_ text: some StringProtocol) -> String {
        escape(text, quotes: true)
    }

    private static func escape(_ text: some StringProtocol, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}":
                // Control characters (NUL, ESC, BEL…) are invisible or invalid in HTML: show them as Swift writes them.
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A JSON string literal that is safe inside a `<script>` element: quotes, backslashes and control characters
    /// escaped as JSON requires, and `<`, U+2028 and U+2029 as `\u` escapes, so no `</script>` or `<!--` can
    /// appear.
    public static func scriptJSONString(_ text: some StringProtocol) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "<", "\u{2028}", "\u{2029}":
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            case _ where scalar.value < 0x20:
                out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Appends text, escaped.
    public mutating func text(_ text: some StringProtocol) {
        html += Self.escape(text)
    }

    /// Appends markup that nbrun generated itself and that is already safe.
    public mutating func raw(_ markup: some StringProtocol) {
        html += markup
    }

    /// Appends an opening tag; attribute values are escaped, `nil` values are left out.
    public mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        html += "<" + tag
        for (name, value) in attributes {
            guard let value else { continue }
            html += " \(name)=\"\(Self.escapeAttribute(value))\""
        }
        html += ">"
    }

    /// Appends a closing tag.
    public mutating func close(_ tag: String) {
        html += "</\(tag)>"
    }

    /// Appends an element whose content is escaped text.
    public mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: some StringProtocol) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    /// Appends a newline, to keep the page readable as source.
    public mutating func newline() {
        html += "\n"
    }
}
