import Diagnostics

/// A cell after the static pass: its diagnostics and, when it had no errors, its compiled code.
public final class CompiledCell {
    /// The cell's source and position.
    public let source: CellSource
    /// Parse, name and type errors (and warnings), in notebook positions.
    public let diagnostics: [Diagnostic]
    /// Whether the cell can run (no error-severity diagnostics).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    /// What the cell reads and writes of the notebook's top-level state (see `CellFacts`).
    public let facts: CellFacts
    /// What each name of the cell refers to, and each closure's captures (see `Resolution`).
    public let resolution: Resolution?
    let code: (Frame) throws -> Flow
    /// The globals the cell declares and uses, for the checks of `FailedCells`.
    var globals = FailedCells.CellGlobals()
    /// The errors among `diagnostics` that are uses of names declared by earlier cells that did not compile:
    /// consequences of those cells' errors, not mistakes of this cell's own.
    public internal(set) var usesOfFailedCells: [Diagnostic] = []
    /// `diagnostics` as each pass reported them (for the diagnostics oracle, `DiagnosticAgreement`).
    var diagnosticsByPass = DiagnosticsByPass()
    /// What the generator reported itself, before the passes' diagnostics were merged (a mistake a check reported too
    /// is in both; the tests of `Checks/` require it is in neither twice).
    var generatorReported: [Diagnostic] = []

    init(source: CellSource, diagnostics: [Diagnostic], facts: CellFacts = CellFacts(),
         resolution: Resolution? = nil, code: @escaping (Frame) throws -> Flow) {
        self.source = source
        self.diagnostics = diagnostics
        self.facts = facts
        self.resolution = resolution
        self.code = code
    }
}
