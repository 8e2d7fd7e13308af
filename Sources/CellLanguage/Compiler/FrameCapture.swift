/// Decides whether a function's frames can be recycled: only when nothing created during a call (a closure or a
/// nested function) could keep a reference to the frame after the call returns.
enum FrameCapture {
    static func mayCapture(_ statements: [Stmt]) -> Bool {
        statements.contains(where: mayCapture)
    }

    static func mayCapture(_ statement: Stmt) -> Bool {
        switch statement {
        case .expression(let expr): return mayCapture(expr)
        case .variable(_, _, _, let value, _): return value.map(mayCapture) ?? false
        case .function, .typeDeclaration: return true
        case .ifStatement(let conditions, let body, let otherwise, _):
            return conditions.contains(where: mayCapture) || mayCapture(body) || mayCapture(otherwise ?? [])
        case .guardStatement(let conditions, let body, _): return conditions.contains(where: mayCapture) || mayCapture(body)
        case .forIn(_, _, let casePattern, let sequence, let condition, let body, _):
            return mayCapture(sequence) || (condition.map(mayCapture) ?? false) || mayCapture(body)
                || (casePattern.map(mayCapture) ?? false)
        case .whileLoop(_, let conditions, let body, _): return conditions.contains(where: mayCapture) || mayCapture(body)
        case .repeatWhile(_, let body, let condition, _): return mayCapture(body) || mayCapture(condition)
        case .returnStatement(let value, _): return value.map(mayCapture) ?? false
        case .breakStatement, .continueStatement, .invalid, .typeAlias: return false
        case .throwStatement(let value, _): return mayCapture(value)
        case .deferStatement(let body, _): return mayCapture(body)
        case .doCatch(let body, let clauses, _):
            return mayCapture(body) || clauses.contains { clause in
                mayCapture(clause.body) || clause.items.contains { $0.condition.map(mayCapture) ?? false }
                    || clause.items.contains { if case .enumCase(_, let pattern, _) = $0.item { return mayCapture(pattern) } else { return false } }
            }
        case .block(let inner): return mayCapture(inner)
        case .switchStatement(_, let subject, let cases, _):
            return mayCapture(subject) || cases.contains { switchCase in
                mayCapture(switchCase.body) || switchCase.guards.contains { $0.map(mayCapture) ?? false }
                    || switchCase.patterns.contains(where: mayCapture)
            }
        }
    }

    private static func mayCapture(_ condition: Condition) -> Bool {
        switch condition {
        case .expression(let expr): return mayCapture(expr)
        case .optionalBinding(_, _, let value, _, _): return value.map(mayCapture) ?? false
        case .pattern(let pattern, let value, _): return mayCapture(pattern) || mayCapture(value)
        }
    }

    static func mayCapture(_ pattern: CasePattern) -> Bool {
        switch pattern {
        case .wildcard, .binding: return false
        case .expression(let expr): return mayCapture(expr)
        case .tuple(let elements, _): return elements.contains(where: mayCapture)
        case .enumCase(_, let payload, _): return payload?.contains(where: mayCapture) ?? false
        case .cast(let inner, _, _): return inner.map(mayCapture) ?? false
        }
    }

    static func mayCapture(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .closure: return true
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .name, .typeReference, .invalid: return false
        case .stringLiteral(let parts):
            return parts.contains { if case .interpolation(let inner) = $0 { return mayCapture(inner) } else { return false } }
        case .binary(_, let lhs, let rhs, _), .assign(_, let lhs, let rhs, _): return mayCapture(lhs) || mayCapture(rhs)
        case .prefix(_, let operand), .forceUnwrap(let operand), .optionalChain(let operand), .cast(let operand, _, _),
             .inoutArgument(let operand), .tryExpr(let operand, _):
            return mayCapture(operand)
        case .call(let callee, let arguments), .subscriptAccess(let callee, let arguments):
            return mayCapture(callee) || arguments.contains { mayCapture($0.value) }
        case .member(let base, _, _): return base.map(mayCapture) ?? false
        case .array(let elements): return elements.contains(where: mayCapture)
        case .dictionary(let pairs): return pairs.contains { mayCapture($0.0) || mayCapture($0.1) }
        case .tuple(let elements): return elements.contains { mayCapture($0.value) }
        case .ternary(let a, let b, let c): return mayCapture(a) || mayCapture(b) || mayCapture(c)
        }
    }
}
