/// Whether an error leaves a closure literal's body, as the generator finds it compiling the closure as a
/// non-throwing one (`Compiler.closureThrows`: a `throw`, or a plain `try` of a call that throws, not caught by a
/// `catch` that takes every error), recorded for the generator's overload fit (`Compiler.overloadFit`) and its
/// `rethrows` calls (`Compiler.argumentFunctionThrows`) instead of compiling the closure a first time to learn it.
extension TypeChecker {
    /// Records (and returns) whether an error leaves the closure literal `expr`; nil when the checker cannot tell
    /// (a call it did not resolve, a statement it does not walk).
    @discardableResult
    func recordClosureThrows(_ expr: Expr) -> Bool? {
        guard case .closure(let literal) = expr.kind else { return nil }
        if let known = checked.closureThrows(expr) { return known }
        // A closure written `throws` is a throwing one whatever its body (`{ (x: Int) throws -> Int in x }`).
        if literal.isThrowing {
            noteClosureThrows(expr, true)
            return true
        }
        guard literal.accessors == nil, let throwsOut = errorLeaves(literal.body, caught: false) else { return nil }
        noteClosureThrows(expr, throwsOut)
        return throwsOut
    }

    /// Whether an error leaves `statements` (`caught`: inside a `do` whose `catch` takes every error).
    private func errorLeaves(_ statements: [Stmt], caught: Bool) -> Bool? {
        Self.combine(statements.map { errorLeaves($0, caught: caught) })
    }

    private func errorLeaves(_ statement: Stmt, caught: Bool) -> Bool? {
        switch statement {
        case .expression(let expr): return errorLeaves(expr, caught: caught)
        case .variable(_, _, _, let value, _): return value.map { errorLeaves($0, caught: caught) } ?? false
        case .returnStatement(let value, _): return value.map { errorLeaves($0, caught: caught) } ?? false
        case .throwStatement(let value, _): return caught ? errorLeaves(value, caught: caught) : true
        case .block(let body): return errorLeaves(body, caught: caught)
        case .ifStatement(let conditions, let body, let otherwise, _):
            let inConditions = conditions.map { condition -> Bool? in
                switch condition {
                case .expression(let expr), .optionalBinding(_, _, let expr?, _, _): return errorLeaves(expr, caught: caught)
                case .optionalBinding: return false
                case .pattern: return nil
                }
            }
            return Self.combine(inConditions + [errorLeaves(body, caught: caught), errorLeaves(otherwise ?? [], caught: caught)])
        case .doCatch(let body, let clauses, _):
            let catchesAll = clauses.contains { clause in
                clause.items.isEmpty || clause.items.contains { if case .binding = $0.item { $0.condition == nil } else { false } }
            }
            return Self.combine([errorLeaves(body, caught: caught || catchesAll)] + clauses.map { errorLeaves($0.body, caught: caught) })
        default:
            return ThrowSites.mayThrow(statement) ? nil : false
        }
    }

    /// Whether an error leaves `expr`: a plain `try` of a call that throws (a nested closure's errors stay in it).
    private func errorLeaves(_ expr: Expr, caught: Bool) -> Bool? {
        switch expr.kind {
        case .closure(let literal):
            // An `if` or `switch` expression with a `throw` branch runs where it stands: its errors are this body's.
            return literal.isInlineExpression ? errorLeaves(literal.body, caught: caught) : false
        case .tryExpr(let operand, let kind):
            // `try?` and `try!` handle what their operand throws.
            guard kind == .plain else { return false }
            return caught ? false : callsThrow(operand)
        default:
            var found: [Bool?] = []
            expr.forEachChild { found.append(errorLeaves($0, caught: caught)) }
            return Self.combine(found)
        }
    }

    /// Whether the calls in `expr` (under a plain `try`, not in a nested closure) throw: true when one certainly does.
    private func callsThrow(_ expr: Expr) -> Bool? {
        var found: [Bool?] = []
        if case .call = expr.kind { found.append(callThrows(expr)) }
        if case .closure = expr.kind { return false }
        expr.forEachChild { found.append(callsThrow($0)) }
        return Self.combine(found)
    }

    /// Whether `call` calls a function declared `throws` (not `rethrows`): its resolved callee, a nested function,
    /// or a top-level one whose overloads all throw or none does.
    private func callThrows(_ call: Expr) -> Bool? {
        guard case .call(let callee, _) = call.kind else { return false }
        if let info = checked.callee(of: call) { return info.isRethrowing ? nil : info.isThrowing }
        guard case .name(let name) = callee.kind, let referent = resolution.referent(of: callee) else { return nil }
        switch referent {
        case .local(let index), .capture(let index):
            return nestedFunctions[index]?.throwsErrors == true ? true : nil
        default:
            guard let infos = declaredFunctions(named: name, referent), !infos.contains(where: \.isRethrowing) else { return nil }
            let throwing = Set(infos.map(\.isThrowing))
            return throwing.count == 1 ? throwing.first : nil
        }
    }

    /// The type of a closure without a contextual function type that an error leaves (`let g = { throw E.a }`):
    /// the throwing function type of its parameters and result (`Compiler.compileClosureExpr` compiles it throwing).
    func throwingClosureType(_ type: CType?) -> CType? {
        guard case .function(let parameters, let result)? = type else { return type }
        return .throwingFunction(parameters, result)
    }

    /// Several parts' answers: true when one certainly throws, false when none can, nil otherwise.
    private static func combine(_ answers: [Bool?]) -> Bool? {
        if answers.contains(true) { return true }
        return answers.contains(where: { $0 == nil }) ? nil : false
    }
}
