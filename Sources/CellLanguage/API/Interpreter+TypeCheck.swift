import Diagnostics

extension Interpreter {
    /// Compiles a cell like `compile(_:)` and compares the type checker's types with the types the generator recorded
    /// for the same nodes (the type-check oracle of `TypeCheckOracleTests` and `nbrun debug check`).
    public func compileComparingTypes(_ cell: CellSource) -> (cell: CompiledCell, agreement: TypeCheckAgreement) {
        let compared = compileComparingDecisions(cell)
        return (compared.cell, compared.types)
    }

    /// Compiles a cell once and compares the checker's types with the types the generator built on the checker's
    /// choices (overloads, native bindings, library functions); tallies the diagnostics as `compileComparingDiagnostics`
    /// does (`nbrun debug check`).
    public func compileComparingDecisions(_ cell: CellSource)
        -> (cell: CompiledCell, types: TypeCheckAgreement, diagnostics: DiagnosticAgreement) {
        var agreement = TypeCheckAgreement()
        let task = CompileTask {
            self.compileOnCurrentThread(cell, timeoutSeconds: self.limits.timeoutSeconds) { _ in
                agreement = TypeCheckAgreement(checked: self.compiler.typeTable.checked, table: self.compiler.typeTable)
            }
        }
        BigStackThread.run(task.execute)
        let compiled = task.result!
        return (compiled, agreement, DiagnosticAgreement(cell: compiled))
    }
}

extension Interpreter {
    /// Compiles a cell like `compile(_:)` and tallies its diagnostics by pass and the generator's own reports (the
    /// diagnostics oracle of `DiagnosticOracleTests`: no internal error over the corpora).
    public func compileComparingDiagnostics(_ cell: CellSource) -> (cell: CompiledCell, agreement: DiagnosticAgreement) {
        let compiled = compile(cell)
        return (compiled, DiagnosticAgreement(cell: compiled))
    }
}
