import Diagnostics

/// Where a cell's code sits in the notebook, so cell-relative positions map to notebook positions.
public struct CellSource: Sendable, Hashable {
    /// The Swift code of the cell, without the fence lines.
    public var code: String
    /// The notebook line (1-based) of the cell's first code line.
    public var firstLine: Int
    /// The indentation (in columns) the fence had; added to every cell column.
    public var columnOffset: Int

    /// Creates a cell source.
    public init(code: String, firstLine: Int, columnOffset: Int = 0) {
        self.code = code
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }

    /// Where the cell's first statement starts: its first line that is neither blank nor a comment (cell options
    /// `//| …` included), at its first non-blank column; the first line when every line is.
    public var firstStatementLocation: Diagnostics.SourceLocation {
        var lineNumber = firstLine
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty, !trimmed.hasPrefix("//"), !trimmed.hasPrefix("/*") {
                return SourceLocation(line: lineNumber, column: columnOffset + line.count - trimmed.count + 1)
            }
            lineNumber += 1
        }
        return SourceLocation(line: firstLine, column: columnOffset + 1)
    }
}
