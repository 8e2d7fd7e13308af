import Diagnostics

/// A closure literal stored (a variable's initial value, an assignment's new value, a returned value) escapes: in a
/// struct's `mutating` method, swiftc refuses it when it captures `self` ("escaping closure captures mutating 'self'
/// parameter", at the closure), as it refuses one passed to an `@escaping` parameter (see `escapingClosure`).
extension Compiler {
    /// Compiles the statement or expression that stores `value` with that check when `value` is a closure literal.
    func storingClosure<T>(_ value: Expr?, _ compile: () -> T) -> T {
        guard let value, case .closure = value.kind else { return compile() }
        return escapingClosure(value, isEscaping: true, compile)
    }

    /// `storingClosure` for a statement (`return`, `var`): the statement's closure is assigned, not returned through
    /// the generic function, which would store it behind two reabstraction thunks run every time it runs.
    func storingClosure(_ value: Expr?, _ compile: () -> ((Frame) throws -> Flow)?) -> ((Frame) throws -> Flow)? {
        var code: ((Frame) throws -> Flow)?
        storingClosure(value) { () -> Void in code = compile() }
        return code
    }
}
