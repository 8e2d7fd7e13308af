/// A position in mermaid source that knows its 1-based line and column.
struct SourceCursor: Sendable {
    /// The source, one element per character.
    let characters: [Character]
    /// Index of the next character.
    private(set) var index = 0
    /// 1-based line of the next character.
    private(set) var line = 1
    /// 1-based column of the next character.
    private(set) var column = 1

    /// A cursor at the start of `source`.
    init(_ source: String) { characters = Array(source) }

    /// Whether every character has been consumed.
    var isAtEnd: Bool { index >= characters.count }

    /// The character `offset` positions ahead, if any.
    func peek(_ offset: Int = 0) -> Character? {
        let target = index + offset
        return target < characters.count ? characters[target] : nil
    }

    /// Whether the source continues with `text`.
    func starts(with text: String) -> Bool {
        var offset = 0
        for character in text {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    /// Consumes one character and returns it.
    @discardableResult
    mutating func advance() -> Character? {
        guard index < characters.count else { return nil }
        let character = characters[index]
        index += 1
        // Only the line endings the notebook counts move to a new line (not U+000B, U+000C, U+0085, U+2028, U+2029,
        // which `isNewline` also accepts), so error lines match the notebook's.
        if character == "\n" || character == "\r\n" || character == "\r" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return character
    }

    /// Consumes `count` characters.
    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Consumes spaces and tabs (not line breaks).
    mutating func skipInlineSpace() {
        while let character = peek(), character.isWhitespace, !character.isNewline { advance() }
    }

    /// Consumes everything up to (not including) the next line break.
    mutating func skipToEndOfLine() {
        while let character = peek(), !character.isNewline { advance() }
    }

    /// Whether the next character ends a statement (line break, `;`, end of input).
    var isAtStatementEnd: Bool {
        guard let character = peek() else { return true }
        return character.isNewline || character == ";"
    }

    /// An error at the current position.
    func error(_ message: String) -> MermaidError {
        MermaidError(line: line, column: column, message: message)
    }
}
