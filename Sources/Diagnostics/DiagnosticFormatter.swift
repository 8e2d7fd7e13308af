/// Formats diagnostics the way compilers do: `path:line:col: error: message`, the source line, a caret.
public struct DiagnosticFormatter: Sendable {
    /// The path printed before each position, as the user named the file.
    public var path: String
    private let lines: [Substring]

    /// Creates a formatter for the file at `path` whose full text is `source`.
    public init(path: String, source: String) {
        self.path = path
        // "\r\n" is one Character in Swift, so splitting at "\n" alone kept CRLF files in one line; lone "\r" ends
        // a line too, as in the parser.
        self.lines = source.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// The diagnostic as one block of text, ending with a newline.
    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        guard let location = diagnostic.location else {
            out += "\(path): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
            for note in diagnostic.notes { out += "\(path): note: \(note)\n" }
            return out
        }
        out += "\(path):\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if location.line >= 1, location.line <= lines.count {
            var text = String(lines[location.line - 1])
            if text.hasSuffix("\r") { text.removeLast() }
            out += text + "\n"
            out += caretLine(for: text, column: location.column) + "\n"
        }
        for note in diagnostic.notes {
            out += "\(path):\(location.line):\(location.column): note: \(note)\n"
        }
        return out
    }

    /// Formats several diagnostics in order.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    /// Spaces up to the column (tabs kept as tabs so the caret lines up), then `^`.
    private func caretLine(for text: String, column: Int) -> String {
        var prefix = ""
        for (index, character) in text.enumerated() where index < column - 1 {
            prefix.append(character == "\t" ? "\t" : " ")
        }
        let missing = max(0, column - 1 - text.count)
        return prefix + String(repeating: " ", count: missing) + "^"
    }
}
