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
}
