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
    func compoundOperatorMistake(_ op: String, _ place: CType, _ found: CType, _ value: Expr,
                                 at location: SourceLocation) -> CType? {
        let binaryOp = String(op.dropLast())
        guard Self.knownCompoundOperators.contains(op), !declaredOperators.contains(op), !protocolExtensionsDeclare(op),
              !protocolExtensionsDeclare(binaryOp), compiler.protocolState.builtinExtensions.isEmpty,
              isKnownOperand(place), isKnownOperand(found) else { return nil }
        if case .user(let type) = place {
            // A declared `+` the generator calls for `+=`: a mistake when none of its overloads gives the target's type.
            let results = compiler.userOperatorCandidates(binaryOp, place, place).0
                .filter { $0.parameters.map(\.type) == [place, place] }.map(\.returnType)
            guard place == found, isPlainValueType(type) || !results.isEmpty, !results.contains(place) else { return nil }
            report(.binaryOperatorSameTypes(op, place), at: location)
            return .error
        }
        guard !declaresOperator(binaryOp, place, found), let operators = Self.compoundOperators(of: place) else { return nil }
        if place == found {
            guard !operators.contains(op) else { return nil }
            report(.binaryOperatorSameTypes(op, place), at: location)
        } else if operators.contains(op) {
            // Shifts take any integer amount, an array appends other sequences, a string a substring.
            guard op != "<<=", op != ">>=", place != .string || found == .int || found == .double || found == .bool,
                  !Self.isArrayOrSet(place), !(place.isAnyInteger && found.isAnyInteger) else { return nil }
            report(.argumentType(found, expected: place), at: value.conversionLocation)
        } else {
            report(.binaryOperatorTypes(op, place, found), at: location)
        }
        return .error
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

    private static func isArrayOrSet(_ type: CType) -> Bool {
        switch type {
        case .array, .set: return true
        default: return false
        }
    }
}
