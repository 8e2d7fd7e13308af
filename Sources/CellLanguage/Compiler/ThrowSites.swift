/// Whether code may throw, read from its syntax alone: a closure without a `throw` statement and without a plain
/// `try` anywhere in it (nested closures and functions included) throws nothing, which overload scoring
/// (`Compiler.closureThrows`) then knows without compiling the closure once per candidate (exponential in the
/// nesting of closures passed to overloaded functions). A `true` answer only means "compile to find out".
enum ThrowSites {
    /// Whether `statements` contain a `throw` or a plain `try`, or a declaration (left to the compilation).
    static func mayThrow(_ statements: [Stmt]) -> Bool {
        statements.contains(where: mayThrow)
    }

    /// Whether `statement` contains a `throw` or a plain `try`, or is a declaration.
    static func mayThrow(_ statement: Stmt) -> Bool {
        switch statement {
        case .expression(let expr): return mayThrow(expr)
        case .variable(_, _, _, let value, _): return value.map(mayThrow) ?? false
        case .function, .typeDeclaration, .throwStatement: return true
        case .ifStatement(let conditions, let body, let otherwise, _):
            return conditions.contains(where: mayThrow) || mayThrow(body) || mayThrow(otherwise ?? [])
        case .guardStatement(let conditions, let body, _): return conditions.contains(where: mayThrow) || mayThrow(body)
        case .forIn(_, _, let casePattern, let sequence, let condition, let body, _):
            return mayThrow(sequence) || (condition.map(mayThrow) ?? false) || mayThrow(body) || (casePattern.map(mayThrow) ?? false)
        case .whileLoop(_, let conditions, let body, _): return conditions.contains(where: mayThrow) || mayThrow(body)
        case .repeatWhile(_, let body, let condition, _): return mayThrow(body) || mayThrow(condition)
        case .returnStatement(let value, _): return value.map(mayThrow) ?? false
        case .breakStatement, .continueStatement, .invalid, .typeAlias: return false
        case .deferStatement(let body, _), .block(let body): return mayThrow(body)
        case .doCatch(let body, let clauses, _):
            return mayThrow(body) || clauses.contains { clause in
                mayThrow(clause.body) || clause.items.contains { item in
                    if item.condition.map(mayThrow) ?? false { return true }
                    if case .enumCase(_, let pattern, _) = item.item { return mayThrow(pattern) }
                    return false
                }
            }
        case .switchStatement(_, let subject, let cases, _):
            return mayThrow(subject) || cases.contains { switchCase in
                mayThrow(switchCase.body) || switchCase.guards.contains { $0.map(mayThrow) ?? false }
                    || switchCase.patterns.contains(where: mayThrow)
            }
        }
    }

    /// Whether a condition of `if`, `guard` or `while` contains a plain `try`.
    private static func mayThrow(_ condition: Condition) -> Bool {
        switch condition {
        case .expression(let expr): return mayThrow(expr)
        case .optionalBinding(_, _, let value, _, _): return value.map(mayThrow) ?? false
        case .pattern(let pattern, let value, _): return mayThrow(pattern) || mayThrow(value)
        }
    }

    /// Whether a case pattern's expressions contain a plain `try`.
    private static func mayThrow(_ pattern: CasePattern) -> Bool {
        switch pattern {
        case .wildcard, .binding: return false
        case .expression(let expr): return mayThrow(expr)
        case .tuple(let elements, _): return elements.contains(where: mayThrow)
        case .enumCase(_, let payload, _): return payload?.contains(where: mayThrow) ?? false
        case .cast(let inner, _, _): return inner.map(mayThrow) ?? false
        }
    }

    /// Whether `expr` contains a plain `try` (in itself, a subexpression or a nested closure).
    static func mayThrow(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .tryExpr(_, .plain): return true
        case .closure(let literal):
            return literal.accessors != nil || mayThrow(literal.body) || literal.ownedCaptureValues.values.contains(where: mayThrow)
        default:
            var found = false
            expr.forEachChild { child in
                if !found, mayThrow(child) { found = true }
            }
            return found
        }
    }
}
