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
