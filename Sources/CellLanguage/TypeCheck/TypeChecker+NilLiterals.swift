/// The checker's diagnostics for a `nil` literal where a non-optional type is expected (issue 12): `g(nil)` for
/// `g(_: Int)`, `y = nil` for an `Int`, `[1, nil]` as `[Int]`, `return nil` from `-> Int` … The generator makes a
/// `nil` only for an optional, so each such place is the checker's to report, worded as swiftc words the place
/// (`NilLiteralMistake`).
extension TypeChecker {
    /// Whether a `nil` literal certainly cannot stand for a value of `expected`: a known type that is not optional
    /// (nbrun's types take no `ExpressibleByNilLiteral` conformance), `Any` included; not a generic body's placeholder
    /// (a type parameter may be bound to an optional).
    func refusesNilLiteral(_ expected: CType) -> Bool {
        guard !expected.isOptional, !expected.hasError, !isTypeParameterPlaceholder(expected) else { return false }
        if case .user(let user) = expected, compiler.protocolState.placeholderTypes.contains(user) { return false }
        return true
    }

    /// Reports `value` when it is a `nil` literal that cannot stand for `expected`, worded by the place `mistake`
    /// builds (its argument, element, return … case); true when reported.
    func reportsNilLiteral(_ value: Expr, _ expected: CType, _ mistake: (CType, CType) -> CompileError) -> Bool {
        guard Self.isNilLiteral(value), refusesNilLiteral(expected), var error = Self.nilLiteralMistake(mistake(expected, expected))
        else { return false }
        // A branch of an `if` or `switch` body returned: swiftc words it as a value of type `ExpressibleByNilLiteral`.
        if value.isBranchValue, case .nilForNonOptional(let type) = error {
            error = .specifiedType(.native("ExpressibleByNilLiteral"), specified: type)
        }
        report(error, at: value.location)
        return true
    }

    /// Reports `value` when it is a `nil` literal that cannot stand for `expected`, in the place `place`; true when reported.
    func reportsNilLiteral(_ value: Expr, _ expected: CType, as place: NilLiteralMistake) -> Bool {
        guard Self.isNilLiteral(value), refusesNilLiteral(expected) else { return false }
        report(.nilLiteral(place, expected), at: value.location)
        return true
    }

    /// The mistake of a `nil` literal in the place of a conversion mistake (`argumentType` → `'nil' is not compatible
    /// with expected argument type`); nil for a place swiftc words otherwise.
    static func nilLiteralMistake(_ conversion: CompileError) -> CompileError? {
        switch conversion {
        case .argumentType(_, let type): return .nilLiteral(.argument, type)
        case .specifiedType(_, let type): return .nilForNonOptional(type)
        case .elementType(_, let type): return .nilLiteral(.element, type)
        case .dictionaryKeyType(_, let type): return .nilLiteral(.dictionaryKey, type)
        case .dictionaryValueType(_, let type): return .nilLiteral(.dictionaryValue, type)
        case .returnType(_, let type): return .nilLiteral(.returnValue, type)
        case .closureResultType(_, let type): return .nilLiteral(.closureResult, type)
        case .defaultArgumentType(_, let type): return .nilLiteral(.defaultArgument, type)
        case .assignmentType(_, let type): return .nilLiteral(.assignment, type)
        case .subscriptAssignmentType(_, let type): return .nilLiteral(.subscriptAssignment, type)
        default: return nil
        }
    }
}

extension TypeChecker {
    /// `y = nil`, `s.x = nil`, `xs[0] = nil` (`'nil' cannot be assigned to …`) and `x += nil` (an argument of the
    /// operator) for a place of a non-optional type; true when reported.
    func reportsAssignedNil(_ op: String, _ target: Expr, _ value: Expr, to place: CType) -> Bool {
        guard op == "=" else { return reportsNilLiteral(value, place, as: .operatorArgument) }
        if case .subscriptAccess = target.kind { return reportsNilLiteral(value, place, as: .subscriptAssignment) }
        return reportsNilLiteral(value, place, as: .assignment)
    }
}

extension TypeChecker {
    /// The library operators that take no `nil` operand beside a non-optional one (`==`, `!=`, `??`, `~=` and the
    /// identity operators take an optional; shifts are generic over their amount).
    private static let nilRefusingOperators: Set<String> = [
        "+", "-", "*", "/", "%", "&", "|", "^", "&+", "&-", "&*", "<", "<=", ">", ">=", "..<", "...", "&&", "||",
    ]

    /// `nil + 1`, `1 ..< nil`, `true && nil`: a `nil` operand of a library operator beside an operand of a type that
    /// is not optional: swiftc's argument mistake at the `nil` (`nil * x` and `nil / x`: its operator mistake at the
    /// operator, `*` and `/` having other overloads it ranks first). The other operand is typed in `context`; `.error`
    /// when reported, nil otherwise (nothing recorded then).
    func nilOperandMistake(_ op: String, _ lhs: Expr, _ rhs: Expr, context: CType?, at location: SourceLocation) -> CType? {
        if let shift = nilShiftMistake(op, lhs, rhs, context: context, at: location) { return shift }
        let leftNil = Self.isNilLiteral(lhs)
        guard leftNil != Self.isNilLiteral(rhs), Self.nilRefusingOperators.contains(op), !isDeclaredOperator(op) else { return nil }
        let (literal, other) = leftNil ? (lhs, rhs) : (rhs, lhs)
        let trial = beginTrial()
        guard let type = check(other, expected: op == "&&" || op == "||" ? .bool : context), refusesNilLiteral(type),
              Self.isLibraryOperand(type) else {
            rollback(to: trial)
            return nil
        }
        commit(trial)
        if leftNil, op == "*" || op == "/" {
            report(.binaryOperatorSameTypes(op, type), at: location)
        } else {
            report(.nilLiteral(.operatorArgument, type), at: literal.location)
        }
        return .error
    }

    /// `x >> nil`: nothing binds the shift amount's type (swiftc's `generic parameter 'RHS' could not be inferred`, at
    /// the operator); `nil << 2`: `'nil' requires a contextual type` without a context, an Int's argument mistake at
    /// the `nil` in one. `.error` when reported, nil otherwise.
    private func nilShiftMistake(_ op: String, _ lhs: Expr, _ rhs: Expr, context: CType?, at location: SourceLocation) -> CType? {
        guard op == "<<" || op == ">>", !isDeclaredOperator(op), Self.isNilLiteral(lhs) != Self.isNilLiteral(rhs) else { return nil }
        if Self.isNilLiteral(rhs) {
            check(lhs, expected: nil)
            report(.genericParameterNotInferred("RHS"), at: location)
        } else {
            check(rhs, expected: nil)
            report(context == nil ? .nilWithoutContext : .nilLiteral(.argument, .int), at: lhs.location)
        }
        return .error
    }

    /// Whether the library's operators take values of `type` (numbers, strings, Booleans, arrays): a user type's own
    /// operator functions are `declaredBinary`'s.
    private static func isLibraryOperand(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .string, .bool, .character, .integer, .array: return true
        default: return false
        }
    }

    /// `!nil`, `-nil`, `+nil`: swiftc's argument mistake at the `nil` (the operand of `!` is a Bool, of `-` the
    /// number `expected`, an Int without one); true when reported.
    func reportsNilNegation(_ op: String, _ operand: Expr, expected: CType?) -> Bool {
        guard op == "!" || op == "-" || op == "+", !isDeclaredOperator(op), Self.isNilLiteral(operand) else { return false }
        let number: CType = if let expected, expected == .double || expected.isAnyInteger { expected } else { .int }
        report(.nilLiteral(.argument, op == "!" ? .bool : number), at: operand.location)
        return true
    }
}

extension TypeChecker {
    /// A `nil` literal checked against `expected`, a type it cannot stand for: noted, to be reported once the cell is
    /// checked where no rule of its own worded it (`reportUnplacedNils`).
    func reportsUnplacedNil(_ literal: Expr, expected: CType?) {
        guard let expected, expected != .void, refusesNilLiteral(expected) else { return }
        unplacedNils.append((literal, expected))
    }

    /// The noted `nil` literals (`reportsUnplacedNil`) in places no rule of their own words (a library call's argument,
    /// a subscript's index): swiftc's argument mistake at the `nil`, unless an error was reported there or the
    /// checker typed the `nil` as an optional in the end (a later check against the chosen overload's parameter).
    func reportUnplacedNils() {
        let noted = unplacedNils
        unplacedNils = []
        for (literal, expected) in noted where checked.type(of: literal) == nil {
            guard !checked.diagnostics.contains(where: { $0.location == literal.location }) else { continue }
            report(.nilLiteral(.argument, expected), at: literal.location)
        }
    }
}

extension TypeChecker {
    /// `b ? 1 : nil` (or `if b { 1 } else { nil }`) where a non-optional type other than `Any` is expected: the other
    /// branch checked against it, swiftc's mistake at the `nil` (`'nil' cannot be used in context expecting type
    /// 'Int'`; for an `if` expression's branch, a value of type `ExpressibleByNilLiteral` for a specified type, and
    /// without a contextual type `'nil' requires a contextual type`); `.error` when reported, nil otherwise (nothing
    /// checked then).
    func nilBranchMistake(_ then: Expr, _ otherwise: Expr, expected: CType?) -> CType? {
        let (literal, other) = Self.isNilLiteral(then) ? (then, otherwise) : (otherwise, then)
        if expected == nil, literal.isBranchValue {  // `let v = if b { 1 } else { nil }`
            check(other, expected: nil)
            report(.nilWithoutContext, at: literal.location)
            return .error
        }
        guard let expected, refusesNilLiteral(expected), !compiler.isAnyContext(expected) else { return nil }
        check(other, expected: expected)
        if literal.isBranchValue {
            report(.specifiedType(.native("ExpressibleByNilLiteral"), specified: expected), at: literal.location)
        } else {
            report(.nilLiteral(.context, expected), at: literal.location)
        }
        return .error
    }

    /// `"\(nil)"`: swiftc's argument mistake at the `nil` (an interpolation's segment is generic over its value's
    /// type, which `nil` does not give); true when reported.
    func reportsInterpolatedNil(_ value: Expr) -> Bool {
        guard Self.isNilLiteral(value) else { return false }
        report(.nilLiteral(.argument, .native("any Any.Type")), at: value.location)
        return true
    }
}

extension TypeChecker {
    /// `(nil, "a")` converted to `(Int, String)`: a tuple literal with a `nil` element whose type is not optional;
    /// swiftc's `'nil' cannot initialize specified type 'Int'` as an argument or an array element,
    /// `'nil' requires a contextual type` elsewhere, at the first such `nil`; true when reported.
    func reportsNilTupleElement(_ value: Expr, _ expected: CType, _ mistake: (CType, CType) -> CompileError) -> Bool {
        guard case .tuple(let elements) = value.kind, case .tuple(let types) = expected, types.count == elements.count,
              let index = elements.indices.first(where: { Self.isNilLiteral(elements[$0].value) && refusesNilLiteral(types[$0].type) })
        else { return false }
        switch mistake(expected, expected) {
        case .argumentType, .elementType: report(.nilForNonOptional(types[index].type), at: elements[index].value.location)
        default: report(.nilWithoutContext, at: elements[index].value.location)
        }
        return true
    }

    /// `print((nil, "t"))`, `[(nil, "s")]` as `[Any]`: a `nil` element of a tuple literal without a contextual type
    /// (or `Any`): swiftc's `'nil' requires a contextual type` at it; true when reported.
    func reportsContextlessNilElement(_ value: Expr, expected: CType?) -> Bool {
        guard Self.isNilLiteral(value), expected == nil || compiler.isAnyContext(expected) else { return false }
        reportOnce(.nilWithoutContext, at: value.location)
        return true
    }

    /// `let t = (nil, 1)`, `((nil, 1), 2)`: a `nil` element of a tuple literal without a contextual type
    /// (`'nil' requires a contextual type`, at the first one); true when reported.
    func reportsNilInUntypedTuple(_ elements: [Argument]) -> Bool {
        for element in elements {
            if Self.isNilLiteral(element.value) {
                report(.nilWithoutContext, at: element.value.location)
                return true
            }
            if case .tuple(let inner) = element.value.kind, reportsNilInUntypedTuple(inner) { return true }
        }
        return false
    }
}

extension TypeChecker {
    /// A `nil` case of a `switch` used as a value (`let v: Int = switch k { case 1: 1 default: nil }`): swiftc's
    /// `'nil' requires a contextual type` without a context, a value of type `ExpressibleByNilLiteral` for a specified
    /// type that is not optional; true when reported (an optional context is valid Swift: nothing reported).
    func reportsNilSwitchValue(_ value: Expr) -> Bool {
        guard Self.isNilLiteral(value), value.isBranchValue, let context = switchValueContext else { return false }
        guard let expected = context else {
            report(.nilWithoutContext, at: value.location)
            return true
        }
        guard refusesNilLiteral(expected), !compiler.isAnyContext(expected) else { return false }
        report(.specifiedType(.native("ExpressibleByNilLiteral"), specified: expected), at: value.location)
        return true
    }
}

extension TypeChecker {
    /// `x == nil`, `x != nil` where `x` (its type `found`, the `nil` unknown) is of a known type that is not
    /// optional: valid Swift (`x` promoted to an optional; always false, or true), a Bool, the decision recorded for
    /// the generator (`Compiler.compileNonOptionalNilComparison`); nil otherwise.
    func valueComparedWithNil(_ op: String, _ found: CType?, _ nilType: CType?, _ lhs: Expr, _ rhs: Expr) -> CType? {
        guard op == "==" || op == "!=", nilType == nil, Self.isNilLiteral(rhs) else { return nil }
        // A number literal beside `nil` was left unchecked (`operands`): its own type.
        guard let found = found ?? (lhs.isNumericLiteral ? check(lhs, expected: nil) : nil), comparesWithNil(found) else { return nil }
        recordNonOptionalNilOperand(lhs)
        return .bool
    }

    /// `nil == x`, `x == nil` (or `!=`): `x` checked without a context (the `nil` against its type when it is
    /// optional), a Bool when `x`'s type is known (a value of no optional type compares as an optional: valid Swift,
    /// the decision recorded for the generator, `Compiler.compileNonOptionalNilComparison`); nil when neither side
    /// or both are `nil` (nothing checked).
    func nilComparison(_ op: String, _ lhs: Expr, _ rhs: Expr) -> CType? {
        guard op == "==" || op == "!=", Self.isNilLiteral(lhs) != Self.isNilLiteral(rhs), !isDeclaredOperator(op) else { return nil }
        let (literal, value) = Self.isNilLiteral(lhs) ? (lhs, rhs) : (rhs, lhs)
        guard let found = check(value, expected: nil), !found.hasError else { return nil }
        if found.isOptional {
            check(literal, expected: found)
            return .bool
        }
        guard comparesWithNil(found) else { return nil }
        recordNonOptionalNilOperand(value)
        return .bool
    }

    /// Whether a value of `type` compares with `nil` as a non-optional (not a type parameter, which may be optional).
    private func comparesWithNil(_ type: CType) -> Bool {
        !type.isOptional && !type.hasError && !isTypeParameterPlaceholder(type) && !compiler.mentionsPlaceholder(type)
    }
}

extension TypeChecker {
    /// The members (with their argument's label) whose one argument, a function of the element, fixes the element
    /// type of an array literal receiver (`[1, nil].map(square)`).
    private static let elementFunctionMembers: [String: String?] = [
        "map": nil, "forEach": nil, "filter": nil, "compactMap": nil, "flatMap": nil, "allSatisfy": nil,
        "contains": "where", "first": "where",
    ]

    /// `[3, nil].map(square)` for a `square` of type `(Int) -> Int`: the function's parameter type fixes the literal's
    /// element type, which `nil` cannot stand for: swiftc's element mistake at each `nil`. `.error` when reported,
    /// nil otherwise (nothing checked then): the other elements must hold as the parameter's closed, non-optional type.
    func nilElementReceiverMistake(_ base: Expr, _ name: String, _ arguments: [Argument]) -> CType? {
        guard case .array(let elements) = base.kind, elements.contains(where: Self.isNilLiteral),
              let label = Self.elementFunctionMembers[name], arguments.count == 1, arguments[0].label == label,
              case .name = arguments[0].value.kind else { return nil }
        let trial = beginTrial()
        let reported = checked.diagnostics.count
        guard case .function(let parameters, _)? = check(arguments[0].value, expected: nil), parameters.count == 1,
              let parameter = parameters.first, isClosed(parameter), refusesNilLiteral(parameter),
              elements.filter({ !Self.isNilLiteral($0) }).allSatisfy({ holds(check($0, expected: parameter), as: parameter) }),
              checked.diagnostics.count == reported else {
            rollback(to: trial)
            return nil
        }
        commit(trial)
        for literal in elements where Self.isNilLiteral(literal) {
            report(.nilLiteral(.element, parameter), at: literal.location)
        }
        return .error
    }
}
