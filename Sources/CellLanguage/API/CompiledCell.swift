import Diagnostics

/// A cell after the static pass: its diagnostics and, when it had no errors, its compiled code.
public final class CompiledCell {
    /// The cell's source and position.
    public let source: CellSource
    /// Parse, name and type errors (and warnings), in notebook positions.
    public let diagnostics: [Diagnostic]
    /// Whether the cell can run (no error-severity diagnostics).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    let code: (Frame) throws -> Flow
    /// Slots the globals frame must have when this cell runs.
    let globalWords: Int
    let globalValues: Int

    init(source: CellSource, diagnostics: [Diagnostic], code: @escaping (Frame) throws -> Flow, globalWords: Int,
         globalValues: Int) {
        self.source = source
        self.diagnostics = diagnostics
        self.code = code
        self.globalWords = globalWords
        self.globalValues = globalValues
    }
}
