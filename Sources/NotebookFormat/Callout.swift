import Diagnostics

/// A callout box, written as Quarto does: `::: {.callout-note}` … `:::`, optionally with `title="…"` or a first heading
/// as its title.
public struct Callout: Hashable, Sendable {
    /// The five kinds Quarto knows.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case note, tip, warning, important, caution
    }

    /// Which kind of callout.
    public var kind: Kind
    /// The title given with `title="…"` or as the callout's first heading; `nil` gives the kind's word.
    public var title: [Inline]?
    /// The content.
    public var blocks: [Block]
    /// The callout's lines, fences included.
    public var range: SourceRange

    /// Creates a callout.
    public init(kind: Kind, title: [Inline]?, blocks: [Block], range: SourceRange) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
        self.range = range
    }
}
