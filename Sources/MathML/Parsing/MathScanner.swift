/// Splits a LaTeX formula into tokens on demand, skipping white space, and reads raw text for `\text{…}`.
struct MathScanner {
    /// The formula, one element per character (extended grapheme cluster).
    let characters: [Character]
    /// The offset of the next unread character.
    private(set) var position = 0

    /// Creates a scanner over a formula.
    init(_ source: String) {
        characters = Array(source)
    }

    /// The token at the current position, without consuming it.
    func peek() throws(MathError) -> MathToken {
        var copy = self
        return try copy.next()
    }

    /// Consumes and returns the next token.
    mutating func next() throws(MathError) -> MathToken {
        skipWhiteSpace()
        let start = position
        guard position < characters.count else { return MathToken(kind: .end, offset: start) }
        let character = characters[position]
        position += 1
        switch character {
        case "\\":
            guard position < characters.count else {
                throw error("'\\' at the end of the formula", at: start)
            }
            let first = characters[position]
            if Self.isCommandLetter(first) {
                var name = ""
                while position < characters.count, Self.isCommandLetter(characters[position]) {
                    name.append(characters[position])
                    position += 1
                }
                return MathToken(kind: .command(name), offset: start)
            }
            position += 1
            if first.isWhitespace { return MathToken(kind: .command(" "), offset: start) }
            try rejectControlCharacter(first, at: start + 1)
            return MathToken(kind: .command(String(first)), offset: start)
        case "{": return MathToken(kind: .beginGroup, offset: start)
        case "}": return MathToken(kind: .endGroup, offset: start)
        case "^": return MathToken(kind: .caret, offset: start)
        case "_": return MathToken(kind: .underscore, offset: start)
        case "&": return MathToken(kind: .alignment, offset: start)
        default:
            try rejectControlCharacter(character, at: start)
            return MathToken(kind: .character(character), offset: start)
        }
    }

    /// The next character (after white space) if it is `character`, consumed; `nil` otherwise.
    mutating func consumeCharacter(_ character: Character) -> Int? {
        skipWhiteSpace()
        guard position < characters.count, characters[position] == character else { return nil }
        position += 1
        return position - 1
    }

    /// Skips `count` characters that the caller has already examined.
    mutating func skip(_ count: Int) {
        position = min(characters.count, position + count)
    }

    /// Reads the braced text after `\text`, `\begin` and the like, with its braces balanced, keeping spaces.
    /// `\{ \} \% \_ \# \& \$ \\ \ ` are unescaped; other commands are errors.
    mutating func readRawGroup(after command: String, commandOffset: Int) throws(MathError) -> String {
        skipWhiteSpace()
        guard position < characters.count, characters[position] == "{" else {
            throw error("missing '{' after '\\\(command)'", at: position)
        }
        let open = position
        position += 1
        var depth = 0
        var text = ""
        while position < characters.count {
            let character = characters[position]
            let start = position
            position += 1
            switch character {
            case "{":
                depth += 1
            case "}":
                if depth == 0 { return text }
                depth -= 1
            case "\\":
                guard position < characters.count else { throw error("'\\' at the end of the formula", at: start) }
                let escaped = characters[position]
                position += 1
                switch escaped {
                case "{", "}", "%", "_", "#", "&", "$", "\\": text.append(escaped)
                case " ", "\n", "\t", "\r": text.append(" ")
                default:
                    var name = String(escaped)
                    while Self.isCommandLetter(escaped), position < characters.count,
                          Self.isCommandLetter(characters[position]) {
                        name.append(characters[position])
                        position += 1
                    }
                    throw error("unsupported command '\\\(name)' inside '\\\(command)'", at: start)
                }
            case "$":
                throw error("math inside '\\\(command)' is not supported", at: start)
            case "\n", "\r", "\t":
                text.append(" ")
            default:
                try rejectControlCharacter(character, at: start)
                let isControlSpace = character.isWhitespace && character.unicodeScalars.contains { $0.value < 0xA0 }
                text.append(isControlSpace ? " " : character)
            }
        }
        throw error("missing '}' to close this '{'", at: open)
    }

    /// An error at `offset`, with its line and column inside the formula.
    func error(_ message: String, at offset: Int) -> MathError {
        let clamped = max(0, min(offset, characters.count))
        var line = 1
        var column = 1
        for index in 0..<clamped {
            if characters[index] == "\n" || characters[index] == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return MathError(message: message, offset: clamped, line: line, column: column)
    }

    private mutating func skipWhiteSpace() {
        while position < characters.count, characters[position].isWhitespace {
            position += 1
        }
    }

    private func rejectControlCharacter(_ character: Character, at offset: Int) throws(MathError) {
        for scalar in character.unicodeScalars {
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            let isNonCharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
            if (isControl && !character.isWhitespace) || isNonCharacter {
                let hex = String(value, radix: 16, uppercase: true)
                throw error("unexpected control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)", at: offset)
            }
        }
    }

    private static func isCommandLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122)
    }
}
