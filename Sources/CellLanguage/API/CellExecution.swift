import Diagnostics

/// The result of running one cell: its outputs in order and any diagnostics (a run-time error stops the cell).
public struct CellExecution: Sendable {
    /// Output events in the order the cell produced them.
    public var outputs: [CellOutputEvent]
    /// Errors (compile-time or run-time) and warnings, in notebook positions.
    public var diagnostics: [Diagnostic]
    /// The CPU time, in seconds, of the thread that ran the cell: unlike wall-clock time, it does not grow when
    /// other processes compete for the machine (work on other threads, such as BLAS workers, is not counted).
    public var cpuSeconds: Double
    /// Whether the cell ran to the end: no error-severity diagnostics.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }

    /// Creates an execution result.
    public init(outputs: [CellOutputEvent], diagnostics: [Diagnostic], cpuSeconds: Double = 0) {
        self.outputs = outputs
        self.diagnostics = diagnostics
        self.cpuSeconds = cpuSeconds
    }

    /// All `.text` output concatenated.
    public var text: String {
        outputs.map { event -> String in
            if case .text(let text) = event { return text }
            return ""
        }.joined()
    }
}
