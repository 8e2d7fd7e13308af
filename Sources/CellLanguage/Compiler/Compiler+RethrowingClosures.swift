import Diagnostics

/// `try lines.map { line in … throw ParseError.bad(line) … }`: the standard library's members that take a closure
/// (`map`, `filter`, `reduce`, `sorted(by:)`, `first(where:)` …) rethrow, so a closure given to one of them may throw
/// when a `try` covers the call; the error leaves the member and reaches the `try`, as in Swift.
extension Compiler {
    /// Whether `expr` is a closure literal.
    static func isClosureLiteral(_ expr: Expr) -> Bool {
        if case .closure = expr.kind { return true }
        return false
    }

    /// A throwing function value given to a rethrowing standard-library member (`try xs.map(f)` where `f` is
    /// `(T) throws -> U`): the member takes it as the function it is (whether a `try` covers the call is the
    /// checker's). Other values are returned unchanged.
    func rethrownFunctionValue(_ typed: Typed) -> Typed {
        guard case .throwingFunction(let parameters, let result) = typed.type else { return typed }
        return Typed(type: .function(parameters, result), code: typed.code)
    }
}
