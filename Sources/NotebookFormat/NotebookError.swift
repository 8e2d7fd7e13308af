import Diagnostics

/// Why a notebook could not be read: one or more positioned diagnostics, all reported at once.
public struct NotebookError: Error, Sendable {
    /// Every independent problem found, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
