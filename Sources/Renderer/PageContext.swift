/// Where a page sits in a course: links to the index and the neighbouring lessons.
public struct PageContext: Hashable, Sendable {
    /// The course index, when the page is part of a site.
    public var index: PageLink?
    /// The lesson before this one.
    public var previous: PageLink?
    /// The lesson after this one.
    public var next: PageLink?

    /// Creates a context; a lone page has none of the links.
    public init(index: PageLink? = nil, previous: PageLink? = nil, next: PageLink? = nil) {
        self.index = index
        self.previous = previous
        self.next = next
    }
}
