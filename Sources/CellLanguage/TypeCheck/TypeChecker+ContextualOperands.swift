import Diagnostics

/// Arithmetic on operands of two types that swiftc solves by the operator of one of them, reporting the other operand's
/// conversion (`cannot convert value of type 'Int' to expected argument type 'Double'`, at that operand) instead of
/// the operator (`binary operator '*' cannot be applied to operands of type 'Int' and 'Double'`): where the context
/// expects one operand's type (`func g(x: Int) -> Double { return x * 2.0 }`), and for a string joined with an
/// optional (`"n: " + x` with `x: Int?`): the type checker's to report.
extension TypeChecker {
    private static let contextualOperators: Set<String> = ["+", "-", "*", "/"]

    /// The conversion swiftc reports for `lhs op rhs` of the types `a` and `b` (which differ) with the contextual type
    /// `expected`, and where; nil when swiftc reports the operator.
    static func contextualOperandMismatch(_ op: String, _ a: CType, _ b: CType, _ lhs: Expr, _ rhs: Expr,
                                          expected: CType?) -> (CompileError, SourceLocation)? {
        guard contextualOperators.contains(op), a != b, !a.hasError, !b.hasError else { return nil }
        let operands = [(a, lhs, b, rhs), (b, rhs, a, lhs)]
        if op == "+" {
            for (other, otherExpr, kept, _) in operands where kept == .string {
                if case .optional(let wrapped) = other, wrapped != .string, isPlainOperand(wrapped) {
                    return (.argumentType(other, expected: .string), otherExpr.conversionLocation)
                }
            }
        }
        guard let expected, expected == .int || expected == .double || (expected == .string && op == "+") else { return nil }
        for (other, otherExpr, kept, keptExpr) in operands where kept == expected && isPlainOperand(other) {
            // An integer literal may take the other operand's type: swiftc then converts the whole result instead.
            if isIntegerLiteral(keptExpr) || isIntegerLiteral(otherExpr) { continue }
            return (.argumentType(other, expected: expected), otherExpr.conversionLocation)
        }
        return nil
    }

    private static func isPlainOperand(_ type: CType) -> Bool {
        type == .int || type == .double || type == .string
    }

    private static func isIntegerLiteral(_ expr: Expr) -> Bool {
        expr.isNumericLiteral && !expr.containsFloatLiteral
    }
}
