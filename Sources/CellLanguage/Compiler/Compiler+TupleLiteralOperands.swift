/// Tuple literals of number literals on both sides of an operator (`(1, 2) < (1.5, 2.5)`): swiftc types each position
/// of both as one type, a Double where either side's literal has a fraction. The checker and the generator type the
/// operands alike through `tupleLiteralOperandContext`.
extension Compiler {
    /// The tuple type both operands `lhs` and `rhs` take when both are tuple literals of as many number literals, with
    /// the same labels (each position a Double when either literal there has a fraction, else an Int); nil otherwise.
    static func tupleLiteralOperandContext(_ lhs: Expr, _ rhs: Expr) -> CType? {
        guard case .tuple(let left) = lhs.kind, case .tuple(let right) = rhs.kind, left.count == right.count,
              left.count > 1 else { return nil }
        var elements: [TupleElement] = []
        for (a, b) in zip(left, right) {
            guard a.label == b.label, a.value.isNumericLiteral, b.value.isNumericLiteral else { return nil }
            let fraction = a.value.containsFloatLiteral || b.value.containsFloatLiteral
            elements.append(TupleElement(label: a.label, type: fraction ? .double : .int))
        }
        return .tuple(elements)
    }
}
