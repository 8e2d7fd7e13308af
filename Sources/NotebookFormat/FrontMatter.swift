import Diagnostics

/// The YAML header of a notebook: metadata for the page and the course index.
public struct FrontMatter: Hashable, Sendable {
    /// The page title; falls back to the first heading when absent.
    public var title: String?
    /// A one-line description, shown in the course index and the page's meta description.
    public var description: String?
    /// The content language, as a BCP 47 tag (`it`, `en`); the page's `lang` attribute.
    public var language: String?
    /// Position in the course index; lower comes first.
    public var order: Int?
    /// The author, shown under the title.
    public var author: String?
    /// Whether raw HTML written in the Markdown is passed through to the page (off by default).
    public var allowsRawHTML: Bool
    /// Where the front matter ends (its closing `---` line), or `nil` when the notebook has none.
    public var range: SourceRange?

    /// Creates front matter; every field is optional.
    public init(title: String? = nil, description: String? = nil, language: String? = nil, order: Int? = nil,
                author: String? = nil, allowsRawHTML: Bool = false, range: SourceRange? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.order = order
        self.author = author
        self.allowsRawHTML = allowsRawHTML
        self.range = range
    }
}
