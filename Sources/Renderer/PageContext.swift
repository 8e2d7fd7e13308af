/// Where a page sits in a course (links to the index and the neighbouring lessons) and the parameters it ran with.
public struct PageContext: Hashable, Sendable {
    /// The course index, when the page is part of a site.
    public var index: PageLink?
    /// The lesson before this one.
    public var previous: PageLink?
    /// The lesson after this one.
    public var next: PageLink?
    /// The notebook's parameter controls, at the values this run used.
    public var controls: [ControlDisplay]
    /// The command that re-runs the lesson, e.g. `nbrun Notebooks/a.md --param slope=1.0`, shown under the controls.
    public var rerunCommand: String?
    /// The states of a live page, whose controls move; `nil` draws the controls at the run's values only.
    public var live: LivePageInput?

    /// Creates a context; a lone page has none of the links.
    public init(index: PageLink? = nil, previous: PageLink? = nil, next: PageLink? = nil,
                controls: [ControlDisplay] = [], rerunCommand: String? = nil) {
        self.index = index
        self.previous = previous
        self.next = next
        self.controls = controls
        self.rerunCommand = rerunCommand
    }
}
