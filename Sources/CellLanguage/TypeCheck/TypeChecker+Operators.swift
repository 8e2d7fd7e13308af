/// Operators on the built-in types: arithmetic, comparisons, ranges, logic and `??`. Operators a cell declares
/// (operator functions, static operators of its types) and operators registered by bindings are left unknown.
extension TypeChecker {
    private static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]
    private static let integerOperators: Set<String> = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&+", "&-", "&*"]
    private static let doubleOperators: Set<String> = ["+", "-", "*", "/"]

    /// `lhs op rhs`, with the operands' contextual types chosen as the generator chooses them (a literal takes the
    /// other operand's numeric type).
    func binary(_ op: String, _ lhs: Expr, _ rhs: Expr, expected: CType?, at location: SourceLocation) -> CType? {
        // An assignment used as a value on either side (`(a?.b = c) != nil`, `nil != (a?.b = c)`).
        // Compared with `nil`, it is a Bool.
        if case .assign = lhs.kind {
            assignmentAsValue(lhs)
            if Self.isContextFree(rhs) { check(rhs, expected: nil) }
            return (op == "==" || op == "!=") && Self.isNilLiteral(rhs) ? .bool : nil
        }
        if case .assign = rhs.kind {
            if Self.isContextFree(lhs) { check(lhs, expected: nil) }
            assignmentAsValue(rhs)
            return (op == "==" || op == "!=") && Self.isNilLiteral(lhs) ? .bool : nil
        }
        if let compared = nilComparison(op, lhs, rhs) { return compared }  // `nil == x`, `x == nil` (+NilLiterals)
        let nilContext: CType? = Self.comparisons.contains(op) ? nil : op == "..<" || op == "..." ? .int : expected
        if let mistake = nilOperandMistake(op, lhs, rhs, context: nilContext, at: location) { return mistake }  // +NilLiterals
        if op == "&&" || op == "||" {
            let a = check(lhs, expected: .bool), b = check(rhs, expected: .bool)
            if reportsNativeLogicalOperands([(a, lhs), (b, rhs)]) { return .error }
            if reportsLogicalOperandMistakes(op, [(a, lhs), (b, rhs)]) { return .error }  // `1 && ok`
            return a == .bool && b == .bool ? .bool : nil
        }
        if op == "??" { return nilCoalescing(lhs, rhs, expected: expected, at: location) }
        if op == "===" || op == "!==" { return identityComparison(op, lhs, rhs, at: location) }
        let isComparison = Self.comparisons.contains(op), isRange = op == "..<" || op == "..."
        let isShift = op == "<<" || op == ">>"
        let declared = isDeclaredOperator(op)
        var context: CType? = (isComparison || isRange) ? (isRange ? .int : nil) : expected
        if isRange, let wanted = expected?.unwrapped, wanted == .double || wanted == .doubleRange || wanted == .doubleClosedRange {
            context = .double
        }
        let (a, b) = operands(lhs, rhs, context: context, isShift: isShift, op: op)
        if let compared = valueComparedWithNil(op, a, b, lhs, rhs) { return compared }  // `x == nil` (+NilLiterals)
        if !declared, let typed = placeholderLiteralOperation(op, a, b, lhs, rhs) { return typed }  // `$0 * 2` on a `T: Numeric`
        guard let a, let b else { return nil }
        if let mistake = arithmeticLiteralMistake(op, rhs, a, b) { return mistake }  // `count * "s"`
        // `a % b` on two values of an arithmetic placeholder (a generic body checked with placeholders).
        if let placeholder = Compiler.placeholderOperatorResult(op, a, b) { return placeholder }
        if let mistake = placeholderOperatorMistake(op, a, b, lhs, rhs, at: location) { return mistake }  // `a / 2` on a `T: Numeric`
        if let native = nativeBinary(op, lhs, rhs, a, b) { return native }
        if declared, let mistake = declaredOperatorLiteralMistake(op, lhs, rhs, a, b) { return mistake }  // `1 <~ "s"`
        if declared, let function = declaredBinary(op, lhs, rhs, a, b) { return function }
        if let mistake = nativeOperandMistake(op, lhs, rhs, a, b, at: location) { return mistake }
        // `a > b` where `a`'s type declares `<` alone: derived from it (`Compiler.userOperatorCandidates`).
        if !declared, [">", "<=", ">="].contains(op), case .user(let type) = a, type.staticMethods["<"] != nil,
           let function = declaredBinary(op, lhs, rhs, a, b) { return function }
        if let strings = Self.stringOperator(op, a, b) ?? (declared ? nil : stringIndexArithmetic(op, a, b, lhs, rhs)) { return strings }
        if op == "+", let joined = Self.substringConcatenation(a, b, lhs, rhs, expected: expected) { return joined }
        if isRange {
            if a == .double && b == .double { return op == "..." ? .doubleClosedRange : .doubleRange }
            if a == .int && b == .int { return op == "..." ? .closedRange : .range }
            return declared ? nil : rangeBoundMistake(lhs, rhs, a, b, at: location)
        }
        // Shifts take any integer on either side (`UInt8 << Int`, `1 << n`): the result has the left operand's type.
        if isShift, a.isAnyInteger, b.isAnyInteger { return a }
        // Integers of different types compare (`UInt8(1) < Int8(2)`, `UInt64.max > Int.max`).
        if isComparison, a != b, a.isAnyInteger, b.isAnyInteger { return .bool }
        if op == "==" || op == "!=", case .optional(let wrapped) = a, wrapped == b { return optionalEquality(wrapped) }  // `x == 3`
        if op == "==" || op == "!=", case .optional(let wrapped) = b, wrapped == a { return optionalEquality(wrapped) }  // `3 == x`
        if a != b, let unwrap = optionalOperandMistake(op, a, b, lhs, rhs) { return unwrap }
        if a != b, !isComparison, let (mistake, position) = Self.contextualOperandMismatch(op, a, b, lhs, rhs, expected: expected) {
            report(mistake, at: position)
            return .error
        }
        if isComparison, let mistake = tupleElementsMistake(op, a, b, at: location) { return mistake }  // `("s", s) < (2, s)`
        guard a == b else {
            return isComparison ? unmatchedOperator(op, a, b, at: location)
                : operatorMismatch(op, a, b, at: location) ?? unmatchedOperator(op, a, b, at: location)
        }
        return isComparison ? sameTypeComparison(op, a, at: location) : sameTypeArithmetic(op, a, at: location)
    }

    /// `a op a` for a comparison `op` on two operands of one type `a`: Bool where the type has it, else the mistake.
    private func sameTypeComparison(_ op: String, _ a: CType, at location: SourceLocation) -> CType? {
        switch a {
        case .int, .double, .string, .character, .integer, .unicodeScalar: return .bool
        case .bool, .objectIdentifier: return op == "==" || op == "!=" ? .bool : unmatchedOperator(op, a, a, at: location)
        case Compiler.metatype where op == "==" || op == "!=": return .bool  // `type(of: x) == Int.self`
        case .range where op == "==" || op == "!=", .closedRange where op == "==" || op == "!=": return .bool
        case .array, .set, .arraySlice, .dictionary:
            guard op == "==" || op == "!=" else { return unmatchedOperator(op, a, a, at: location) }
            return collectionEquality(a) ?? comparisonMismatch(op, a, at: location)
        case .optional(let wrapped) where op == "==" || op == "!=":
            return optionalEquality(wrapped)
        case .user(let type) where op == "==" || op == "!=":
            return synthesizedEquality(type) ?? comparisonMismatch(op, a, at: location)
        case .user(let type) where Self.hasSynthesizedOrder(type):
            return .bool
        case .tuple(let elements):
            return tupleComparison(op, elements) ?? tupleOrderingMismatch(op, a, at: location)
        default: return comparisonMismatch(op, a, at: location) ?? unmatchedOperator(op, a, a, at: location)
        }
    }

    /// `a op a` for an arithmetic `op` on two operands of one type `a`: the type where it has the operator, else the
    /// mistake.
    private func sameTypeArithmetic(_ op: String, _ a: CType, at location: SourceLocation) -> CType? {
        switch a {
        case .int, .integer: return Self.integerOperators.contains(op) ? a : unmatchedOperator(op, a, a, at: location)
        case .double: return Self.doubleOperators.contains(op) ? a : operatorMismatch(op, a, a, at: location)
        case .string: return op == "+" ? a : operatorMismatch(op, a, a, at: location)
        case .array: return op == "+" ? a : unmatchedOperator(op, a, a, at: location)
        default: return operatorMismatch(op, a, a, at: location) ?? unmatchedOperator(op, a, a, at: location)
        }
    }

    /// No operator `op` takes operands of types `a` and `b`, of the built-in or declared types the checker knows whole
    /// and no operator the cell declares may take: reports the generator's wording (`binary operator '+' cannot be
    /// applied to operands of type 'Int' and 'String'`, `… to two 'Bool' operands`), at the operator. Nil (unknown)
    /// for other operands.
    private func unmatchedOperator(_ op: String, _ a: CType, _ b: CType, at location: SourceLocation) -> CType? {
        guard !isDeclaredOperator(op), !protocolExtensionsDeclare(op), isKnownWhole(a), isKnownWhole(b) else { return nil }
        if op == "%" && a == .double && b == .double {
            report(.floatingRemainder, at: location)
        } else if a == b {
            report(.binaryOperatorSameTypes(op, a), at: location)
        } else {
            report(.binaryOperatorTypes(op, a, b), at: location)
        }
        return .error
    }

    /// Whether `type` is made only of built-in value types and declared types that are no type parameter's placeholder,
    /// protocol or generic type (whose operators the checker may not see).
    private func isKnownWhole(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .string, .bool, .character, .integer, .range, .closedRange: return true
        case .array(let element), .set(let element), .optional(let element): return isKnownWhole(element)
        case .dictionary(let key, let value): return isKnownWhole(key) && isKnownWhole(value)
        case .tuple(let elements): return elements.allSatisfy { isKnownWhole($0.type) }
        case .user(let user):
            return user.kind != .protocolType && !isGeneric(user) && !isTypeParameterPlaceholder(type)
                && !compiler.protocolState.placeholderTypes.contains(user)
        default: return false
        }
    }

    /// The operands of a binary operator, checked in the generator's order and contexts.
    func operands(_ lhs: Expr, _ rhs: Expr, context: CType?, isShift: Bool, op: String) -> (CType?, CType?) {
        let leftLiteral = lhs.isNumericLiteral, rightLiteral = rhs.isNumericLiteral
        // Beside a type parameter's placeholder, the literal is left unknown (see `integerLiteral`).
        func numeric(_ type: CType?) -> CType? {
            guard let type else { return nil }
            return isTypeParameterPlaceholder(type) ? placeholderLiteralOperandContext(type, op: op) : Compiler.literalOperandContext(type, op: op)
        }
        if leftLiteral && rightLiteral {
            var type: CType = lhs.containsFloatLiteral || rhs.containsFloatLiteral ? .double : .int
            if context == .double { type = .double }
            if case .integer? = context { type = context ?? type }
            return (check(lhs, expected: type), check(rhs, expected: type))
        } else if leftLiteral {
            let b = check(rhs, expected: context)
            guard b != nil || isShift else { return (nil, nil) }
            return (checkDecided(lhs, isShift ? context : numeric(b), basis: isShift ? [context] : [b]), b)
        } else if rightLiteral {
            let a = check(lhs, expected: context)
            guard a != nil || isShift else { return (nil, nil) }
            return (a, checkDecided(rhs, isShift ? .int : numeric(a), basis: isShift ? [] : [a]))
        }
        if let both = compiler.arrayLiteralOperandContext(op, lhs, beside: rhs, ofType: nil)
            ?? Compiler.tupleLiteralOperandContext(lhs, rhs) {
            recordDecidedContext(lhs, both, basis: [], bothOperands: true)
            return (check(lhs, expected: both), check(rhs, expected: both))
        }
        if Compiler.isLiteralArrayOperand(lhs), !Compiler.isLiteralArrayOperand(rhs) {
            let b = check(rhs, expected: context)
            guard b != nil else { return (nil, nil) }
            return (checkDecided(lhs, compiler.arrayLiteralOperandContext(op, lhs, beside: rhs, ofType: b) ?? context, basis: [b, context]), b)
        }
        recordDecidedContext(lhs, context, basis: [])  // neither operand a literal the other types: not both of one context
        let a = check(lhs, expected: context)
        guard let a else {
            // The right operand's context would be the left's type: unknown, so it is not checked.
            return (nil, nil)
        }
        if let joined = compiler.anyJoinedLiteralContext(op, a, rhs, context: context) {
            defaultedAnyLiterals.insert(rhs)  // `xs + ["s", 2]`: joined as an `[Any]` (`anyLiteralOperand`)
            return (a, checkDecided(rhs, joined, basis: [a, context]))
        }
        return (a, checkDecided(rhs, a, basis: [a, context]))
    }

    /// `operand` checked against `context`, the contextual type an operator's rule decided for it from the types
    /// `basis`, recorded for the generator (`Compiler.decidedContext`).
    private func checkDecided(_ operand: Expr, _ context: CType?, basis: [CType?]) -> CType? {
        recordDecidedContext(operand, context, basis: basis)
        return check(operand, expected: context)
    }

    /// Whether the cell declares `op` (an operator function, or a static operator of a declared type).
    func isDeclaredOperator(_ op: String) -> Bool {
        declaredOperators.contains(op)
    }

    /// Whether `operand` applies a declared prefix or postfix operator method (`+++1` in `(+++1)---`) to an operand
    /// whose type is known without a context: its type is that operator function's result, found without a context
    /// as the generator types an operator function's operand (`Compiler.compileOperatorFunctionPrefix`).
    private func isDeclaredPrefixOperand(_ operand: Expr) -> Bool {
        guard case .prefix(let op, let inner) = operand.kind, isDeclaredOperator(op),
              !Self.isOneSidedRangeOperator(op) else { return false }
        return Self.isContextFree(inner) || inner.isNumericLiteral || isDeclaredPrefixOperand(inner)
    }

    /// `a ?? b`: the wrapped type of `a`, with `b` checked against it.
    private func nilCoalescing(_ lhs: Expr, _ rhs: Expr, expected: CType?, at location: SourceLocation) -> CType? {
        let left = check(lhs, expected: expected.map { .optional($0) })
        guard case .optional(let wrapped)? = left else {
            guard let left, !left.hasError else { return nil }
            // `1 ?? 2` is valid Swift: swiftc warns, at the operator; a right side of another type is its error.
            let right = check(rhs, expected: left)
            guard let right, !right.hasError else { return nil }
            if right != left {
                report(.binaryOperatorTypes("??", left, right), at: location)
                return nil
            }
            warn(.nilCoalescingNonOptional(left), at: location)
            return left
        }
        let right = check(rhs, expected: compiler.coalescingRightContext(rhs, wrapped: wrapped, expected: expected))
        // `a ?? nil` where a non-optional is expected: the right side is an argument of the wrapped type (+NilLiterals).
        if right == nil, let expected, refusesNilLiteral(expected), !compiler.isAnyContext(expected),
           reportsNilLiteral(rhs, wrapped, as: .argument) { return .error }
        if right == .optional(wrapped) { return right }  // `a ?? b` of two optionals: an optional
        // In an `Any` context (`print(counts[k] ?? "missing")`): an `Any` (`Compiler.anyCoalescing`).
        if let right, right != wrapped, !right.hasError, compiler.isAnyContext(expected), compiler.canCoalesceAsAny(wrapped) {
            return expected
        }
        // `none ?? Square(side: 2)` with `none: (any Shape)?`: the right side held as the protocol type.
        if let right, case .user(let proto) = wrapped, proto.kind == .protocolType, !right.hasError,
           compiler.conforms(right, to: proto) { return wrapped }
        if let right, right != wrapped, refusesConversion(right, wrapped) {
            // `o ?? "q"` with `o: Int?`: swiftc's error at the operator (the generator only converts: issue 12).
            report(.binaryOperatorTypes("??", .optional(wrapped), right), at: location)
            return .error
        }
        return right == wrapped ? wrapped : nil
    }

    /// `-x`, `+x`, `!b`, `~n` on built-in types.
    func prefix(_ op: String, _ operand: Expr, expected: CType?, at location: SourceLocation) -> CType? {
        if Self.isOneSidedRangeOperator(op) {
            let range = partialRange(op, operand)
            if range == nil, oneSidedRangeOfAnotherBound(checked.type(of: operand), expected: expected, at: location) { return .error }
            return range
        }
        if let mistake = prefixLiteralMistake(op, operand, expected: expected) { return mistake }  // `-"s"` for a Double
        if reportsNilNegation(op, operand, expected: expected) { return .error }  // `!nil`, `-nil` (+NilLiterals)
        let declared = isDeclaredOperator(op)
        let literal = operand.isNumericLiteral
        let nested = declared && isDeclaredPrefixOperand(operand)
        guard op != "..<", op != "...", op != Expr.postfixRange,
              !declared || Self.isContextFree(operand) || literal || nested else {
            if Self.isContextFree(operand) { check(operand, expected: nil) }
            return nil
        }
        var type: CType
        if declared {
            // A declared operator function is picked by the operand's type without a context; when none takes it,
            // a literal operand is typed again against the context (as the generator compiles it).
            let trial = beginTrial()
            guard let found = check(operand, expected: nil) else {
                commit(trial)
                return nil
            }
            if let function = declaredPrefix(op, found) {
                commit(trial)
                reportConstantOperand(op, operand, found, at: location)  // TypeChecker+ConstantDiagnostics
                return function
            }
            // Another declared operator's result none of `op`'s functions takes: the built-in operators decide,
            // with the context the checker does not give it again.
            if nested {
                commit(trial)
                return nil
            }
            type = found
            if literal {
                rollback(to: trial)
                guard let again = check(operand, expected: expected) else { return nil }
                type = again
            } else {
                commit(trial)
            }
        } else {
            guard let found = check(operand, expected: expected) else { return nil }
            type = found
        }
        if let native = nativePrefix(op, type) { return native }
        if !declared, let mistake = nativePrefixMistake(op, operand, type, at: location) { return mistake }
        switch (op, type) {
        case ("-", .integer(let kind)) where !kind.signed: return declared ? nil : unaryMismatch(op, type, at: location)
        case ("-", .int), ("-", .double), ("-", .integer), ("+", .int), ("+", .double), ("+", .integer), ("~", .int), ("~", .integer),
             ("!", .bool):
            return type
        default:
            return declared ? nil : placeholderPrefixMistake(op, type, at: location) ?? unaryMismatch(op, type, at: location)
        }
    }
}

extension CType {
    /// Whether the type is `Int` or a fixed-width integer type.
    var isAnyInteger: Bool {
        if case .integer = self { return true }
        return self == .int
    }
}
