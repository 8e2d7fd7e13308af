/// Turns the raw text of a mermaid label into the plain text to draw: `<br>` becomes a line break,
/// inline formatting tags are dropped (their text is kept) and entities are decoded.
enum LabelText {
    /// Tags mermaid renders as formatting; they are removed and their content kept.
    private static let formattingTags: Set<String> = [
        "b", "strong", "i", "em", "u", "s", "del", "small", "big", "span", "sub", "sup", "code", "font", "mark",
    ]

    /// Named entities accepted both as `&name;` (HTML) and `#name;` (mermaid).
    private static let namedEntities: [String: String] = [
        "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{00A0}",
        "num": "#", "semi": ";", "colon": ":", "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]",
        "lcub": "{", "rcub": "}", "vert": "|", "hellip": "…", "ndash": "–", "mdash": "—", "rarr": "→",
        "larr": "←", "harr": "↔", "times": "×", "deg": "°", "middot": "·", "bull": "•", "copy": "©",
    ]

    /// The plain text of `raw`, with line breaks as `\n` and surrounding spaces removed from every line.
    static func decode(_ raw: String) -> String {
        var text = raw
        if text.count >= 2, text.first == "`", text.last == "`" {
            text = String(text.dropFirst().dropLast())
        }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let (replacement, end) = tag(in: text, at: index) {
                output += replacement
                index = end
            } else if character == "&" || character == "#", let (replacement, end) = entity(in: text, at: index) {
                output += replacement
                index = end
            } else {
                output.append(character)
                index = text.index(after: index)
            }
        }
        // Control characters cannot appear in SVG (XML 1.0); tabs and the like become spaces.
        output = String(output.unicodeScalars.map { scalar -> Character in
            scalar != "\n" && (scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF)
                ? " " : Character(scalar)
        })
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingWhitespace() }
        return lines.joined(separator: "\n")
    }

    /// A line-break or formatting tag starting at `start`: its replacement and the index after it.
    private static func tag(in text: String, at start: String.Index) -> (String, String.Index)? {
        guard let close = text[start...].firstIndex(of: ">") else { return nil }
        var body = text[text.index(after: start)..<close].trimmingWhitespace().lowercased()
        let end = text.index(after: close)
        if body.hasSuffix("/") { body = String(body.dropLast()).trimmingWhitespace() }
        if body.hasPrefix("/") { body = String(body.dropFirst()) }
        let name = String(body.prefix { $0.isLetter })
        guard !name.isEmpty else { return nil }
        let rest = body.dropFirst(name.count)
        guard rest.isEmpty || rest.first == " " else { return nil }
        if name == "br" { return ("\n", end) }
        if formattingTags.contains(name) { return ("", end) }
        return nil
    }

    /// An entity (`&amp;`, `#quot;`, `&#35;`, `#9829;`, `&#x2192;`) at `start`: its text and the index after it.
    private static func entity(in text: String, at start: String.Index) -> (String, String.Index)? {
        var index = text.index(after: start)
        var body = ""
        while index < text.endIndex, text[index] != ";", body.count < 12 {
            body.append(text[index])
            index = text.index(after: index)
        }
        guard index < text.endIndex, text[index] == ";", !body.isEmpty else { return nil }
        let end = text.index(after: index)
        if text[start] == "&", body.hasPrefix("#") { body.removeFirst() }
        if let named = namedEntities[body] { return (named, end) }
        let scalarValue: UInt32?
        if body.hasPrefix("x") || body.hasPrefix("X") {
            scalarValue = UInt32(body.dropFirst(), radix: 16)
        } else {
            scalarValue = UInt32(body)
        }
        guard let value = scalarValue, value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
        return (String(Character(scalar)), end)
    }

    /// The label on one line (line breaks become spaces), for alt text.
    static func singleLine(_ label: String) -> String {
        label.split(separator: "\n").map(String.init).joined(separator: " ")
    }
}
