/// `if` expressions (Swift 5.9) the lowering turned into `? :`: the checks where swiftc types them differently.
extension TypeChecker {
    /// An `if` expression without a contextual type (lowered to `? :`, its values marked `isBranchValue`) whose
    /// branch values are all literals: swiftc types each branch alone, so `if c { 1.5 } else { 2 }` is `branches have
    /// mismatching types 'Double' and 'Int'` (at the first value), where `c ? 1.5 : 2` would be a Double. Nil when
    /// the literals agree or a value is not a literal (then typed as `? :` is).
    func literalBranchMismatch(_ then: Expr, _ otherwise: Expr) -> CType? {
        var values = [then]
        var rest = otherwise
        while case .ternary(_, let value, let next) = rest.kind, value.isBranchValue {
            values.append(value)
            rest = next
        }
        values.append(rest)
        let types = values.compactMap(Self.aloneLiteralType)
        guard types.count == values.count, let first = types.first,
              let other = types.first(where: { $0 != first }) else { return nil }
        report(.branchesMismatch(first, other), at: then.location)
        return .error
    }

    /// A literal's type alone: a number's default type, a string's or a Boolean's; nil for any other expression.
    private static func aloneLiteralType(_ value: Expr) -> CType? {
        if value.isNumericLiteral { return value.containsFloatLiteral ? .double : .int }
        switch value.kind {
        case .boolLiteral: return .bool
        case .stringLiteral: return .string
        default: return nil
        }
    }
}
