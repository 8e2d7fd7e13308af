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
    /// Where the table is in the notebook (its caption line included).
    public var range: SourceRange
    /// The caption written after the table as Quarto does, `: Caption {#tbl-label}`, if any.
    public var caption: [Inline]?
    /// The id from the caption's `{#tbl-…}`, which numbers the table.
    public var label: String?

    /// Creates a table.
    public init(alignments: [Alignment?], header: [[Inline]], rows: [[[Inline]]], range: SourceRange,
                caption: [Inline]? = nil, label: String? = nil) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.range = range
        self.caption = caption
        self.label = label
    }
}
