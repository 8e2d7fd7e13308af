/// Writes JSON values as YAML front matter: mappings as indented blocks, everything else in JSON's flow syntax,
/// which YAML reads as the same value.
enum YAMLText {
    /// A scalar or flow value: a bare word when YAML reads it back as the same string, else JSON syntax.
    static func scalar(_ value: JSONValue) -> String {
        if case .string(let text) = value, isPlain(text) { return text }
        return value.serialized(indent: 0).trimmingWhitespaceAndNewlines
    }

    /// The lines of a block mapping at `indent` levels of two spaces.
    static func block(_ value: JSONValue, indent: Int) -> [String] {
        let pad = String(repeating: "  ", count: indent)
        var lines: [String] = []
        for member in value.members ?? [] {
            let key = isPlain(member.key) ? member.key : scalar(.string(member.key)).replacingOccurrences(of: "\n", with: "")
            if case .object(let inner) = member.value, !inner.isEmpty {
                lines.append("\(pad)\(key):")
                lines += block(member.value, indent: indent + 1)
            } else {
                lines.append("\(pad)\(key): \(scalar(member.value))")
            }
        }
        return lines
    }

    /// Whether a string can be written without quotes: words, spaces and common punctuation, not something YAML
    /// would read as a number, boolean or null.
    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter, text.last != " ", text.last != ":" else { return false }
        guard !["true", "false", "yes", "no", "on", "off", "null", "y", "n"].contains(text.lowercased()) else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || " -_.,'()/".contains($0) }
            && !text.contains(": ") && !text.contains(" #")
    }
}
