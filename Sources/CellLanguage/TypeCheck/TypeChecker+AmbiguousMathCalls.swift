import Diagnostics

/// `let v = exp(c ? 1 : 2)`: a C math function whose arguments are all integer literals, as the whole value of a
/// declaration without a type, has no contextual type to choose among Foundation's overloads (`Double`, `Float`,
/// `Float80`, `CGFloat`), and swiftc reports `ambiguous use of 'exp'` at the function's name (`sqrt`, `floor`,
/// `ceil`, `round`, `trunc`, `pow`, `fmod` and `remainder` are generic or have one overload and are not ambiguous).
/// Reported by the type checker (`TypeChecker.statement`).
extension TypeChecker {
    /// The functions swiftc finds ambiguous with integer-literal arguments alone.
    private static let literalAmbiguousMathFunctions: Set<String> = [
        "exp", "exp2", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
        "cbrt", "expm1", "log1p", "hypot", "atan2", "copysign", "fmin", "fmax",
    ]

    /// swiftc's ambiguity for `value`, the value of a declaration without a type annotation, and where; nil when
    /// `value` is no such call or `isBuiltin` says its name is not the library's.
    static func ambiguousMathCall(_ value: Expr, isBuiltin: (Expr) -> Bool) -> (CompileError, SourceLocation)? {
        guard case .call(let callee, let arguments) = value.kind, case .name(let name) = callee.kind,
              literalAmbiguousMathFunctions.contains(name), isBuiltin(callee), !arguments.isEmpty,
              arguments.count == (Compiler.unaryMathFunctions[name] != nil ? 1 : 2),
              arguments.allSatisfy({ $0.label == nil && isIntegerLiteralValue($0.value) }) else { return nil }
        return (.ambiguousUse(name), callee.location)
    }

    /// An integer literal, negated or not, or a choice (`c ? 1 : 2`) between such values.
    private static func isIntegerLiteralValue(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral: return true
        case .prefix("-", let operand): return isIntegerLiteralValue(operand)
        case .ternary(_, let then, let otherwise): return isIntegerLiteralValue(then) && isIntegerLiteralValue(otherwise)
        default: return false
        }
    }
}
