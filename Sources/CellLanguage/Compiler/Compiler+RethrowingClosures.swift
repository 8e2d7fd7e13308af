import Diagnostics

/// Given to `compileClosure` for a closure literal that may throw through the member it is passed to; tells, once
/// the closure is compiled, whether an error can leave it.
final class RethrowingClosure {
    /// Whether a `throw` or a throwing call in the closure is left unhandled by it.
    var errorsLeave = false
}

/// `try lines.map { line in … throw ParseError.bad(line) … }`: the standard library's members that take a closure
/// (`map`, `filter`, `reduce`, `sorted(by:)`, `first(where:)` …) rethrow, so a closure given to one of them may throw
/// when a `try` covers the call; the error leaves the member and reaches the `try`, as in Swift.
extension Compiler {
    /// Whether `expr` is a closure literal.
    static func isClosureLiteral(_ expr: Expr) -> Bool {
        if case .closure = expr.kind { return true }
        return false
    }

    /// The closure literal `expr` compiled as one that may throw, when it is an argument of a standard-library member
    /// and a `try` of the enclosing function covers the call; nil otherwise (it compiles as usual, and a `throw` in
    /// it is reported). When an error can leave it, the call must be handled where the `try` is.
    func compileRethrowingClosure(_ expr: Expr, _ literal: ClosureLiteral, _ parameters: [CType], _ result: CType) -> Typed? {
        let function = scope.context.function
        guard errorHandling.rethrowingArguments.contains(expr),
              errorHandling.tries.contains(where: { $0.context === function }) else { return nil }
        let probe = RethrowingClosure()
        let typed = compileClosure(literal, parameterHints: parameters, returnHint: result, at: expr.location, rethrowing: probe)
        if probe.errorsLeave { checkThrowingCall(at: expr.location) }
        return typed
    }

    /// A throwing function value given to a rethrowing standard-library member (`try xs.map(f)` where `f` is
    /// `(T) throws -> U`): the member takes it as the function it is, and the call throws as the value can: the
    /// enclosing call expression checks that a `try` covers it, at the call's start as swiftc reports it. Other values
    /// are returned unchanged.
    func rethrownFunctionValue(_ typed: Typed) -> Typed {
        guard case .throwingFunction(let parameters, let result) = typed.type else { return typed }
        errorHandling.pendingThrowingCall = true
        return Typed(type: .function(parameters, result), code: typed.code)
    }
}
