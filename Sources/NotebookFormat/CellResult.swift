import Diagnostics

/// What running one cell produced, in the shape the renderer draws (like an nbformat cell's outputs).
public struct CellResult: Hashable, Sendable, Codable {
    /// Whether and how the cell ran.
    public enum Status: Hashable, Sendable, Codable {
        /// The cell was not run (`eval: false`, or an earlier cell failed).
        case notRun
        /// The cell ran to the end.
        case succeeded
        /// The cell did not compile or stopped with a runtime error.
        case failed
    }

    /// Whether and how the cell ran.
    public var status: Status
    /// What the cell produced, in order.
    public var outputs: [CellOutput]
    /// The cell's errors and warnings, in notebook positions.
    public var diagnostics: [Diagnostic]

    /// Creates a cell result.
    public init(status: Status, outputs: [CellOutput] = [], diagnostics: [Diagnostic] = []) {
        self.status = status
        self.outputs = outputs
        self.diagnostics = diagnostics
    }
}

/// One piece of a cell's output.
public enum CellOutput: Hashable, Sendable, Codable {
    /// Text the cell printed.
    case text(String)
    /// An SVG image (a plot), with a short text summary for screen readers.
    case svg(String, summary: String)
    /// A note that the output was cut, e.g. after too many lines.
    case truncated(String)
}
