/// What building a whole course folder did.
public struct SiteReport: Sendable {
    /// The worst outcome of any page (and of the index).
    public var outcome: BuildOutcome
    /// One report per notebook, in course order.
    public var pages: [PageReport]
    /// The index page, when it was written.
    public var indexPath: String?
    /// Problems of the folder itself, formatted (e.g. no notebooks found).
    public var diagnosticsText: String

    /// Creates a site report.
    public init(outcome: BuildOutcome, pages: [PageReport], indexPath: String?, diagnosticsText: String) {
        self.outcome = outcome
        self.pages = pages
        self.indexPath = indexPath
        self.diagnosticsText = diagnosticsText
    }
}
