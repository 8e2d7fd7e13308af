extension Compiler {
    /// The type the checker infers for the body of `decl`, a function whose result is `some P`, under the type
    /// arguments being declared (a generic function's specialization, or its check with placeholders); nil when it
    /// cannot tell (the cell's checker reports why: `TypeChecker.underlyingResultBody`). A non-generic function is declared before the cell's check runs:
    /// a checker of its own infers it then; a generic function's specialization, with the cell's checker (which
    /// knows the cell's globals), or with one reading the resolution of the earlier cell that declared it.
    func checkedOpaqueResult(_ decl: FunctionDecl) -> CType? {
        let bindings = protocolState.genericBindings.last.flatMap { $0.isEmpty ? nil : $0 }
        let name = String(decl.name.prefix { $0 != "<" })
        let template = protocolState.genericFunctions[name]?.first { $0.location == decl.location && $0.body.count == decl.body.count }
        if let template, protocolState.genericFunctionCells[template] != currentCell {
            guard let earlier = protocolState.opaqueGenericResolutions[template] else { return nil }
            return TypeChecker(compiler: self, resolution: earlier, capacity: 0).inferredResult(of: decl, under: bindings).type
        }
        if let checker = typeTable.checker, var table = typeTable.checked {
            var found: CType?
            typeTable.checked = nil
            checker.extending(&table, placeholders: isPlaceholderCheck) {
                found = checker.inferredResult(of: decl, under: bindings).type
            }
            typeTable.checked = table
            return found
        }
        guard let resolution else { return nil }
        return TypeChecker(compiler: self, resolution: resolution, capacity: 0).inferredResult(of: decl, under: bindings).type
    }

    /// Whether the body compiling is a generic body checked with placeholders for its type parameters.
    var isPlaceholderCheck: Bool {
        if case .placeholders? = recordedSpecialization { return true }
        return false
    }
}
