/// Mistakes in a generic function's body checked under the generator's placeholders for its type parameters
/// (`TypeChecker+PlaceholderBodies`), worded against the type parameters as swiftc words them: an operator the
/// parameter's constraints do not give (`a / 2` on a `T: Numeric` is "binary operator '/' cannot be applied to operands
/// of type 'T' and 'Int'", `a * a` on a `T: AdditiveArithmetic`, `a < b` on a `T: Equatable`, `a == b` on an
/// unconstrained `T`), a prefix `-` without `SignedNumeric`, a compound assignment without its operator (`t *= a`), an
/// integer literal beside an `AdditiveArithmetic` value (`a + 1`), an implicit member the parameter has not (`.zero` on
/// a `T: Equatable`), and conversions between a type parameter and another type (`let x: T = 1.5`, `return a` from a
/// function returning Int). Each as the generator reports it (`Compiler+ArithmeticConstraints`, the operators'
/// mismatches), and only for a closed placeholder: a type parameter whose constraints are all the library's
/// (`Equatable`, `Hashable`, `Comparable`, the arithmetic protocols), where no declaration of the cell (an operator
/// function, a static operator, a protocol extension's member) can give it the operator or member.
extension TypeChecker {
    private static let arithmeticOperators: Set<String> = ["+", "-", "*", "/", "%"]
    private static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

    /// `type` when it is a type parameter's placeholder of the generic body being checked whose constraints are all
    /// the library's (no protocol of the cell, no `Sequence`, no associated types); nil otherwise.
    func closedPlaceholder(_ type: CType?) -> UserType? {
        guard bodyContext.reportsPlaceholderMistakes, case .user(let placeholder)? = type, placeholder.kind == .protocolType,
              compiler.protocolState.placeholderTypes.contains(placeholder), specialization?.values.contains(.user(placeholder)) == true,
              let info = placeholder.protocolInfo, info.parents.isEmpty, info.associatedTypes.isEmpty else { return nil }
        return placeholder
    }

    /// The library protocols a closed placeholder meets (`Numeric` implies `AdditiveArithmetic` and `Equatable`).
    private static func protocols(of placeholder: UserType) -> Set<String> {
        placeholder.protocolInfo?.builtinParents ?? []
    }

    /// The arithmetic operators a placeholder meeting `protocols` has (`Compiler.arithmeticOperators`).
    private static func arithmetic(_ protocols: Set<String>) -> Set<String> {
        guard protocols.contains("AdditiveArithmetic") else { return [] }
        var operators: Set<String> = ["+", "-"]
        if protocols.contains("Numeric") { operators.insert("*") }
        if protocols.contains("BinaryInteger") { operators.formUnion(["/", "%"]) }
        return operators
    }

    /// The contextual type of a number literal operand of `op` beside an operand of the placeholder `type`: the
    /// placeholder where it takes the literal with that operator (`Compiler.placeholderLiteralContext`), nil where the
    /// generator types the literal alone (an Int, then the operator's mistake); `type` for other placeholders.
    func placeholderLiteralOperandContext(_ type: CType, op: String) -> CType? {
        guard let placeholder = closedPlaceholder(type), Self.protocols(of: placeholder).contains("AdditiveArithmetic") else { return type }
        return compiler.placeholderLiteralContext(type, op: op)
    }

    /// `a op b` where an operand is a closed placeholder and the other the same placeholder or an integer literal
    /// the placeholder does not take with `op` (typed an Int): the operator's mistake, reported at the operator (at
    /// the literal, for one beside an `AdditiveArithmetic` value whose arithmetic operator applies: `a + 1`; `a == 2`
    /// compares a 'T' and an 'Int'); the error type after
    /// reporting, nil otherwise. A literal on the left (`2 / a`) or beside `%` is left to the generator, whose
    /// wording is not swiftc's there ("cannot convert value of type 'T' to expected argument type 'Int'").
    func placeholderOperatorMistake(_ op: String, _ a: CType, _ b: CType, _ lhs: Expr, _ rhs: Expr,
                                    at location: SourceLocation) -> CType? {
        if let mistake = unconstrainedOperandsMistake(op, a, b, at: location) { return mistake }
        guard let placeholder = closedPlaceholder(a) ?? closedPlaceholder(b), !declaredOperators.contains(op),
              !protocolExtensionsDeclare(op) else { return nil }
        let type = CType.user(placeholder), protocols = Self.protocols(of: placeholder)
        let isComparison = Self.comparisons.contains(op)
        guard isComparison || Self.arithmeticOperators.contains(op) else { return nil }
        let has = isComparison ? (op == "==" || op == "!=" ? type.isEquatable : placeholder.conformances.contains("Comparable"))
                               : Self.arithmetic(protocols).contains(op)
        if a == b {
            guard !has else { return nil }
            report(.binaryOperatorSameTypes(op, a), at: location)
            return .error
        }
        let (other, literal) = a == type ? (b, rhs) : (a, lhs)
        if has, !isComparison, other == .double, literal.isNumericLiteral, literal.containsFloatLiteral {
            // `a + 1.5`: no arithmetic placeholder is `ExpressibleByFloatLiteral` (`Compiler.placeholderArithmetic`).
            report(.argumentType(.double, expected: type), at: literal.location)
            return .error
        }
        if has, !isComparison, other == .string, case .stringLiteral = literal.kind {
            // `a + "s"`: swiftc converts the literal to the placeholder's type, which takes no string literal.
            report(.argumentType(.string, expected: type), at: literal.location)
            return .error
        }
        guard other == .int, literal.isNumericLiteral, !literal.containsFloatLiteral,
              compiler.placeholderLiteralContext(type, op: op) == nil else { return nil }
        if has, !isComparison {
            // `a + 1` on an `AdditiveArithmetic` value, which is not `ExpressibleByIntegerLiteral`.
            guard !protocols.contains("Numeric") else { return nil }
            report(.argumentType(.int, expected: type), at: literal.location)
            return .error
        }
        guard a == type, op != "%" else { return nil }
        report(.binaryOperatorTypes(op, a, b), at: location)
        return .error
    }

    /// `x * 2`, `2 * x`, `x == 0` where `x` has a placeholder's type that takes the integer literal with `op`
    /// (`Compiler.placeholderLiteralContext`: a `Numeric` one): the literal is left unknown (`integerLiteral`), the
    /// operation has the placeholder's type, a comparison is a Bool, as the generator types them (`map { $0 * 2 }` in
    /// `extension Array where Element: Numeric`). Nil for other operands.
    func placeholderLiteralOperation(_ op: String, _ a: CType?, _ b: CType?, _ lhs: Expr, _ rhs: Expr) -> CType? {
        let value: CType, literal: Expr
        switch (a, b) {
        case (let known?, nil): (value, literal) = (known, rhs)
        case (nil, let known?): (value, literal) = (known, lhs)
        default: return nil
        }
        guard isTypeParameterPlaceholder(value), literal.isNumericLiteral, !literal.containsFloatLiteral,
              compiler.placeholderLiteralContext(value, op: op) == value else { return nil }
        return Self.comparisons.contains(op) ? .bool : Compiler.placeholderOperatorResult(op, value, value)
    }

    /// `a op b` whose operands are both placeholders without any constraint (an unconstrained type parameter or
    /// associated type: `C1.Item == C2.Item`, `item + item` on a protocol extension's `Self.Item`), where no operator
    /// of the library or the cell applies: reported at the operator; nil otherwise.
    private func unconstrainedOperandsMistake(_ op: String, _ a: CType, _ b: CType, at location: SourceLocation) -> CType? {
        guard bodyContext.reportsPlaceholderMistakes, isUnconstrainedPlaceholder(a), isUnconstrainedPlaceholder(b),
              Self.comparisons.contains(op) || Self.arithmeticOperators.contains(op),
              !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return nil }
        report(a == b ? .binaryOperatorSameTypes(op, a) : .binaryOperatorTypes(op, a, b), at: location)
        return .error
    }

    /// Whether `type` is a placeholder the generator made for a type parameter or an associated type without any
    /// constraint (no protocol of the library or the cell, no associated types).
    private func isUnconstrainedPlaceholder(_ type: CType) -> Bool {
        guard case .user(let placeholder) = type, placeholder.kind == .protocolType,
              compiler.protocolState.placeholderTypes.contains(placeholder), let info = placeholder.protocolInfo else { return false }
        return info.parents.isEmpty && info.associatedTypes.isEmpty && info.builtinParents.isEmpty && placeholder.conformances.isEmpty
    }

    /// `-a` on a closed placeholder that is not `SignedNumeric`: reported at the operator; nil otherwise.
    func placeholderPrefixMistake(_ op: String, _ type: CType, at location: SourceLocation) -> CType? {
        guard op == "-", let placeholder = closedPlaceholder(type), !Self.protocols(of: placeholder).contains("SignedNumeric"),
              !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return nil }
        report(.unaryOperatorType(op, type), at: location)
        return .error
    }

    /// `t *= a` on a closed arithmetic placeholder without the operator (`Compiler.placeholderCompoundRefusal`), the
    /// value of the placeholder's type: reported at the operator. True when reported.
    func placeholderCompoundMistake(_ op: String, _ place: CType, _ value: CType?, at location: SourceLocation) -> Bool {
        guard let placeholder = closedPlaceholder(place), value == place, op.count > 1, op.hasSuffix("="),
              Self.arithmeticOperators.contains(String(op.dropLast())),
              !Self.arithmetic(Self.protocols(of: placeholder)).isEmpty,
              !Self.arithmetic(Self.protocols(of: placeholder)).contains(String(op.dropLast())),
              !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return false }
        report(.binaryOperatorSameTypes(op, place), at: location)
        return true
    }

    /// `s += t` where the target is of a closed type and the value of a closed placeholder (`T`), or `t += "a"` where
    /// the target is of a closed placeholder and the value a String, a Character or a Bool, which no library operator
    /// combines: `binary operator '+=' cannot be applied to operands of type 'String' and 'T'`, at the operator. True
    /// when reported.
    func placeholderValueCompoundMistake(_ op: String, _ place: CType, _ value: CType?, at location: SourceLocation) -> Bool {
        guard let value, op.count > 1, op.hasSuffix("="), Self.arithmeticOperators.contains(String(op.dropLast())),
              !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return false }
        let placeholderPlace = closedPlaceholder(place) != nil, placeholderValue = closedPlaceholder(value) != nil
        if placeholderValue, !placeholderPlace, isClosed(place) {
            report(.binaryOperatorTypes(op, place, value), at: location)
            return true
        }
        guard placeholderPlace, !placeholderValue, [CType.string, .character, .bool].contains(value) else { return false }
        report(.binaryOperatorTypes(op, place, value), at: location)
        return true
    }

    /// `.zero` where a closed placeholder is expected that has no such static member (only an arithmetic one has
    /// `zero`): `type 'T' has no member 'zero'`, at the member's name; nil otherwise.
    func placeholderImplicitMemberMistake(_ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        guard let placeholder = closedPlaceholder(expected), !protocolExtensionsDeclare(name), name != "init", name != "self",
              name != "zero" || Self.protocols(of: placeholder).isDisjoint(with: ["AdditiveArithmetic"]) else { return nil }
        report(.typeHasNoMember(placeholder.name, member: name, suggestion: nil), at: location)
        return .error
    }

    /// Whether a value of `found` certainly does not convert to `expected` where one of them is a closed placeholder
    /// and the other a placeholder or a type the checker knows completely, neither optional (a type parameter converts
    /// to itself only, and to its optionals, whose mistakes the generator words otherwise).
    func placeholderCertainlyMismatches(_ found: CType, _ expected: CType) -> Bool {
        func known(_ type: CType) -> Bool { closedPlaceholder(type) != nil || (isClosed(type) && !type.isOptional) }
        return found != expected && known(found) && known(expected)
    }

    /// `c ? "s" : t` where a closed placeholder `T` is expected: the branch of another type than `T` (the other being
    /// a `T`), which the caller reports as the whole value's conversion (swiftc: `cannot convert return expression of
    /// type 'String' to return type 'T'`, at the `?`); nil otherwise.
    func placeholderBranchMismatch(_ a: CType, _ b: CType, expected: CType?) -> CType? {
        guard let expected, closedPlaceholder(expected) != nil else { return nil }
        if a == expected, placeholderCertainlyMismatches(b, expected) { return b }
        if b == expected, placeholderCertainlyMismatches(a, expected) { return a }
        return nil
    }

    /// Whether a value of the concrete type `found` certainly does not convert to `expected`, the placeholder of a type
    /// parameter of the generic body being checked whose constraints name a protocol of the cell (`T: Shape`): no
    /// concrete type converts to a type parameter (`let x: T = 5` is swiftc's `cannot convert value of type 'Int' to
    /// specified type 'T'`), unless its constraints make it literal-expressible. `found` is a type the checker knows
    /// completely (no optional) or a declared struct or enum. Not in a template's body (`Self` bound), whose associated
    /// types a `where` clause may make concrete.
    func constrainedPlaceholderMismatches(_ found: CType, _ expected: CType) -> Bool {
        guard bodyContext.reportsPlaceholderMistakes, case .user(let placeholder) = expected, placeholder.kind == .protocolType,
              compiler.protocolState.placeholderTypes.contains(placeholder), specialization?.values.contains(expected) == true,
              specialization?["Self"] == nil, !isTypeParameterPlaceholder(found), !found.isOptional else { return false }
        // A closed placeholder's mistakes are `placeholderCertainlyMismatches`'; an arithmetic protocol takes literals.
        guard closedPlaceholder(expected) == nil else { return false }
        let family = compiler.protocolFamily(placeholder)
        guard !family.contains(where: { member in
            member.protocolInfo?.builtinParents.contains { $0.hasPrefix("ExpressibleBy") || Compiler.arithmeticProtocols[$0] != nil } ?? true
        }) else { return false }
        switch found {
        case .user(let type): return type.kind == .structure || type.kind == .enumeration
        default: return isClosed(found)
        }
    }

    /// Whether a collection or an optional of a placeholder's type (`[T]`, `[Self.Item]`, `Self.Element?`) certainly does
    /// not convert to `expected` in a body checked under the placeholders: a scalar of the library (`let n: Int =
    /// items`), or for a collection a type parameter's placeholder too (`let x: T = xs`, outside a template's body,
    /// where a `where` clause may bind an associated type to a collection).
    func placeholderShapeMismatches(_ found: CType, _ expected: CType) -> Bool {
        guard bodyContext.reportsPlaceholderMistakes, compiler.mentionsPlaceholder(found) else { return false }
        let scalar: Bool
        switch expected {
        case .int, .double, .string, .bool, .character, .integer: scalar = true
        default: scalar = false
        }
        switch found {
        case .array, .set, .dictionary:
            if scalar { return true }
            guard specialization?["Self"] == nil, case .user(let placeholder) = expected, placeholder.kind == .protocolType,
                  compiler.protocolState.placeholderTypes.contains(placeholder) else { return false }
            return true
        case .optional: return scalar
        default: return false
        }
    }
}

