import Diagnostics

/// An image alone in its paragraph followed by an id attribute, `![Caption](plot.png){#fig-plot}`: a figure whose
/// caption is the image's description, numbered when the id starts with `fig-`.
public struct ImageFigure: Hashable, Sendable {
    /// The image's address as written.
    public var source: String
    /// The image's title (the quoted text after the address), often empty.
    public var title: String
    /// The description, used as alt text and as the caption.
    public var caption: [Inline]
    /// The id from `{#…}`.
    public var label: String
    /// The paragraph's lines.
    public var range: SourceRange

    /// Creates an image figure.
    public init(source: String, title: String, caption: [Inline], label: String, range: SourceRange) {
        self.source = source
        self.title = title
        self.caption = caption
        self.label = label
        self.range = range
    }
}
