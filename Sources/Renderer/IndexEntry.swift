/// One lesson in the course index.
public struct IndexEntry: Hashable, Sendable {
    /// The lesson's title.
    public var title: String
    /// The lesson's one-line description.
    public var description: String?
    /// The page's URL relative to the index.
    public var href: String

    /// Creates an entry.
    public init(title: String, description: String?, href: String) {
        self.title = title
        self.description = description
        self.href = href
    }
}
