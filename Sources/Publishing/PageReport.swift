import Diagnostics

/// What building one page did: its outcome, where it was written, and its diagnostics ready to print.
public struct PageReport: Sendable {
    /// How the build ended.
    public var outcome: BuildOutcome
    /// The notebook that was read.
    public var inputPath: String
    /// The page that was written, or `nil` when nothing was written.
    public var writtenPath: String?
    /// Every error and warning, in notebook order.
    public var diagnostics: [Diagnostic]
    /// The diagnostics formatted compiler-style, with source lines and carets.
    public var diagnosticsText: String

    /// Creates a report.
    public init(outcome: BuildOutcome, inputPath: String, writtenPath: String?, diagnostics: [Diagnostic],
                diagnosticsText: String) {
        self.outcome = outcome
        self.inputPath = inputPath
        self.writtenPath = writtenPath
        self.diagnostics = diagnostics
        self.diagnosticsText = diagnosticsText
    }
}
