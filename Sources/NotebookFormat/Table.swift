import Diagnostics

/// A pipe table (GitHub style): a header row, a delimiter row giving alignments, and body rows.
public struct Table: Hashable, Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: String, Hashable, Sendable {
        case left, center, right
    }

    /// One entry per column; `nil` when the delimiter row gives no alignment.
    public var alignments: [Alignment?]
    /// The header cells.
    public var header: [[Inline]]
    /// The body rows; every row has as many cells as the header.
    public var rows: [[[Inline]]]
    /// Where the table is in the notebook.
    public var range: SourceRange

    /// Creates a table.
    public init(alignments: [Alignment?], header: [[Inline]], rows: [[[Inline]]], range: SourceRange) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.range = range
    }
}
