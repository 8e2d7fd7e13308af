import Diagnostics

/// Typed throws (`func f() throws(E)`, `do throws(E) { … } catch { … }`), as swiftc checks them: a `throw` in such a
/// body converts its value to `E` (so `throw .someCase` names a case of `E`), and reports
/// `thrownTypeMismatch` at the value when it cannot; a bare `catch` of a `do throws(E)` binds `error` as an `E`; the
/// written `E` must conform to `Error` (`thrownTypeNotError`). Calls that throw another type inside such a body are
/// `TypeChecker+ThrowDiagnostics`'s.
extension TypeChecker {
    /// The error type a function's `throws(E)` declares (nil for `throws`, and when it is unknown or no `Error`,
    /// which is reported at the type).
    func declaredThrownType(_ decl: FunctionDecl) -> CType? {
        decl.thrownType.flatMap(writtenThrownType)
    }

    /// The type written in `throws(E)`: nil when it is unknown or does not conform to `Error` (reported at the type).
    func writtenThrownType(_ written: TypeExpr) -> CType? {
        guard let type = resolve(written), !type.hasError else { return nil }
        if !Compiler.isError(type) {
            reportOnce(.thrownTypeNotError(type), at: TypeExpr.firstLocation(of: written))
            return nil
        }
        return type
    }

    /// The body of a `do`: with `throws(E)` (its clauses' `thrownType`), its `throw`s convert to `E`.
    func doBody(_ body: [Stmt], _ clauses: [CatchClause]) {
        guard let written = clauses.first?.thrownType else { return statements(body) }
        let saved = bodyContext.thrownType
        bodyContext.thrownType = writtenThrownType(written)
        statements(body)
        bodyContext.thrownType = saved
    }

    /// The type a bare `catch` (or `catch let e`) binds: the `E` of `do throws(E)`, else `any Error`.
    func caughtType(_ clause: CatchClause) -> CType? {
        guard let written = clause.thrownType else { return anyErrorType }
        guard let type = resolve(written), !type.hasError, Compiler.isError(type) else { return nil }
        return type
    }

    /// `throw value` in a body whose errors are `thrown`s: the value is checked against `thrown` (`throw .noRatings`)
    /// and reported when its type certainly does not convert.
    func checkTypedThrown(_ value: Expr, _ thrown: CType) {
        guard let found = check(value, expected: thrown), found != thrown, !found.hasError else { return }
        guard certainlyMismatches(found, thrown) || refusesConversion(found, thrown) else { return }
        report(.thrownTypeMismatch(found, errorType: thrown), at: value.conversionLocation)
    }

    // MARK: Throwing branches

    /// The contextual type of the closure an `if` or `switch` expression with a throwing branch is called through
    /// (`let d: Double = if c { 1 } else { throw E.a }`): a function of no parameters returning `expected` (throwing
    /// when an error leaves it); nil for any other callee or without a context.
    func inlineExpressionContext(_ callee: Expr, expected: CType?) -> CType? {
        guard let expected, !expected.hasError, ClosureLiteral.isInlineExpression(callee) else { return nil }
        return recordClosureThrows(callee) == true ? .throwingFunction([], expected) : .function([], expected)
    }

    /// The values of an `if` or `switch` expression with a throwing branch (`ClosureLiteral.isInlineExpression`)
    /// whose type no context gives: swiftc types each branch alone (a literal as its default type), so they must
    /// have one type (`branchesMismatch`, at the first value).
    /// `plainOnly`: only types that never join (`isPlainBranchType`: a `switch` expression's closure called without a
    /// context, whose later values were checked against the first's type), at the first value's conversion location.
    func checkBranchTypes(_ literal: ClosureLiteral, plainOnly: Bool = false) {
        let values = Self.branchValues(literal.body)
        guard let first = values.first, let firstType = aloneType(first), isClosed(firstType) else { return }
        if plainOnly, !isPlainBranchType(firstType) { return }
        for value in values.dropFirst() {
            guard let type = aloneType(value), type != firstType, isClosed(type), !type.hasError else { continue }
            if plainOnly, !isPlainBranchType(type) { continue }
            return report(.branchesMismatch(firstType, type), at: plainOnly ? first.conversionLocation : first.location)
        }
    }

    /// A branch value's type alone: a numeric literal's default type, else the checker's.
    private func aloneType(_ value: Expr) -> CType? {
        if value.isNumericLiteral { return value.containsFloatLiteral ? .double : .int }
        return checked.type(of: value)
    }

    /// The branch values (`Expr.isBranchValue`) of statements, in order.
    private static func branchValues(_ statements: [Stmt]) -> [Expr] {
        statements.flatMap { statement -> [Expr] in
            switch statement {
            case .returnStatement(let value?, _) where value.isBranchValue: return [value]
            case .ifStatement(_, let body, let otherwise, _): return branchValues(body) + branchValues(otherwise ?? [])
            case .switchStatement(_, _, let cases, _): return cases.flatMap { branchValues($0.body) }
            default: return []
            }
        }
    }
}
