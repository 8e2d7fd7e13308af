import Diagnostics

/// Literals of another type where the standard library wants an Int or the element type (issue 12): an array's index
/// (`xs["s"]`), a range's bound (`0..<"s"`), the initial value of `reduce` with an operator (`xs.reduce("s", +)`),
/// worded and placed as swiftc words them. Where nothing around the value constrains its type (the initial value of
/// a `let` without annotation, an argument of `print`), swiftc cannot choose among the library's overloads and says
/// so (`no exact matches in call to subscript`, `conflicting arguments to generic parameter 'Self'`); elsewhere it
/// takes the Int overload and reports the argument (`cannot convert value of type 'String' to expected argument
/// type 'Int'`).
extension TypeChecker {
    /// Notes that nothing around `value` constrains its type (`ValueContext.contextFreeOperand`).
    func noteContextFree(_ value: Expr) {
        switch value.kind {
        case .subscriptAccess(let base, _): valueContexts[base] = .contextFreeOperand
        case .binary(_, let lhs, _, _): valueContexts[lhs] = .contextFreeOperand
        case .call: valueContexts[value] = .contextFreeOperand  // `let u = UnicodeScalar(65)`: the failable one
        case .cast(let operand, _, _):  // `print(UnicodeScalar(65) as Any)`: the same
            if case .call = operand.kind { valueContexts[operand] = .contextFreeOperand }
        case .array(let elements):  // `let us = [UnicodeScalar(67), UnicodeScalar(68)]`: the same
            for element in elements { if case .call = element.kind { valueContexts[element] = .contextFreeOperand } }
        default: break
        }
    }

    /// The types an array index certainly cannot stand for an Int as.
    private static let nonIndexTypes: Set<CType> = [.string, .double, .bool, .character]
    /// The types a range bound beside an Int is certainly no Int as (a Double bound makes a Double range).
    private static let nonBoundTypes: Set<CType> = [.string, .bool, .character]

    /// `xs[i]` on an array or a slice with an index of type `found` that is no Int nor range: swiftc's
    /// `no exact matches in call to subscript` at the `[` where nothing constrains the element, else the index's
    /// conversion to Int; nil for other index types (left unknown).
    func arrayIndexMistake(_ found: CType, _ index: Expr, base: Expr, at location: SourceLocation) -> CType? {
        guard Self.nonIndexTypes.contains(found) else { return nil }
        if valueContexts[base] == .contextFreeOperand {
            report(.noMatchingSubscript, at: location)
        } else {
            report(.argumentType(found, expected: .int), at: index.conversionLocation)
        }
        return .error
    }

    /// `a..<b` or `a...b` with an Int on one side and a value of another basic type on the other: swiftc's
    /// `conflicting arguments to generic parameter 'Self' ('String' vs. 'Int')` at the operator where nothing
    /// constrains the range (the operand that is no literal named first, else the right one), else the other
    /// operand's conversion to Int; nil otherwise.
    func rangeBoundMistake(_ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType, at location: SourceLocation) -> CType? {
        let other: (type: CType, expr: Expr)
        if a == .int, Self.nonBoundTypes.contains(b) {
            other = (b, rhs)
        } else if b == .int, Self.nonBoundTypes.contains(a) {
            other = (a, lhs)
        } else {
            return nil
        }
        if valueContexts[lhs] == .contextFreeOperand {
            let lhsIsLiteral = lhs.isNumericLiteral || Self.literalType(lhs) != nil
            report(.conflictingGenericArguments(lhsIsLiteral ? b : a, lhsIsLiteral ? a : b, parameter: "Self"), at: location)
        } else {
            report(.argumentType(other.type, expected: .int), at: other.expr.conversionLocation)
        }
        return .error
    }

    /// `xs.reduce("s", +)`: an initial literal of a basic type, combined with the elements by an arithmetic operator
    /// that only numbers of the element type take: swiftc's conversion of the literal to the element type, at it
    /// (the call then has the element type); nil otherwise.
    func reduceInitialMistake(_ arguments: [Argument], element: CType) -> CType? {
        guard arguments.count == 2, case .name(let op) = arguments[1].value.kind, ["+", "-", "*", "/"].contains(op),
              !isDeclaredOperator(op), element == .int || element == .double || isTypeParameterPlaceholder(element),
              let found = Self.literalType(arguments[0].value), found == .string || found == .bool else { return nil }
        check(arguments[0].value, expected: nil)
        report(.argumentType(found, expected: element), at: arguments[0].value.conversionLocation)
        return element  // swiftc's choice: the element's operator, whose result is the element
    }
}

/// Operands of the built-in operators that are values of another basic type (`-"s"` where a Double is expected,
/// `count * "s"`, `1 && ok`), worded and placed as swiftc words them.
extension TypeChecker {
    /// `-"s"` or `+"s"` where the context expects a number: swiftc takes the number's operator and reports the
    /// literal's conversion (`cannot convert value of type 'String' to expected argument type 'Double'`, at it); nil
    /// otherwise (without a context, the operator's mistake).
    func prefixLiteralMistake(_ op: String, _ operand: Expr, expected: CType?) -> CType? {
        guard op == "-" || op == "+", Compiler.isPlainTextLiteral(operand), let expected,
              expected == .int || expected == .double || expected.isAnyInteger, declaredPrefix(op, .string) == nil else { return nil }
        check(operand, expected: nil)
        report(.argumentType(.string, expected: expected), at: operand.conversionLocation)
        return .error
    }

    /// `n * "s"`, `x / "s"`, `n % "s"`: a text literal right of an arithmetic operator (not `+`, which joins strings)
    /// whose left operand is a number (or a type parameter's placeholder): swiftc takes the number's operator and
    /// reports the literal's conversion to it, at the literal; nil otherwise.
    func arithmeticLiteralMistake(_ op: String, _ rhs: Expr, _ a: CType, _ b: CType) -> CType? {
        guard ["-", "*", "/", "%"].contains(op), b == .string, Compiler.isPlainTextLiteral(rhs),
              a == .int || a.isAnyInteger || (a == .double && op != "%") || isTypeParameterPlaceholder(a),
              !compiler.userOperatorCandidates(op, a, b).0.contains(where: { $0.parameters.map(\.type) == [a, b] }) else { return nil }
        report(.argumentType(b, expected: a), at: rhs.conversionLocation)
        return .error
    }

    /// The operands of `&&` or `||` that are values of a basic type other than Bool: swiftc's `integer literal value
    /// '1' cannot be used as a boolean; did you mean 'true'?` for a literal 0 or 1, `type 'Int' cannot be used as a
    /// boolean` for another integer that is no literal, the conversion to Bool otherwise; true when reported.
    func reportsLogicalOperandMistakes(_ op: String, _ operands: [(CType?, Expr)]) -> Bool {
        guard !isDeclaredOperator(op) else { return false }
        var reported = false
        for (type, expr) in operands {
            guard let type, type != .bool, [.int, .double, .string, .character].contains(type) || type.isAnyInteger else { continue }
            if case .intLiteral(let value) = expr.kind, value == 0 || value == 1 {
                report(.integerLiteralAsBoolean(value), at: expr.location)
            } else if type.isAnyInteger, !expr.isNumericLiteral {
                report(.integerAsBoolean(type), at: expr.location)
            } else {
                report(.argumentType(type, expected: .bool), at: expr.conversionLocation)
            }
            reported = true
        }
        return reported
    }
}

/// Tuples compared element by element whose elements differ in type (`("s", s) < (2, s)`).
extension TypeChecker {
    /// `lhs op rhs` comparing tuples of the same arity where some elements are of different basic types, one of
    /// them no number (numbers of two types may be literals swiftc types alike): swiftc's `binary operator '<'
    /// cannot be applied to operands of type '(String, Substring)' and '(Int, Substring)'`, at the operator; nil
    /// otherwise.
    func tupleElementsMistake(_ op: String, _ a: CType, _ b: CType, at location: SourceLocation) -> CType? {
        guard case .tuple(let left) = a, case .tuple(let right) = b, left.count == right.count, !isDeclaredOperator(op) else {
            return nil
        }
        let basic: Set<CType> = [.int, .double, .string, .bool, .character, .substring]
        var differs = false
        for (x, y) in zip(left.map(\.type), right.map(\.type)) where x != y {
            guard basic.contains(x), basic.contains(y), !(x == .int && y == .double), !(x == .double && y == .int) else {
                return nil
            }
            differs = true
        }
        guard differs else { return nil }
        report(.binaryOperatorTypes(op, a, b), at: location)
        return .error
    }
}

/// Members of a declared type read or called on an optional of it without unwrapping (a dropped `!`).
extension TypeChecker {
    /// `owner.describe()` or `head.next` where `owner`, `head` are optionals of a declared class, struct or enum
    /// declaring that member, which `Optional` does not have: swiftc's `value of optional type 'Owner?' must be
    /// unwrapped to refer to member 'describe' of wrapped base type 'Owner'`, at the base's last token; nil otherwise.
    func optionalDeclaredMemberMistake(_ receiver: CType, _ name: String, base: Expr) -> CType? {
        guard case .optional(.user(let type)) = receiver, type.kind != .protocolType, !isGeneric(type),
              type.fieldIndex(name) != nil || type.computed[name] != nil || type.methods[name] != nil,
              !checksImplicitlyUnwrapped, compiler.protocolState.builtinExtensions.isEmpty, !extendsBuiltin(member: name),
              !["self", "init", "Type", "hashValue", "map", "flatMap", "debugDescription"].contains(name) else { return nil }
        report(.optionalMemberNeedsUnwrap(receiver, member: name), at: base.lastTokenLocation)
        return .error
    }
}

/// Conformances that give a declared type no static member a misspelled case could name (`enum Suit: Comparable {
/// case clubs, heartsq }`, then `.hearts`).
extension TypeChecker {
    /// The standard-library protocols whose static members are operators, `allCases` or none.
    private static let staticFreeProtocols: Set<String> = [
        "Equatable", "Hashable", "Comparable", "CaseIterable", "CustomStringConvertible", "CustomDebugStringConvertible",
        "Sendable", "Error",
    ]

    /// Whether conforming to `conformances` gives a type no static member beyond operators and `allCases`: each is one
    /// of `staticFreeProtocols` that the notebook neither declares nor extends.
    func addsNoStaticMembers(_ conformances: Set<String>) -> Bool {
        conformances.allSatisfy { name in
            Self.staticFreeProtocols.contains(name) && compiler.declarations.userTypes[name] == nil
                && compiler.declarations.typeAliases[name] == nil
                && !compiler.protocolState.protocolExtensions.contains { $0.proto.name == name }
        }
    }
}

/// Text literals given to operators the cell declares (`1 <~ "s"` for a `<~` on Ints).
extension TypeChecker {
    /// `lhs op rhs` where `op` is declared and one operand is a text literal no declaration of `op` takes where all
    /// take one type there, and the other operand fits them: swiftc's conversion of the literal to that type, at it
    /// (the call then has the declarations' result, when they agree); nil otherwise.
    func declaredOperatorLiteralMistake(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> CType?? {
        let operands = [(lhs, a), (rhs, b)]
        guard let index = operands.firstIndex(where: { $0.1 == .string && Compiler.isPlainTextLiteral($0.0) }) else { return nil }
        // The operand types' own operators, top-level ones, and those of built-in types' extensions (`extension Int`).
        let extended = [a, b].flatMap { compiler.protocolState.builtinExtensions[$0.description]?.staticMethods[op] ?? [] }
        let candidates = (compiler.userOperatorCandidates(op, a, b).candidates + extended).filter { $0.parameters.count == 2 }
        let wanted = Set(candidates.map { $0.parameters[index].type })
        let other = operands[1 - index].1
        guard !candidates.isEmpty, wanted.count == 1, let target = wanted.first, target != .string, isClosed(target),
              candidates.contains(where: { $0.parameters[1 - index].type == other }) else { return nil }
        report(.argumentType(.string, expected: target), at: operands[index].0.conversionLocation)
        let results = Set(candidates.map(\.returnType))
        return .some(results.count == 1 ? results.first : nil)
    }
}

/// Compound assignments of a text literal to a number through an optional chain (`head.next?.value += "s"`).
extension TypeChecker {
    /// `place op= "s"` where the place holds a number: swiftc's conversion of the literal to the number's type, at
    /// the literal; nil otherwise.
    func compoundLiteralMistake(_ op: String, _ place: CType, _ found: CType, _ value: Expr) -> CType? {
        guard ["+=", "-=", "*=", "/=", "%="].contains(op), !declaredOperators.contains(op), found == .string,
              place == .int || place == .double || place.isAnyInteger, Compiler.isPlainTextLiteral(value) else { return nil }
        report(.argumentType(found, expected: place), at: value.conversionLocation)
        return .error
    }
}
