extension Expr {
    /// Whether the expression is made only of numeric literals (so its type follows the context, as in Swift).
    var isNumericLiteral: Bool {
        switch kind {
        case .intLiteral, .floatLiteral: return true
        case .prefix(let op, let operand): return (op == "-" || op == "+") && operand.isNumericLiteral
        case .binary(let op, let lhs, let rhs, _):
            return ["+", "-", "*", "/"].contains(op) && lhs.isNumericLiteral && rhs.isNumericLiteral
        default: return false
        }
    }

    /// Whether a literal expression contains a floating-point literal.
    var containsFloatLiteral: Bool {
        switch kind {
        case .floatLiteral: return true
        case .prefix(_, let operand): return operand.containsFloatLiteral
        case .binary(_, let lhs, let rhs, _): return lhs.containsFloatLiteral || rhs.containsFloatLiteral
        default: return false
        }
    }
}
