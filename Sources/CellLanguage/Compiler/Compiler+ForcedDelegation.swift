import Diagnostics

/// `super.init(x: x)!` (or `self.init(…)!`): a delegation to a failable initializer force-unwrapped, which lets a
/// non-failable initializer (`override init(x:)` over an `init?(x:)`) delegate to it; nil is then swiftc's trap.
extension Compiler {
    /// Whether `expr` is `super.init(…)` or `self.init(…)`.
    static func isInitializerDelegation(_ expr: Expr) -> Bool {
        guard case .call(let callee, _) = expr.kind, case .member(let base?, "init", _) = callee.kind,
              case .name(let name) = base.kind else { return false }
        return name == "super" || name == "self"
    }

    /// Compiles the delegation `operand` of `operand!` (a `()`: the `!` applies to the delegated initializer's
    /// result; a `!` after a non-failable one is the checker's to report, `TypeChecker.forcedDelegation`).
    func compileForcedDelegation(_ operand: Expr, expected: CType?, at location: SourceLocation) -> Typed {
        let saved = forcedDelegation
        forcedDelegation = true
        let typed = compileExpr(operand, expected: expected)
        forcedDelegation = saved
        return typed
    }

    /// The result of a force-unwrapped delegation: the initialized value, or swiftc's trap when it is nil.
    func forcedDelegationResult(_ call: @escaping (Frame) throws -> Value,
                                at location: SourceLocation) -> (Frame) throws -> Value {
        { frame in
            let value = try call(frame)
            guard case .none = value else { return value }
            throw RuntimeError(message: "unexpectedly found nil while unwrapping an Optional value", location: location)
        }
    }
}
