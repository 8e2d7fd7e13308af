/// Compound assignments (`s -= "b"`, `t += t`, `i += "a"`, `v += V()`) whose target type has no such operator for the
/// value, as the generator combines them (`Compiler.compileAssignment`: `target op value` must give the target's
/// type): the checker's mistakes, in swiftc's words and at its positions.
extension TypeChecker {
    /// The compound operators each built-in type has (`Compiler.compileBinary` compiles their operator).
    private static func compoundOperators(of type: CType) -> Set<String>? {
        switch type {
        case .int, .integer: return ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*="]
        case .double: return ["+=", "-=", "*=", "/="]
        case .string, .array: return ["+="]
        case .tuple, .set, .dictionary, .bool, .character: return []
        default: return nil
        }
    }

    /// The compound operators of the standard library the table above decides on (others are left unknown).
    private static let knownCompoundOperators: Set<String> = ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]

    /// `target op value` with a target of type `place` and a value of type `found`, both types the checker knows
    /// whole, where no operator the cell or a protocol extension declares may apply: `binary operator '-=' cannot be
    /// applied to two 'String' operands` (or `… operands of type '(Int, Int)' and 'Int'`) at the operator when the
    /// target's type has no such operator; `cannot convert value of type 'String' to expected argument type 'Int'`
    /// at the value when it has one for its own type; a declared operator whose result is another type (`func + (a:
    /// V, b: V) -> Int` for `v += V()`) as two operands of the target's type. Nil when the operator may apply.
    func compoundOperatorMistake(_ op: String, _ target: Expr, _ place: CType, _ found: CType, _ value: Expr,
                                 at location: SourceLocation) -> CType? {
        let binaryOp = String(op.dropLast())
        if let mistake = anyOperandsMistake(op, place, found, at: location) { return mistake }  // TypeChecker+AnyLiterals
        guard Self.knownCompoundOperators.contains(op), !declaredOperatorMayTake(op, place: place), !protocolExtensionsDeclare(op),
              !protocolExtensionsDeclare(binaryOp), !builtinExtensionsMayConvert,
              isKnownOperand(place), isKnownOperand(found) else { return nil }
        if case .user(let type) = place {
            // A declared `+` the generator calls for `+=`: a mistake when none of its overloads gives the target's type.
            let results = compiler.userOperatorCandidates(binaryOp, place, place).0
                .filter { $0.parameters.map(\.type) == [place, place] }.map(\.returnType)
            guard place == found, isPlainValueType(type) || !results.isEmpty, !results.contains(place) else { return nil }
            report(.binaryOperatorSameTypes(op, place), at: location)
            return .error
        }
        guard !declaresOperator(binaryOp, place, found) else { return nil }
        if let mistake = optionalCompoundMistake(op, target, place, found, value, at: location) { return mistake }
        guard let operators = Self.compoundOperators(of: place) else { return nil }
        if place == found {
            guard !operators.contains(op) else { return nil }
            report(.binaryOperatorSameTypes(op, place), at: location)
        } else if operators.contains(op) {
            // Shifts take any integer amount, an array or a string appends any sequence (`xs += aSet`, `s += sub`);
            // anything else that does not convert is the value's mistake (`s += 5`, `s += c` of a Character, `xs += 5`).
            guard op != "<<=", op != ">>=", !(place.isAnyInteger && found.isAnyInteger),
                  !((place == .string || Self.isArrayOrSet(place)) && Self.isSequence(found)),
                  certainlyMismatches(found, place) || refusesConversion(found, place) else { return nil }
            report(.argumentType(found, expected: place), at: value.conversionLocation)
        } else {
            report(.binaryOperatorTypes(op, place, found), at: location)
        }
        return .error
    }

    /// `o += 1` on an `Int?` (or `i += o` adding one to an `Int`): an optional operand whose wrapped type has the
    /// operator for the other operand is to be unwrapped (swiftc's `value of optional type 'Int?' must be unwrapped to a
    /// value of type 'Int'` at each optional operand); an optional target whose wrapped type has no such operator for
    /// the value is swiftc's `binary operator '+=' cannot be applied to operands of type 'Int?' and 'Double'` at the
    /// operator. Nil when neither operand is such an optional.
    private func optionalCompoundMistake(_ op: String, _ target: Expr, _ place: CType, _ found: CType, _ value: Expr,
                                         at location: SourceLocation) -> CType? {
        guard case .optional(let wrapped) = place else {
            guard case .optional(let wrappedValue) = found, wrappedValue == place,
                  Self.compoundOperators(of: place)?.contains(op) == true else { return nil }
            report(.optionalNotUnwrapped(found, wrapped: place), at: value.conversionLocation)
            return .error
        }
        guard !wrapped.isOptional, let operators = Self.compoundOperators(of: wrapped) else { return nil }
        if operators.contains(op), found == wrapped || found == place {
            report(.optionalNotUnwrapped(place, wrapped: wrapped), at: target.conversionLocation)
            if found == place { report(.optionalNotUnwrapped(found, wrapped: wrapped), at: value.conversionLocation) }
        } else {
            // A string literal given to a Character is a String for swiftc (as in `characterCompoundMistake`).
            let operand: CType = wrapped == .character && Self.literalType(value) == .string ? .string : found
            report(operand == place ? .binaryOperatorSameTypes(op, place) : .binaryOperatorTypes(op, place, operand), at: location)
        }
        return .error
    }

    /// `o <<= 2` on an optional integer (the generator's shifts take any integer amount, so the assignment leaves
    /// the value unchecked): swiftc's `binary operator '<<=' cannot be applied to operands of type 'Int?' and 'Int'`
    /// at the operator; false (nothing checked) otherwise.
    func reportsOptionalShift(_ op: String, _ place: CType, _ value: Expr, at location: SourceLocation) -> Bool {
        guard op == "<<=" || op == ">>=", case .optional(let wrapped) = place, wrapped.isAnyInteger,
              !declaredOperators.contains(op), !protocolExtensionsDeclare(op), !builtinExtensionsMayConvert,
              let found = check(value, expected: nil), isClosed(found) else { return false }
        report(.binaryOperatorTypes(op, place, found), at: location)
        return true
    }

    /// Whether an operator function the cell declares may take `a op b` (`Compiler.compileUserOperator` takes the first
    /// whose parameters are exactly the operands' types; a generic one may take any).
    private func declaresOperator(_ op: String, _ a: CType, _ b: CType) -> Bool {
        guard declaredOperators.contains(op) else { return false }
        if compiler.protocolState.genericFunctions[op] != nil { return true }
        return compiler.userOperatorCandidates(op, a, b).candidates.contains { $0.parameters.map(\.type) == [a, b] }
    }

    /// A type the checker knows whole (no placeholder, protocol or native type whose operators it may not see).
    private func isKnownOperand(_ type: CType) -> Bool {
        switch type {
        case .tuple(let elements): return elements.allSatisfy { isKnownOperand($0.type) }
        case .user(let user): return !isGeneric(user) && user.kind != .protocolType && !isTypeParameterPlaceholder(type)
        default: return isClosed(type)
        }
    }

    /// Whether an extension of a built-in type declares a conformance or an initializer (`extension Int:
    /// ExpressibleByStringLiteral`), which may let an operand convert where it would not; the operators extensions
    /// declare are in `declaredOperators`, their other members change no operator.
    private var builtinExtensionsMayConvert: Bool {
        compiler.protocolState.builtinExtensions.values.contains { !$0.conformances.isEmpty || !$0.initializers.isEmpty }
    }

    /// Whether a value of `type` is a sequence an array or a string may append (`+=`).
    private static func isSequence(_ type: CType) -> Bool {
        switch type {
        case .array, .set, .arraySlice, .dictionary, .range, .closedRange, .string, .substring, .stringView: return true
        default: return false
        }
    }

    private static func isArrayOrSet(_ type: CType) -> Bool {
        switch type {
        case .array, .set: return true
        default: return false
        }
    }
}
