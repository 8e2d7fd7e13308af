/// Escapes text for the content of a MathML element.
enum XMLEscaping {
    /// `text` with `&`, `<`, `>` and `"` replaced by entities. Works on Unicode scalars, so a `<` followed by
    /// a combining mark (one `Character`) is escaped too.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
