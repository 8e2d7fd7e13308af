/// Scanning helpers: separators, blank lines, words and the rest of a statement.
extension FlowchartParser {
    mutating func skipSeparators() {
        while let character = cursor.peek(), character.isWhitespace || character == ";" { cursor.advance() }
    }

    mutating func skipBlankLines() {
        while true {
            var offset = 0
            while let character = cursor.peek(offset), character.isWhitespace, !character.isNewline { offset += 1 }
            guard let character = cursor.peek(offset), character.isNewline else { return }
            cursor.advance(by: offset + 1)
        }
    }

    /// The letters (and `-`) at the cursor, without consuming them.
    func peekWord() -> String {
        var word = ""
        var offset = 0
        while let character = cursor.peek(offset), character.isLetter || character == "-" {
            word.append(character)
            offset += 1
        }
        return word
    }

    func restAfterWordIsEmpty(_ word: String) -> Bool {
        var offset = word.count
        while let character = cursor.peek(offset), character.isWhitespace, !character.isNewline { offset += 1 }
        guard let character = cursor.peek(offset) else { return true }
        return character.isNewline || character == ";" || cursor.peek(offset + 1) == "%" && character == "%"
    }

    /// The text up to the next line break or `;` outside quotes, consumed.
    mutating func restOfStatement() -> String {
        var text = ""
        var inQuotes = false
        while let character = cursor.peek(), !character.isNewline, inQuotes || character != ";" {
            if character == "\"" { inQuotes.toggle() }
            text.append(character)
            cursor.advance()
        }
        return text
    }

    /// The text up to the next line break, not consumed.
    func peekRestOfLine() -> String {
        var text = ""
        var offset = 0
        while let character = cursor.peek(offset), !character.isNewline {
            text.append(character)
            offset += 1
        }
        return text
    }

    /// `first rest...` split at the first run of spaces.
    /// Skips `keyword` at the cursor and returns its position with the rest of the statement split into its first
    /// word and the remainder (`classDef`, `class`, `style`, `linkStyle`).
    mutating func keywordStatement(_ keyword: String) -> (line: Int, column: Int, first: String, rest: String) {
        let line = cursor.line
        let column = cursor.column
        cursor.advance(by: keyword.count)
        let (first, rest) = splitFirstWord(restOfStatement().trimmingWhitespace())
        return (line, column, first, rest)
    }

    func splitFirstWord(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(where: \.isWhitespace) else { return (text, "") }
        return (String(text[..<space]), String(text[space...]).trimmingWhitespace())
    }

    func unquote(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
