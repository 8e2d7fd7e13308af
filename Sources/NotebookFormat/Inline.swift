import Diagnostics

/// Inline Markdown content: text and its emphasis, code spans, links and images.
public indirect enum Inline: Hashable, Sendable {
    /// Literal text (already unescaped; the renderer escapes it).
    case text(String)
    /// A line break that renders as a space.
    case softBreak
    /// A hard line break.
    case lineBreak
    /// A code span.
    case code(String)
    /// Raw inline HTML as written; the renderer decides whether it may pass.
    case html(String)
    /// Emphasis (`*a*`).
    case emphasis([Inline])
    /// Strong emphasis (`**a**`).
    case strong([Inline])
    /// A link to `destination`, with an optional title.
    case link(destination: String, title: String, content: [Inline])
    /// An image at `source`; `alt` is the image description as inline content. `line` is its notebook line.
    case image(source: String, title: String, alt: [Inline], line: Int)
    /// A formula in LaTeX, written `$…$` (inline) or `$$…$$` inside a paragraph (display).
    case math(String, display: Bool)
    /// A reference to a footnote, written `[^label]`.
    case footnoteReference(String)
    /// A cross-reference to a numbered figure, table or equation, written `@fig-label` (Quarto's syntax);
    /// `numberOnly` is set for `[-@fig-label]`, which shows the number without the word.
    case crossReference(String, numberOnly: Bool)

    /// The plain text of the content, without markup, as used for alt text and heading ids.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .softBreak, .lineBreak: return " "
        case .html, .footnoteReference: return ""
        case .crossReference(let label, _): return "@" + label
        case .math(let latex, _): return latex
        case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content, _):
            return content.plainText
        }
    }
}

extension Array where Element == Inline {
    /// The plain text of a run of inlines.
    public var plainText: String { map(\.plainText).joined() }
}
