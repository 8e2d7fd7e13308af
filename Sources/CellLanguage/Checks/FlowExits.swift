/// Where a statement list ends a path: the syntactic exits the flow checks (`FlowChecks`) and the generator share.
enum FlowExits {
    /// Whether `expr` calls a built-in function that never returns (`fatalError(…)`, `preconditionFailure(…)`: Swift's
    /// `Never`); such a call ends a path, and as a single-expression body it is no returned value.
    static func isNeverCall(_ expr: Expr) -> Bool {
        guard case .call(let callee, _) = expr.kind, case .name(let name) = callee.kind else { return false }
        return name == "fatalError" || name == "preconditionFailure"
    }

    /// Whether a statement list always leaves the enclosing scope (return, break, continue on every path): one of
    /// its statements does (the statements after it are unreachable, as swiftc's flow analysis sees them: `return; _ = x`
    /// is no missing return).
    static func alwaysExits(_ statements: [Stmt]) -> Bool {
        statements.contains(where: exits)
    }

    /// Whether one statement always leaves the enclosing scope.
    private static func exits(_ statement: Stmt) -> Bool {
        switch statement {
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

    /// The `return`s without a value of a body (outside its closures, nested functions and `defer` bodies).
    static func valuelessReturns(_ statements: [Stmt]) -> [SourceLocation] {
        returns(statements).compactMap { $0.value == nil ? $0.location : nil }
    }

    /// The values of a body's `return`s, in order (outside its closures, nested functions and `defer` bodies).
    static func returnedValues(_ statements: [Stmt]) -> [Expr] {
        returns(statements).compactMap(\.value)
    }

    /// A body's `return`s, in order, each with its value (outside its closures, nested functions and `defer` bodies).
    private static func returns(_ statements: [Stmt]) -> [(value: Expr?, location: SourceLocation)] {
        statements.flatMap { statement -> [(value: Expr?, location: SourceLocation)] in
            switch statement {
            case .returnStatement(let value, let location): return [(value, location)]
            case .ifStatement(_, let then, let otherwise, _): return returns(then) + returns(otherwise ?? [])
            case .guardStatement(_, let body, _), .forIn(_, _, _, _, _, let body, _), .whileLoop(_, _, let body, _),
                 .repeatWhile(_, let body, _, _), .block(let body):
                return returns(body)
            case .switchStatement(_, _, let cases, _): return cases.flatMap { returns($0.body) }
            case .doCatch(let body, let clauses, _): return returns(body) + clauses.flatMap { returns($0.body) }
            default: return []
            }
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
