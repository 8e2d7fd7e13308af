import Diagnostics

/// A rendered page: its HTML and what the renderer had to warn about.
public struct RenderedPage: Sendable {
    /// The complete HTML document.
    public var html: String
    /// Problems met while rendering, e.g. a formula that could not be converted (shown as source instead).
    public var warnings: [Diagnostic]

    /// Creates a rendered page.
    public init(html: String, warnings: [Diagnostic]) {
        self.html = html
        self.warnings = warnings
    }
}
