/// Operators on the built-in types: arithmetic, comparisons, ranges, logic and `??`. Operators a cell declares
/// (operator functions, static operators of its types) and operators registered by bindings are left unknown.
extension TypeChecker {
    private static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
    private static let integerOperators: Set<String> = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&+", "&-", "&*"]
    private static let doubleOperators: Set<String> = ["+", "-", "*", "/"]

    /// `lhs op rhs`, with the operands' contextual types chosen as the generator chooses them (a literal takes the
    /// other operand's numeric type).
    func binary(_ op: String, _ lhs: Expr, _ rhs: Expr, expected: CType?, at location: SourceLocation) -> CType? {
        if case .assign = lhs.kind {
            assignmentAsValue(lhs)
            if Self.isContextFree(rhs) { check(rhs, expected: nil) }
            return nil
        }
        if op == "&&" || op == "||" {
            let a = check(lhs, expected: .bool), b = check(rhs, expected: .bool)
            return a == .bool && b == .bool ? .bool : nil
        }
        if op == "??" { return nilCoalescing(lhs, rhs, expected: expected) }
        let isComparison = Self.comparisons.contains(op), isRange = op == "..<" || op == "..."
        let isShift = op == "<<" || op == ">>"
        guard !isDeclaredOperator(op), op != "===", op != "!==" else {
            for operand in [lhs, rhs] where Self.isContextFree(operand) { check(operand, expected: nil) }
            return nil
        }
        var context: CType? = (isComparison || isRange) ? (isRange ? .int : nil) : expected
        if isRange, let wanted = expected?.unwrapped, wanted == .double || wanted == .doubleRange || wanted == .doubleClosedRange {
            context = .double
        }
        let (a, b) = operands(lhs, rhs, context: context, isShift: isShift)
        guard let a, let b else { return nil }
        if let native = nativeBinary(op, lhs, rhs, a, b) { return native }
        if let strings = Self.stringOperator(op, a, b) { return strings }
        if isRange {
            if a == .double && b == .double { return op == "..." ? .doubleClosedRange : .doubleRange }
            if a == .int && b == .int { return op == "..." ? .closedRange : .range }
            return nil
        }
        guard a == b else { return isComparison ? nil : operatorMismatch(op, a, b, at: location) }
        if isComparison {
            switch a {
            case .int, .double, .string, .character, .integer: return .bool
            case .bool: return op == "==" || op == "!=" ? .bool : nil
            case .array, .set where op == "==" || op == "!=": return collectionEquality(a) ?? comparisonMismatch(op, a, at: location)
            default: return comparisonMismatch(op, a, at: location)
            }
        }
        switch a {
        case .int, .integer: return Self.integerOperators.contains(op) ? a : nil
        case .double: return Self.doubleOperators.contains(op) ? a : operatorMismatch(op, a, b, at: location)
        case .string: return op == "+" ? a : operatorMismatch(op, a, b, at: location)
        case .array: return op == "+" ? a : nil
        default: return operatorMismatch(op, a, b, at: location)
        }
    }

    /// The operands of a binary operator, checked in the generator's order and contexts.
    private func operands(_ lhs: Expr, _ rhs: Expr, context: CType?, isShift: Bool) -> (CType?, CType?) {
        let leftLiteral = Compiler.isNumericLiteral(lhs), rightLiteral = Compiler.isNumericLiteral(rhs)
        func numeric(_ type: CType?) -> CType? {
            if case .integer? = type { return type }
            return type == .int || type == .double ? type : nil
        }
        if leftLiteral && rightLiteral {
            var type: CType = Compiler.containsFloatLiteral(lhs) || Compiler.containsFloatLiteral(rhs) ? .double : .int
            if context == .double { type = .double }
            if case .integer? = context { type = context ?? type }
            return (check(lhs, expected: type), check(rhs, expected: type))
        } else if leftLiteral {
            let b = check(rhs, expected: context)
            guard b != nil || isShift else { return (nil, nil) }
            return (check(lhs, expected: isShift ? context : numeric(b)), b)
        } else if rightLiteral {
            let a = check(lhs, expected: context)
            guard a != nil || isShift else { return (nil, nil) }
            return (a, check(rhs, expected: isShift ? .int : numeric(a)))
        }
        let a = check(lhs, expected: context)
        guard let a else {
            // The right operand's context would be the left's type: unknown, so it is not checked.
            return (nil, nil)
        }
        return (a, check(rhs, expected: a))
    }

    /// Whether the cell declares `op` (an operator function, or a static operator of a declared type).
    private func isDeclaredOperator(_ op: String) -> Bool {
        declaredOperators.contains(op)
    }

    /// `a ?? b`: the wrapped type of `a`, with `b` checked against it.
    private func nilCoalescing(_ lhs: Expr, _ rhs: Expr, expected: CType?) -> CType? {
        guard case .optional(let wrapped)? = check(lhs, expected: expected.map { .optional($0) }) else {
            return nil
        }
        return check(rhs, expected: wrapped) == wrapped ? wrapped : nil
    }

    /// `-x`, `+x`, `!b`, `~n` on built-in types.
    func prefix(_ op: String, _ operand: Expr, expected: CType?) -> CType? {
        guard op != "..<", op != "...", op != Expr.postfixRange, !isDeclaredOperator(op) else {
            if Self.isContextFree(operand) { check(operand, expected: nil) }
            return nil
        }
        guard let type = check(operand, expected: expected) else { return nil }
        if let native = nativePrefix(op, type) { return native }
        switch (op, type) {
        case ("-", .int), ("-", .double), ("-", .integer), ("+", .int), ("+", .double), ("~", .int), ("~", .integer),
             ("!", .bool):
            return type
        default:
            return nil
        }
    }
}
