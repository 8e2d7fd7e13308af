/// `catch` clauses, as `Compiler.compileDoCatch` compiles them: a bare `catch` (or `catch let e`) binds the error
/// as `Error` (as `E` after `do throws(E)`), `catch let e as T` binds a `T` that conforms to `Error`, `catch E.someCase(let x)` matches the case
/// pattern against the enum `E`; each `where` clause is a condition, then the clause's body.
extension TypeChecker {
    /// Checks one clause: its patterns' bindings, their `where` clauses and its body. nbrun refuses bindings in a
    /// clause with several patterns (at the clause), a cast to a type that is no `Error` and a case pattern of a type
    /// that is no enumeration (at the pattern).
    func catchClause(_ clause: CatchClause) {
        let declares = clause.items.count == 1
        if !declares, clause.items.contains(where: { Self.binds($0.item) }) {
            reportOnce(.unsupported(.catchBindingsWithSeveralPatterns), at: clause.location)
        }
        for (item, condition) in clause.items {
            switch item {
            case .binding(let name, let location):
                declare(name, at: location, declares ? caughtType(clause) : nil)  // TypeChecker+TypedThrows
                noteConstantBinding(name, at: location, immutable: true)
            case .cast(let typeExpr, let name, let location):
                let type = resolve(typeExpr)
                if let type, !type.hasError, !Compiler.isError(type) {
                    reportOnce(.unsupported(.catchingNonError), at: location)
                }
                if let name {
                    declare(name, at: location, declares && type.map(Compiler.isError) == true ? type : nil)
                    noteConstantBinding(name, at: location, immutable: true)
                }
            case .enumCase(let typeName, let pattern, let location):
                let type = resolve(.named(typeName, clause.location))
                if case .user(let found)? = type, found.kind != .enumeration {
                    reportOnce(.unsupported(.catchPattern), at: location)
                }
                if declares, case .user(let found)? = type, found.kind == .enumeration {
                    casePattern(pattern, .user(found))
                }
                noteConstantBindings(pattern, immutable: true)
            }
            if let condition { checkCondition(condition) }
        }
        statements(clause.body)
    }

    /// Whether a `catch` pattern binds a name.
    private static func binds(_ item: CatchClause.Item) -> Bool {
        switch item {
        case .binding: return true
        case .cast(_, let name, _): return name != nil
        case .enumCase(_, let pattern, _): return patternBinds(pattern)
        }
    }

    private static func patternBinds(_ pattern: CasePattern) -> Bool {
        switch pattern {
        case .binding: return true
        case .wildcard, .expression: return false
        case .tuple(let inner, _): return inner.contains(where: patternBinds)
        case .enumCase(_, let inner, _): return (inner ?? []).contains(where: patternBinds)
        case .cast(let inner, _, _): return inner.map(patternBinds) ?? false
        }
    }
}
