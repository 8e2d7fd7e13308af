import Diagnostics

/// A footnote definition (`[^label]: text`), with its content as blocks.
public struct Footnote: Hashable, Sendable {
    /// The label written between `[^` and `]`.
    public var label: String
    /// The footnote's content.
    public var blocks: [Block]
    /// Where the definition is in the notebook.
    public var range: SourceRange

    /// Creates a footnote.
    public init(label: String, blocks: [Block], range: SourceRange) {
        self.label = label
        self.blocks = blocks
        self.range = range
    }
}
