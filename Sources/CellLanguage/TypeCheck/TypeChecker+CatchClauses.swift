/// `catch` clauses, as `Compiler.compileDoCatch` compiles them: a bare `catch` (or `catch let e`) binds the error
/// as `Error`, `catch let e as T` binds a `T` that conforms to `Error`, `catch E.someCase(let x)` matches the case
/// pattern against the enum `E`; each `where` clause is a condition, then the clause's body.
extension TypeChecker {
    /// Checks one clause: its patterns' bindings, their `where` clauses and its body.
    func catchClause(_ clause: CatchClause) {
        // Bindings in a clause with several patterns are refused by the generator: left unknown.
        let declares = clause.items.count == 1
        for (item, condition) in clause.items {
            switch item {
            case .binding(let name, let location):
                declare(name, at: location, declares ? anyErrorType : nil)
            case .cast(let typeExpr, let name?, let location):
                let type = resolve(typeExpr)
                declare(name, at: location, declares && type.map(Compiler.isError) == true ? type : nil)
            case .cast:
                break
            case .enumCase(let typeName, let pattern, _):
                if declares, case .user(let type)? = resolve(.named(typeName, clause.location)), type.kind == .enumeration {
                    casePattern(pattern, .user(type))
                }
            }
            if let condition { checkCondition(condition) }
        }
        statements(clause.body)
    }
}
