/// A grid of cells from an environment (`pmatrix`, `cases`, `aligned`, …) or from top-level `\\` rows.
struct MathTable: Equatable, Sendable {
    /// How the cells of a column are aligned.
    enum ColumnAlignment: Equatable, Sendable {
        /// Every column centred (`matrix`, `gathered`).
        case centered
        /// Every column flush left (`cases`).
        case left
        /// Pairs of columns right/left aligned around the `&` (`aligned`).
        case alternatingRightLeft
        /// One alignment per column, from the column specification of `array` (`{lcr}`); `"l"`, `"c"`
        /// or `"r"`; further columns are centred.
        case perColumn([Character])
    }

    /// The rows; each row is a list of cells, each cell a list of nodes.
    var rows: [[[MathNode]]]
    /// The column alignment.
    var alignment: ColumnAlignment
    /// Whether the cells are set in display style (`aligned`) rather than text style (`pmatrix`).
    var displayStyle: Bool
    /// The opening delimiter drawn around the grid (`(` for `pmatrix`), if any.
    var opening: String?
    /// The closing delimiter drawn around the grid, if any.
    var closing: String?
}
