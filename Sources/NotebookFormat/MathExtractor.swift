/// Finds `$…$` and `$$…$$` math before cmark sees the text, because cmark would mangle `*`, `_` and backslashes.
///
/// Each formula is replaced by a placeholder made of private-use characters that cmark passes through as text;
/// the block builder turns placeholders back into `.math` inlines and blocks. Display math spanning several lines
/// keeps the line count (its extra lines become blank), so line numbers stay true. Code fences and code spans are
/// left alone, and `\$` is a literal dollar.
struct MathExtractor {
    /// One formula found in the text.
    struct Formula {
        var latex: String
        var display: Bool
        var line: Int
        /// The id written after a display formula, `$$ … $$ {#eq-label}`.
        var label: String? = nil
    }

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    private(set) var formulas: [Formula] = []

    /// The text with every formula replaced by a placeholder.
    mutating func extract(from text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var fence: (marker: Character, length: Int)?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let stripped = line.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
            if let open = fence {
                let run = stripped.prefix(while: { $0 == open.marker })
                if run.count >= open.length && stripped.dropFirst(run.count).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                }
                output.append(String(line))
                index += 1
                continue
            }
            if let marker = stripped.first, marker == "`" || marker == "~" {
                let run = stripped.prefix(while: { $0 == marker })
                if run.count >= 3 {
                    fence = (marker, run.count)
                    output.append(String(line))
                    index += 1
                    continue
                }
            }
            if line.count - line.drop(while: { $0 == " " }).count >= 4 && !output.isEmpty
                && (output.last?.allSatisfy { $0 == " " || $0 == "\t" } ?? true) {
                output.append(String(line)) // an indented code block
                index += 1
                continue
            }
            // Display math may span lines: `$$` … `$$`.
            let consumed = replaceMath(in: lines, from: index, into: &output)
            index += consumed
        }
        return output.joined(separator: "\n")
    }

    /// Rewrites line `start` (and following lines when a `$$` formula continues) and returns how many lines it used.
    private mutating func replaceMath(in lines: [Substring], from start: Int, into output: inout [String]) -> Int {
        var result = ""
        var characters = Array(lines[start])
        var lineIndex = start
        var position = 0
        var codeRun = 0 // length of the backtick run that opened a code span, 0 outside spans
        while position < characters.count {
            let character = characters[position]
            if character == "`" {
                var run = 0
                while position + run < characters.count && characters[position + run] == "`" { run += 1 }
                if codeRun == 0 { codeRun = run } else if run == codeRun { codeRun = 0 }
                result.append(String(repeating: "`", count: run))
                position += run
                continue
            }
            if codeRun > 0 || character != "$" {
                if character == "\\", position + 1 < characters.count, characters[position + 1] == "$", codeRun == 0 {
                    result.append("\\$")
                    position += 2
                    continue
                }
                result.append(character)
                position += 1
                continue
            }
            let display = position + 1 < characters.count && characters[position + 1] == "$"
            if display {
                guard let closing = Self.displayClosing(in: lines, line: lineIndex, characters, from: position + 2) else {
                    result.append("$$")
                    position += 2
                    continue
                }
                let searchLine = closing.line, searchCharacters = closing.characters
                var searchFrom = closing.end
                result += placeholder(closing.latex, display: true, line: lineIndex + 1)
                if let (label, end) = Self.equationLabel(searchCharacters, from: searchFrom) {
                    formulas[formulas.count - 1].label = label
                    searchFrom = end
                }
                if searchLine > lineIndex {
                    // The formula ended on a later line: emit the current line, blank the middle ones.
                    output.append(result)
                    for _ in lineIndex + 1..<searchLine { output.append("") }
                    result = ""
                    lineIndex = searchLine
                    characters = searchCharacters
                }
                position = searchFrom
                continue
            }
            // Inline math: `$x$`, not `$ x$`, `$x $`, nor a closing `$` followed by a digit (prices).
            guard position + 1 < characters.count, !characters[position + 1].isWhitespace else {
                result.append(character)
                position += 1
                continue
            }
            let (closing, end) = Self.inlineClosing(characters, from: position + 1)
            guard let closing else {
                // A formula broken by a soft line break (`$N_c \approx 8 \cdot` / `10^{13}$`) closes on the next line.
                if end >= characters.count, let next = Self.inlineClosing(onLineAfter: lineIndex, in: lines) {
                    let latex = String(characters[(position + 1)...]) + "\n" + String(next.characters[..<next.closing])
                    result += placeholder(latex, display: false, line: lineIndex + 1)
                    output.append(result)
                    result = ""
                    lineIndex += 1
                    characters = next.characters
                    position = next.closing + 1
                    continue
                }
                result.append(character)
                position += 1
                continue
            }
            result += placeholder(String(characters[(position + 1)..<closing]), display: false, line: lineIndex + 1)
            position = closing + 1
        }
        output.append(result)
        return lineIndex - start + 1
    }

    /// Where the inline formula whose LaTeX starts at `start` closes on its line: the closing `$` (none when it follows
    /// a space or precedes a digit, as in prices), and where the search stopped.
    static func inlineClosing(_ characters: [Character], from start: Int) -> (closing: Int?, end: Int) {
        var end = start
        while end < characters.count {
            if characters[end] == "\\" { end += 2; continue }
            if characters[end] == "$" {
                let followedByDigit = end + 1 < characters.count && characters[end + 1].isNumber
                return (!characters[end - 1].isWhitespace && !followedByDigit ? end : nil, end)
            }
            end += 1
        }
        return (nil, end)
    }

    /// The closing `$$` of a display formula opened on line `line` (whose characters are `characters`) before `start`,
    /// possibly on a later line of the same paragraph: the formula's LaTeX, the line it closes on, that line's
    /// characters and where the formula ends on it; nil when the paragraph ends first.
    static func displayClosing(in lines: [Substring], line: Int, _ characters: [Character], from start: Int)
        -> (latex: String, line: Int, characters: [Character], end: Int)? {
        var searchLine = line
        var searchCharacters = characters
        var searchFrom = start
        var latex = ""
        while true {
            var i = searchFrom
            while i + 1 < searchCharacters.count {
                if searchCharacters[i] == "$" && searchCharacters[i + 1] == "$" && (i == 0 || searchCharacters[i - 1] != "\\") {
                    latex += String(searchCharacters[searchFrom..<i])
                    return (latex, searchLine, searchCharacters, i + 2)
                }
                i += 1
            }
            latex += String(searchCharacters[searchFrom...]) + "\n"
            searchLine += 1
            guard searchLine < lines.count, !lines[searchLine].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            searchCharacters = Array(lines[searchLine])
            searchFrom = 0
        }
    }

    /// The label of `{#eq-label}` when it is all that follows a display formula on its line, and where the line ends.
    static func equationLabel(_ characters: [Character], from start: Int) -> (String, Int)? {
        var index = start
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        guard index + 2 < characters.count, characters[index] == "{", characters[index + 1] == "#" else { return nil }
        guard let close = characters[index...].firstIndex(of: "}") else { return nil }
        let label = String(characters[(index + 2)..<close])
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace }),
              characters[(close + 1)...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return (label, characters.count)
    }

    /// Where an inline formula left open at the end of line `index` closes on the following line of the same
    /// paragraph: the first `$` there, when it can close a formula (not after white space, not before a digit).
    private static func inlineClosing(onLineAfter index: Int, in lines: [Substring])
        -> (characters: [Character], closing: Int)? {
        guard index + 1 < lines.count else { return nil }
        let characters = Array(lines[index + 1])
        guard !characters.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        var end = 0
        while end < characters.count {
            if characters[end] == "\\" { end += 2; continue }
            if characters[end] == "`" { return nil }
            if characters[end] == "$" {
                let followedByDigit = end + 1 < characters.count && characters[end + 1].isNumber
                let afterSpace = end == 0 || characters[end - 1].isWhitespace
                return followedByDigit || afterSpace ? nil : (characters, end)
            }
            end += 1
        }
        return nil
    }

    private mutating func placeholder(_ latex: String, display: Bool, line: Int) -> String {
        formulas.append(Formula(latex: latex.trimmingWhitespace, display: display, line: line))
        return "\(Self.open)\(formulas.count - 1)\(Self.close)"
    }
}
