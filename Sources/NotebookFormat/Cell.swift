import Diagnostics

/// A Swift code cell: a fenced block whose info string is `swift`.
public struct Cell: Hashable, Sendable {
    /// The cell's position among the notebook's cells, from 0.
    public var index: Int
    /// The cell's whole text, option lines included, so line numbers stay true.
    public var code: String
    /// The options parsed from the cell's leading `//|` lines.
    public var options: CellOptions
    /// How many leading lines of `code` are option lines (the renderer hides them).
    public var optionLineCount: Int
    /// The notebook line of the cell's first code line (the line after the opening fence).
    public var firstLine: Int
    /// Columns the fence was indented by; add to a cell column to get the notebook column.
    public var columnOffset: Int
    /// The cell's lines in the notebook, fences included.
    public var range: SourceRange

    /// Creates a cell.
    public init(index: Int, code: String, options: CellOptions, optionLineCount: Int, firstLine: Int,
                columnOffset: Int, range: SourceRange) {
        self.index = index
        self.code = code
        self.options = options
        self.optionLineCount = optionLineCount
        self.firstLine = firstLine
        self.columnOffset = columnOffset
        self.range = range
    }

    /// The code shown on the page: the cell without its option lines.
    public var displayCode: String {
        guard optionLineCount > 0 else { return code }
        return code.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(optionLineCount).joined(separator: "\n")
    }
}
