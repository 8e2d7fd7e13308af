/// Where a statement list ends a path: the syntactic exits the flow checks (`FlowChecks`) and the generator share.
enum FlowExits {
    /// Whether `expr` calls a built-in function that never returns (`fatalError(…)`, `preconditionFailure(…)`: Swift's
    /// `Never`); such a call ends a path, and as a single-expression body it is no returned value.
    static func isNeverCall(_ expr: Expr) -> Bool {
        guard case .call(let callee, _) = expr.kind, case .name(let name) = callee.kind else { return false }
        return name == "fatalError" || name == "preconditionFailure"
    }

    /// Whether a statement list always leaves the enclosing scope (return, break, continue on every path).
    static func alwaysExits(_ statements: [Stmt]) -> Bool {
        guard let last = statements.last else { return false }
        switch last {
        case .returnStatement, .breakStatement, .continueStatement, .throwStatement: return true
        case .invalid: return true  // already reported (e.g. an accessor without its body): no missing return besides
        case .doCatch(let body, let clauses, _): return alwaysExits(body) && clauses.allSatisfy { alwaysExits($0.body) }
        case .ifStatement(_, let then, let otherwise?, _): return alwaysExits(then) && alwaysExits(otherwise)
        case .block(let inner): return alwaysExits(inner)
        case .switchStatement(_, _, let cases, _):
            // Exhaustiveness is checked where the switch is compiled.
            return !cases.isEmpty && cases.allSatisfy { alwaysExits($0.body) && !containsBreak($0.body) }
        case .expression(let expr):
            return isNeverCall(expr)
        case .whileLoop(_, let conditions, let body, _):
            if conditions.count == 1, case .expression(let expr) = conditions[0], case .boolLiteral(true) = expr.kind {
                return !containsBreak(body)
            }
            return false
        default: return false
        }
    }

    private static func containsBreak(_ statements: [Stmt]) -> Bool {
        statements.contains { statement in
            switch statement {
            case .breakStatement: return true
            case .ifStatement(_, let then, let otherwise, _): return containsBreak(then) || containsBreak(otherwise ?? [])
            case .block(let inner): return containsBreak(inner)
            default: return false
            }
        }
    }
}
