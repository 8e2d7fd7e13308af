import Diagnostics

extension Interpreter {
    /// Compiles a cell like `compile(_:)` and compares the type checker's types with the types the generator recorded
    /// for the same nodes (the type-check oracle of `TypeCheckOracleTests` and `nbrun debug check`).
    public func compileComparingTypes(_ cell: CellSource) -> (cell: CompiledCell, agreement: TypeCheckAgreement) {
        var agreement = TypeCheckAgreement()
        compiler.comparesCheckedDecisions = true
        defer { compiler.comparesCheckedDecisions = false }
        let task = CompileTask {
            self.compileOnCurrentThread(cell, timeoutSeconds: self.limits.timeoutSeconds) { _ in
                agreement = TypeCheckAgreement(checked: self.compiler.typeTable.checked, table: self.compiler.typeTable)
            }
        }
        BigStackThread.run(task.execute)
        return (task.result!, agreement)
    }
}

extension Interpreter {
    /// Compiles a cell like `compile(_:)` with the generator reporting every error itself, and compares the type
    /// checker's diagnostics with the generator's (the diagnostics oracle of `DiagnosticOracleTests`).
    public func compileComparingDiagnostics(_ cell: CellSource) -> (cell: CompiledCell, agreement: DiagnosticAgreement) {
        var checked: [Diagnostic] = []
        compiler.comparesCheckedDecisions = true
        defer { compiler.comparesCheckedDecisions = false }
        let task = CompileTask {
            self.compileOnCurrentThread(cell, timeoutSeconds: self.limits.timeoutSeconds) { _ in
                checked = self.compiler.typeTable.checked?.diagnostics ?? []
            }
        }
        BigStackThread.run(task.execute)
        let compiled = task.result!
        return (compiled, DiagnosticAgreement(checked: checked, generated: compiled.diagnostics))
    }
}
