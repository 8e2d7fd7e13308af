import Diagnostics
import MathML

/// Finds where in the notebook a formula's conversion error is, from the error's position inside the formula.
///
/// Inlines carry no columns, so the formula is looked up in the notebook's lines: the first `$` followed by the
/// formula's first line, on its paragraph's first line or below.
enum FormulaPosition {
    /// The notebook position of `error` in `latex`, which starts on line `line` or a little below; the formula's
    /// line and column 1 when the formula cannot be found in `lines`.
    static func locate(_ error: MathError, latex: String, near line: Int, in lines: [Substring]) -> SourceLocation {
        let fallback = SourceLocation(line: line + error.line - 1, column: error.line > 1 ? error.column : 1)
        let first = latex.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        guard !first.isEmpty, line >= 1, line <= lines.count else { return fallback }
        for candidate in line...min(line + 200, lines.count) {
            guard let start = start(of: first, at: candidate, in: lines) else { continue }
            if error.line == 1 {
                return SourceLocation(line: start.line, column: start.column + error.column - 1)
            }
            return SourceLocation(line: start.line + error.line - 1, column: error.column)
        }
        return fallback
    }

    /// Where `text` starts after a run of `$` on line `number` (spaces skipped, as formulas are trimmed): on the
    /// same line, or at the start of the next one when the `$` run ends its line (`$$` alone on a line).
    private static func start(of text: Substring, at number: Int, in lines: [Substring]) -> SourceLocation? {
        let characters = Array(lines[number - 1])
        let wanted = Array(text)
        func matches(_ line: [Character], at index: Int) -> Bool {
            index + wanted.count <= line.count && Array(line[index..<index + wanted.count]) == wanted
        }
        var index = 0
        while index < characters.count {
            guard characters[index] == "$" else { index += 1; continue }
            var start = index
            while start < characters.count, characters[start] == "$" { start += 1 }
            var content = start
            while content < characters.count, characters[content] == " " || characters[content] == "\t" { content += 1 }
            if content == characters.count, number < lines.count {
                let next = Array(lines[number])
                let indent = next.prefix(while: { $0 == " " || $0 == "\t" }).count
                if matches(next, at: indent) { return SourceLocation(line: number + 1, column: indent + 1) }
            } else if matches(characters, at: content) {
                return SourceLocation(line: number, column: content + 1)
            }
            index = start
        }
        return nil
    }
}
