/// The error swiftc reports for a mistake whose wording depends on the types involved, shared by the type checker
/// and the generator so that both passes say the same.
extension CompileError {
    /// The error for the condition `condition` of type `type`, not Bool: an integer is to be tested with `!= 0` (the
    /// literal 0 or 1, possibly negated, is to be `false` or `true`; another literal does not convert), an optional
    /// with `!= nil` (a `Bool?` must be unwrapped), anything else does not convert to the condition type.
    static func nonBooleanCondition(_ type: CType, _ condition: Expr) -> CompileError {
        if type == .int, let literal = integerLiteral(condition) {
            return literal == 0 || literal == 1 ? .integerLiteralAsBoolean(literal) : .conditionType(type)
        }
        switch type {
        case .int, .integer: return .integerAsBoolean(type)
        case .optional(.bool): return .optionalNotUnwrapped(type, wrapped: .bool)
        case .optional: return .optionalAsBoolean(type)
        default: return .conditionType(type)
        }
    }

    /// The magnitude of an integer literal, negated or not (swiftc words `if -1` as it words `if 1`), or nil.
    private static func integerLiteral(_ expr: Expr) -> Int? {
        switch expr.kind {
        case .intLiteral(let value): return Int(exactly: value.magnitude) ?? .max
        case .prefix("-", let operand):
            guard case .intLiteral(let value) = operand.kind else { return nil }
            return Int(exactly: value.magnitude) ?? .max
        default: return nil
        }
    }

    /// The error for a subscript of `receiver`, a type that has none, with the index `index`: a tuple's names the
    /// element to read with `.N` when the index is an integer literal within the tuple.
    static func missingSubscript(_ receiver: CType, index: Expr?) -> CompileError {
        guard case .tuple(let elements) = receiver else { return .noSubscripts(receiver) }
        if case .intLiteral(let value)? = index?.kind, value >= 0, value < elements.count {
            return .tupleSubscript(receiver, index: value)
        }
        return .tupleSubscript(receiver, index: nil)
    }
}
