import Diagnostics

/// The result of running one cell: its outputs in order and any diagnostics (a run-time error stops the cell).
public struct CellExecution: Sendable {
    /// Output events in the order the cell produced them.
    public var outputs: [CellOutputEvent]
    /// Errors (compile-time or run-time) and warnings, in notebook positions.
    public var diagnostics: [Diagnostic]
    /// Whether the cell ran to the end: no error-severity diagnostics.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }

    /// Creates an execution result.
    public init(outputs: [CellOutputEvent], diagnostics: [Diagnostic]) {
        self.outputs = outputs
        self.diagnostics = diagnostics
    }

    /// All `.text` output concatenated.
    public var text: String {
        outputs.map { event -> String in
            if case .text(let text) = event { return text }
            return ""
        }.joined()
    }
}
