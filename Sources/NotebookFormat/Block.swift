import Diagnostics

/// A block of a notebook, in document order: prose blocks as Markdown structure, and code cells.
public indirect enum Block: Hashable, Sendable {
    /// A heading of level 1–6.
    case heading(level: Int, content: [Inline], range: SourceRange)
    /// A paragraph.
    case paragraph([Inline], range: SourceRange)
    /// A block quote.
    case blockQuote([Block], range: SourceRange)
    /// A bullet or ordered list; each item is a list of blocks.
    case list(ListStyle, items: [[Block]], range: SourceRange)
    /// A fenced or indented code block that is not a cell (shown, not run).
    case code(CodeBlock)
    /// A Swift code cell.
    case cell(Cell)
    /// A raw HTML block as written; the renderer decides whether it may pass.
    case html(String, range: SourceRange)
    /// A thematic break (`---`).
    case thematicBreak(range: SourceRange)
    /// A display formula in LaTeX (`$$…$$` on lines of its own).
    case math(String, range: SourceRange)
    /// A pipe table.
    case table(Table)
    /// A Quarto-style callout (`::: {.callout-note}` … `:::`).
    case callout(Callout)
    /// An image alone in its paragraph with an id, `![Caption](plot.png){#fig-plot}`: a numbered figure.
    case figure(ImageFigure)
    /// A display formula with a label, `$$ … $$ {#eq-label}`: a numbered equation.
    case numberedMath(String, label: String, range: SourceRange)

    /// Where the block is in the notebook.
    public var range: SourceRange {
        switch self {
        case .heading(_, _, let range), .paragraph(_, let range), .blockQuote(_, let range), .list(_, _, let range),
             .html(_, let range), .thematicBreak(let range), .math(_, let range), .numberedMath(_, _, let range):
            return range
        case .code(let block): return block.range
        case .cell(let cell): return cell.range
        case .table(let table): return table.range
        case .callout(let callout): return callout.range
        case .figure(let figure): return figure.range
        }
    }
}

/// How a list is marked.
public struct ListStyle: Hashable, Sendable {
    /// Whether the list is numbered.
    public var ordered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// Whether items are tight (no paragraph spacing).
    public var tight: Bool

    /// Creates a list style.
    public init(ordered: Bool, start: Int = 1, tight: Bool = true) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
    }
}
