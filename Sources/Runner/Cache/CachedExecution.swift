import Diagnostics
import NotebookFormat

/// What running one cell produced, as the cache stores it: its outputs and its run-time diagnostics, with lines
/// counted from the cell's first code line so that prose edits above the cell do not invalidate it.
struct CachedExecution: Codable, Hashable {
    /// The key the entry was stored under, checked again on load.
    var key: String
    /// What the cell printed and drew.
    var outputs: [CellOutput]
    /// Diagnostics the run added to the cell's compile diagnostics (a run-time error, warnings), cell-relative.
    var runtimeDiagnostics: [Diagnostic]
    /// How many figures the run had shown before the cell, and how many it showed (plot ids count them); nil when
    /// the cell ran in a checkpoint process, which does not report them.
    var figuresBefore: Int?
    var figuresShown: Int?

    /// The entry for a run of `cell`, or nil when a diagnostic points outside the cell (e.g. into a function declared
    /// by another cell): such a position cannot be moved safely when prose shifts, so the cell is not cached.
    init?(key: String, outputs: [CellOutput], runtimeDiagnostics: [Diagnostic], cell: Cell,
          figures: (before: Int, shown: Int)? = nil) {
        let anchor = cell.firstLine + cell.optionLineCount
        let lastLine = cell.firstLine + cell.code.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        var relative: [Diagnostic] = []
        for var diagnostic in runtimeDiagnostics {
            if let location = diagnostic.location {
                guard location.line >= anchor && location.line <= lastLine else { return nil }
                diagnostic.location = SourceLocation(line: location.line - anchor, column: location.column)
            }
            relative.append(diagnostic)
        }
        self.key = key
        self.outputs = outputs
        self.runtimeDiagnostics = relative
        figuresBefore = figures?.before
        figuresShown = figures?.shown
    }

    /// Whether the cell drew a plot.
    var draws: Bool {
        outputs.contains { if case .svg = $0 { return true } else { return false } }
    }

    /// The run-time diagnostics placed at `cell`'s current position in the notebook.
    func diagnostics(at cell: Cell) -> [Diagnostic] {
        let anchor = cell.firstLine + cell.optionLineCount
        return runtimeDiagnostics.map { diagnostic in
            var placed = diagnostic
            if let location = diagnostic.location {
                placed.location = SourceLocation(line: location.line + anchor, column: location.column)
            }
            return placed
        }
    }
}
