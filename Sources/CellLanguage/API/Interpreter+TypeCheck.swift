import Diagnostics

extension Interpreter {
    /// Compiles a cell like `compile(_:)` and compares the type checker's types with the types the generator recorded
    /// for the same nodes (the type-check oracle of `TypeCheckOracleTests` and `nbrun debug check`).
    public func compileComparingTypes(_ cell: CellSource) -> (cell: CompiledCell, agreement: TypeCheckAgreement) {
        let compared = compileComparingDecisions(cell)
        return (compared.cell, compared.types)
    }

    /// Compiles a cell once with the generator deciding and reporting on its own, and compares both the checker's
    /// types and its diagnostics with the generator's (`nbrun debug check`).
    public func compileComparingDecisions(_ cell: CellSource)
        -> (cell: CompiledCell, types: TypeCheckAgreement, diagnostics: DiagnosticAgreement) {
        var agreement = TypeCheckAgreement()
        var checked: [Diagnostic] = []
        compiler.comparesCheckedDecisions = true
        defer { compiler.comparesCheckedDecisions = false }
        let task = CompileTask {
            self.compileOnCurrentThread(cell, timeoutSeconds: self.limits.timeoutSeconds) { _ in
                agreement = TypeCheckAgreement(checked: self.compiler.typeTable.checked, table: self.compiler.typeTable)
                checked = self.compiler.typeTable.checked?.diagnostics ?? []
            }
        }
        BigStackThread.run(task.execute)
        let compiled = task.result!
        return (compiled, agreement, DiagnosticAgreement(checked: checked, byPass: compiled.diagnosticsByPass))
    }
}

extension Interpreter {
    /// Compiles a cell like `compile(_:)` with the generator reporting every error itself, and compares the type
    /// checker's diagnostics with the generator's (the diagnostics oracle of `DiagnosticOracleTests`).
    public func compileComparingDiagnostics(_ cell: CellSource) -> (cell: CompiledCell, agreement: DiagnosticAgreement) {
        let compared = compileComparingDecisions(cell)
        return (compared.cell, compared.diagnostics)
    }
}
