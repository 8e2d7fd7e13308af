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
    /// What the generator reported itself (not the checker's errors it met again), shown only when no other pass
    /// reported an error (`DiagnosticAgreement`).
    var generatorReported: [Diagnostic] = []
    /// How many of the checker's errors the generator met again, with the same message and position.
    var generatorMetCheckerErrors = 0

    init(source: CellSource, diagnostics: [Diagnostic], facts: CellFacts = CellFacts(),
         resolution: Resolution? = nil, code: @escaping (Frame) throws -> Flow) {
        self.source = source
        self.diagnostics = diagnostics
        self.facts = facts
        self.resolution = resolution
        self.code = code
    }
}
