/// A link to another page of the course, such as the previous or next lesson.
public struct PageLink: Hashable, Sendable {
    /// The page's title.
    public var title: String
    /// The URL, relative to the current page.
    public var href: String

    /// Creates a link.
    public init(title: String, href: String) {
        self.title = title
        self.href = href
    }
}
