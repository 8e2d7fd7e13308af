import Diagnostics

/// Array literals whose elements have no common type but `Any` (`[1, "s", 3]`, `[[1, 2], ["s"]]`, `[(0, 0), ("s",
/// 0)]`) without a contextual type: swiftc types them `[Any]` (rows of them `[[Any]]`) and refuses that only for the
/// whole initial value of a variable without an annotation (`heterogeneous collection literal could only be inferred
/// to '[Any]'; add explicit type annotation if this is intentional`); as an argument (`print([1, "s"])`, a generic
/// `T`), an operand, a `for`-`in` sequence or another literal's element it is an `[Any]`, whose elements' later uses
/// are checked as `Any`s.
extension TypeChecker {
    /// `[Any]` for the rows of a literal whose rows are literals of plain values (numbers, texts, Booleans) of more
    /// than one kind (`[[1, 2], ["s"]]`, `[[1, false]]`): swiftc types every row `[Any]`; nil otherwise.
    func anyRowsElement(_ rows: [Expr]) -> CType? {
        guard !rows.isEmpty else { return nil }
        var kinds = Set<CType>()
        for row in rows {
            guard case .array(let items) = row.kind else { return nil }
            for item in items {
                guard let kind = Self.literalType(item) else { return nil }
                kinds.insert(kind == .double ? .int : kind)  // number literals of both kinds are Doubles
            }
        }
        return kinds.count > 1 ? .array(.user(compiler.anyType)) : nil
    }

    /// `[Any]` for a literal `literal` without a context whose elements (`mixed`, beside the first one's `element`
    /// type) are values of the plain types, or tuples of them, of no common type; the literal is noted as typed so
    /// (`defaultedAnyLiterals`). Nil for other mixes and for a literal a tuple pattern destructures (worded element
    /// by element).
    func defaultedAnyArray(_ literal: Expr?, _ mixed: [(Expr, CType)], _ element: CType) -> CType? {
        guard let literal, valueContexts[literal] != .tupleDestructured, Self.joinsAsAny(element),
              mixed.allSatisfy({ Self.joinsAsAny($0.1) }) else { return nil }
        defaultedAnyLiterals.insert(literal)
        return .array(.user(compiler.anyType))
    }

    /// Whether a value of type `type` joins a value of another such type only as `Any`: a number, text, Boolean or
    /// Character, or a tuple of them.
    private static func joinsAsAny(_ type: CType) -> Bool {
        if case .tuple(let elements) = type { return elements.allSatisfy { plainTypes.contains($0.type) } }
        return plainTypes.contains(type)
    }

    private static let plainTypes: Set<CType> = [.int, .double, .string, .bool, .character]

    /// The initial value `value` of a variable without an annotation, typed `found`: when it is an array literal
    /// typed `[Any]` for its mixed elements outside a closure's body, swiftc's `heterogeneous collection literal could only be inferred to
    /// '[Any]'` at its `[` and nil (the variable's type unknown); `found` otherwise.
    func unannotatedAnyLiteral(_ value: Expr, _ found: CType?) -> CType? {
        // In a closure's body swiftc checks the variable with the closure and accepts the `[Any]`.
        guard defaultedAnyLiterals.contains(value), let found, bodyContext.inClosureBody != true else { return found }
        report(.heterogeneousCollectionLiteral(found.description), at: value.location)
        return nil
    }

    /// An operand `lhs` or `rhs` of an operator `op` that is an array literal typed `[Any]` for its mixed elements:
    /// `+` with another array (`["s", 2] + xs`) joins them as an `[Any]`, as swiftc does (`Compiler.anyArrayConcatenation`);
    /// another operator of such a left literal and an array has no operator (`binary operator '-' cannot be applied to
    /// operands of type '[Any]' and '[Double]'`, at the operator); for other operands swiftc takes the library's
    /// generic operators on `[Any]`, which the generator does not have, and nbrun keeps swiftc's words for such a
    /// literal alone, at its `[`, and the error type. Nil otherwise.
    func anyLiteralOperand(_ op: String, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) -> CType? {
        guard let operand = [lhs, rhs].first(where: defaultedAnyLiterals.contains) else { return nil }
        if let a = checked.type(of: lhs), let b = checked.type(of: rhs), Compiler.anyArrayConcatenates(a, b, any: compiler.anyType) {
            if op == "+" { return a == b ? a : .array(.user(compiler.anyType)) }
            if operand === lhs, ["-", "*", "/"].contains(op) {
                report(a == b ? .binaryOperatorSameTypes(op, a) : .binaryOperatorTypes(op, a, b), at: location)
                return .error
            }
        }
        report(.heterogeneousCollectionLiteral("[Any]"), at: operand.location)
        return .error
    }

    /// Whether a value of type `found` is an `Any`, which converts to no type the checker knows all conversions of
    /// (`isClosed`, tuples of such types, optionals of them): swiftc's `cannot convert value of type 'Any' to
    /// expected argument type 'Int'` where an element of an `[Any]` literal is used as the value it was.
    func anyCertainlyMismatches(_ found: CType, _ expected: CType) -> Bool {
        guard found == .user(compiler.anyType) else { return false }
        switch expected.unwrapped {
        case .tuple(let elements): return elements.allSatisfy { isClosed($0.type) }
        case let wanted: return isClosed(wanted)
        }
    }

    /// Whether an element of type `found` beside a first one of type `element` makes a literal an `[Any]` where
    /// `certainlyMismatches` cannot tell: a tuple beside a plain value or a tuple of other plain types (`(0, 0)` and
    /// `("s", 0)`), not where only an Int and a Double differ (number literals of one type).
    func mixesAsAny(_ found: CType, _ element: CType) -> Bool {
        guard found != element, Self.joinsAsAny(found), Self.joinsAsAny(element) else { return false }
        guard case .tuple(let left) = found, case .tuple(let right) = element, left.count == right.count else { return true }
        return zip(left, right).contains { pair in
            pair.0.type != pair.1.type && !(Set([pair.0.type, pair.1.type]) == [.int, .double])
        }
    }

    /// The operators of numbers and texts, and their compound forms, an `Any` operand has none of.
    private static let valueOperators: Set<String> = [
        "+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=",
    ]

    /// `a op b` (or `a op= b`) where an operand is an `Any` (an element of an `[Any]` literal) and the other an `Any`
    /// or a plain value, with no declared operator `op`: swiftc's `binary operator '*' cannot be applied to two 'Any'
    /// operands` (`… operands of type 'Any' and 'Int'`) at the operator; for `==` and `!=`, its conversion of each
    /// `Any` of the `operands` to `any (~Copyable & ~Escapable).Type` (the metatype overload it is left with), at it.
    /// Nil otherwise.
    func anyOperandsMistake(_ op: String, _ a: CType, _ b: CType, operands: (Expr, Expr)? = nil,
                            at location: SourceLocation) -> CType? {
        let any = CType.user(compiler.anyType)
        guard Self.valueOperators.contains(op), a == any || b == any, Self.joinsAsAny(a) || a == any,
              Self.joinsAsAny(b) || b == any, !isDeclaredOperator(op), !declaredOperators.contains(op),
              !protocolExtensionsDeclare(op) else { return nil }
        if op == "==" || op == "!=" {
            guard let operands else { return nil }
            for (operand, type) in [(operands.0, a), (operands.1, b)] where type == any {
                report(.argumentType(any, expected: .native("any (~Copyable & ~Escapable).Type")), at: operand.location)
            }
        } else {
            report(a == b ? .binaryOperatorSameTypes(op, a) : .binaryOperatorTypes(op, a, b), at: location)
        }
        return .error
    }

    /// A call the checker could not type: `Int(x)` or `Double(x)` of an `Any` (`no exact matches in call to
    /// initializer`); one whose receiver or argument is an array literal typed `[Any]` (or rows of `[Any]`): where a requirement leaves `Any` out (`Set(["s", 2])`, a method of `Array where Element: Numeric`),
    /// swiftc joins the elements as the number literals' type instead and reports each other element's conversion
    /// (`cannot convert value of type 'String' to expected element type 'Int'`); the error type then, nil when no
    /// such literal is there.
    func anyLiteralArgumentMistake(_ callee: Expr, _ arguments: [Argument]) -> CType? {
        // `Double(x)` of an `Any` (`$1` of an `[Any]`'s `reduce`): no initializer takes it, at the type's name.
        if case .name(let name) = callee.kind, name == "Int" || name == "Double", arguments.count == 1,
           arguments[0].label == nil, checked.type(of: arguments[0].value) == .user(compiler.anyType),
           let referent = resolution.referent(of: callee), isBuiltinName(name, referent) {
            report(.noMatchingInitializer, at: callee.location)
            return .error
        }
        var candidates = arguments.map(\.value)
        if case .member(let base?, _, _) = callee.kind { candidates.append(base) }
        for literal in candidates {
            guard case .array(let elements) = literal.kind else { continue }
            if defaultedAnyLiterals.contains(literal) {
                reportJoinedElements(elements)
            } else if anyRowLiterals.contains(literal) {
                reportJoinedElements(elements.flatMap { row -> [Expr] in
                    if case .array(let items) = row.kind { return items } else { return [] }
                })
            } else {
                continue
            }
            return .error
        }
        return nil
    }

    /// Reports the elements of a literal that are not of the type swiftc joins them as: the number literals' (a
    /// Double when one is a floating-point literal), else the first element's type.
    private func reportJoinedElements(_ elements: [Expr]) {
        let types = elements.map { Self.literalType($0) ?? checked.type(of: $0) }
        let numbers = elements.filter(\.isNumericLiteral)
        let target: CType? = numbers.isEmpty ? types.first ?? nil : numbers.contains(where: \.containsFloatLiteral) ? .double : .int
        guard let target else { return }
        for (element, type) in zip(elements, types) {
            guard let type, type != target, !(type == .int && target == .double && element.isNumericLiteral) else { continue }
            report(.elementType(type, expected: target), at: element.conversionLocation)
        }
    }
}
