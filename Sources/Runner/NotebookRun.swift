import CellLanguage
import Diagnostics
import NotebookFormat

/// The outcome of running a notebook's cells: one result per cell and the errors that make the run fail.
public struct NotebookRun: Sendable {
    /// One result per cell, by cell index.
    public var results: [CellResult]
    /// Errors of cells that were not expected to fail, in notebook order.
    public var errors: [Diagnostic]
    /// Warnings from any cell, in notebook order.
    public var warnings: [Diagnostic]
    /// What each cell reads and writes of the notebook's top-level state, by cell index; nil for a cell not
    /// evaluated (`eval: false`).
    public var facts: [CellFacts?]

    /// How long each cell took to run, in seconds, by cell index; `nil` for cells that did not run.
    public var durations: [Double?]

    /// For each cell that ran or came from the cache, how many figures the run had shown before it (plot ids count
    /// them); nil where unknown (the cell did not run, or ran in a checkpoint process).
    public var figuresBefore: [Int?] = []

    /// Whether a cell that was not marked `error: true` failed.
    public var failed: Bool { !errors.isEmpty }

    /// Creates a run outcome.
    public init(results: [CellResult], errors: [Diagnostic], warnings: [Diagnostic], facts: [CellFacts?] = [],
                durations: [Double?] = []) {
        self.results = results
        self.durations = durations
        self.errors = errors
        self.warnings = warnings
        self.facts = facts
    }
}
