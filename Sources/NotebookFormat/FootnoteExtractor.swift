import Foundation

/// Finds footnote definitions (`[^label]: text`, continued by indented lines) and blanks them before cmark runs.
///
/// cmark itself knows no footnotes: it would read a definition as a link reference or a paragraph. The definitions'
/// text is parsed separately; references (`[^label]`) stay in the text and are recognised afterwards.
struct FootnoteExtractor {
    /// One definition: its label, its first line, and its content with the indentation removed.
    struct Definition {
        var label: String
        var line: Int
        var lineCount: Int
        var content: String
    }

    private(set) var definitions: [Definition] = []

    /// The text with every definition's lines blanked (line count unchanged).
    mutating func extract(from text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: Character?
        var index = 0
        while index < lines.count {
            let stripped = lines[index].drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
            if let marker = stripped.first, marker == "`" || marker == "~", stripped.prefix(3).allSatisfy({ $0 == marker }),
               stripped.count >= 3 {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                index += 1
                continue
            }
            guard fence == nil, let (label, rest) = Self.definitionStart(lines[index]) else {
                index += 1
                continue
            }
            var content = [rest]
            var end = index + 1
            while end < lines.count {
                let line = lines[end]
                if line.hasPrefix("    ") || line.hasPrefix("\t") {
                    content.append(String(line.hasPrefix("\t") ? line.dropFirst() : line.dropFirst(4)))
                } else if line.allSatisfy({ $0 == " " || $0 == "\t" }),
                          end + 1 < lines.count, lines[end + 1].hasPrefix("    ") || lines[end + 1].hasPrefix("\t") {
                    content.append("")
                } else {
                    break
                }
                end += 1
            }
            definitions.append(Definition(label: label, line: index + 1, lineCount: end - index,
                                          content: content.joined(separator: "\n")))
            for blank in index..<end { lines[blank] = "" }
            index = end
        }
        return lines.joined(separator: "\n")
    }

    /// The label and the rest of the line when `line` opens a definition.
    static func definitionStart(_ line: String) -> (String, String)? {
        let indent = line.prefix(while: { $0 == " " })
        guard indent.count <= 3 else { return nil }
        let body = line.dropFirst(indent.count)
        guard body.hasPrefix("[^"), let close = body.firstIndex(of: "]") else { return nil }
        let label = body[body.index(body.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace }) else { return nil }
        let after = body[body.index(after: close)...]
        guard after.hasPrefix(":") else { return nil }
        return (normalizedLabel(label), after.dropFirst().trimmingWhitespace)
    }

    /// Splits `text` around `[^label]` references; labels are returned in `.reference`.
    ///
    /// One pass: a label ends at the first `]`, and whitespace or `[` ends the search, so each character is looked
    /// at a bounded number of times (`[^ ` repeated 20 000 times searched to the end for every opener).
    static func references(in text: String) -> [Piece] {
        var pieces: [Piece] = []
        let characters = Substring(text)
        var pending = characters.startIndex // start of the text not yet emitted
        var index = characters.startIndex
        while let open = characters[index...].firstIndex(of: "[") {
            let caret = characters.index(after: open)
            guard caret < characters.endIndex, characters[caret] == "^" else {
                index = caret
                continue
            }
            let labelStart = characters.index(after: caret)
            var end = labelStart
            while end < characters.endIndex, characters[end] != "]", characters[end] != "[", !characters[end].isWhitespace {
                end = characters.index(after: end)
            }
            guard end < characters.endIndex, characters[end] == "]", end > labelStart else {
                index = end > labelStart ? end : labelStart
                continue
            }
            if open > pending { pieces.append(.text(String(characters[pending..<open]))) }
            pieces.append(.reference(normalizedLabel(characters[labelStart..<end])))
            index = characters.index(after: end)
            pending = index
        }
        if pending < characters.endIndex { pieces.append(.text(String(characters[pending...]))) }
        return pieces
    }

    /// A label as definitions and references both spell it: typographic apostrophes (which cmark's smart
    /// punctuation puts into references, `[^l'amico]` → `[^l’amico]`) become `'`.
    static func normalizedLabel(_ label: Substring) -> String {
        guard label.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) else { return String(label) }
        return String(label.map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }

    /// A run of text or a footnote reference.
    enum Piece: Equatable {
        case text(String)
        case reference(String)
    }
}
