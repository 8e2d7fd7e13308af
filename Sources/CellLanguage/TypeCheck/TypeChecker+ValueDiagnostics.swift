import Diagnostics

/// The checker's diagnostics about values (issue 12, session 16): integer literals a type cannot hold, static members a
/// type does not have, unary operators an operand's type does not have, optionals used where their wrapped value is
/// needed, `!` and `?` on non-optionals, mismatched `? :` results, Int subscripts of Strings, `nil`, `[]` and `.name`
/// without a contextual type, tuples destructured into the wrong number of names, `===` on values, orderings of tuples
/// the generator cannot compare, conditions of tuple, class and optional types, and subscripts of values whose types
/// have none. Each is reported as the generator reports it (same `CompileError`, same position) and only where the
/// checker knows every type involved and that no declaration of the cell (a protocol extension, an extension of a
/// built-in type, a declared operator) can change the outcome; see `TypeChecker+Diagnostics` for the design.
extension TypeChecker {
    // MARK: Literals

    /// An integer literal against the contextual type `expected`: a literal the type cannot hold (`let x: UInt8 = 256`,
    /// `let y = 99999999999999999999`) is reported, as `Compiler.compileIntLiteral` does, and has the error type.
    func integerLiteral(_ expr: Expr, _ value: Int, expected: CType?) -> CType? {
        // For a type parameter's placeholder (a generic body checked with placeholders), the generator types it by
        // the placeholder's literal protocols (`Compiler+ArithmeticConstraints`): left unknown, but an Int where no
        // literal protocol can make it one (`T: Shape`, `TypeChecker.constrainedPlaceholderMismatches`).
        if let expected, isTypeParameterPlaceholder(expected) { return constrainedPlaceholderMismatches(.int, expected) ? .int : nil }
        if let large = expr.largeLiteral {
            // A UInt64 (or UInt) holds what fits its 64 bits, a Double any literal: the generator accepts those.
            switch expected?.unwrapped {
            case nil, .int?:
                report(.integerLiteralOverflow(large.text, type: "Int"), at: expr.location)
            case .integer(let kind)? where !(kind.isUnsigned64 && large.fitsUInt64):
                report(.integerLiteralOverflow(large.text, type: kind.name), at: expr.location)
            case .integer(let kind)?:
                return .integer(kind)  // its bit pattern (`Compiler.largeLiteral`)
            case .double? where large.fitsUInt64 || Double(large.text) != nil:
                return .double
            default:
                return nil
            }
            return .error
        }
        if case .integer(let kind)? = expected?.unwrapped {
            guard kind.contains(value) else {
                report(.integerLiteralOverflow(String(value), type: kind.name), at: expr.location)
                return .error
            }
            return .integer(kind)
        }
        return expected == .double || expected == .optional(.double) ? .double : .int
    }

    /// The initial value of `let`/`var` when it is certainly a mistake the generator reports
    /// (`Compiler.compileVariable`): `nil`, `[]` or `.name` without an annotation, `[nil, nil]` without one outside a
    /// closure's body (`Compiler.refuseNilOnlyLiteral`, at its `[`), a call without arguments of a generic function whose
    /// type parameters nothing binds without an annotation (`uninferredGenericParameter`), an overloaded function's
    /// name without one (`ambiguousFunctionValue`), `nil` for an annotated
    /// non-optional type. Returns true when reported (the names then stay unknown).
    func initialValueMistake(_ pattern: BindingPattern, _ annotation: TypeExpr?, _ value: Expr?) -> Bool {
        guard let value, case .name = pattern else { return false }
        guard let annotation else {
            switch value.kind {
            case .nilLiteral: report(.nilWithoutContext, at: value.location)
            case .array(let elements) where elements.isEmpty: report(.emptyCollectionLiteral, at: value.location)
            case .member(nil, let name, let location): report(.cannotInferContextualBase(name, chained: false), at: location)
            case .array(let elements) where bodyContext.inClosureBody == false && elements.allSatisfy(Self.isNilLiteral):
                report(.heterogeneousCollectionLiteral("[Any?]"), at: value.location)
            case .call where uninferredGenericParameter(value): break
            case .tuple(let elements) where reportsNilInUntypedTuple(elements): break  // +NilLiterals
            case .name(let name) where ambiguousFunctionValue(value, name): break
            default: return false
            }
            declare(pattern, nil)
            return true
        }
        guard case .nilLiteral = value.kind, let inClosure = bodyContext.inClosureBody, let type = resolve(annotation),
              isClosed(type), !type.isOptional else { return false }
        report(inClosure ? .nilWithoutContext : .nilForNonOptional(type), at: value.location)
        declare(pattern, type)  // as the generator does: later uses are checked against the annotation
        return true
    }

    /// `let (a, b) = (1, 2, 3)`: a tuple value with another number of elements than the pattern names, worded as the
    /// generator words it in and outside closures' bodies (`Compiler.reportTupleCountMismatch`); true when reported.
    func tupleCountMistake(_ pattern: BindingPattern, _ found: CType, at location: SourceLocation) -> Bool {
        guard case .tuple(let names) = pattern, case .tuple(let elements) = found, elements.count != names.count,
              let inClosure = bodyContext.inClosureBody, !found.hasError else { return false }
        report(inClosure ? .tuplePatternShape(found, elements: names.count) : .destructureCount(found, elements: names.count),
               at: location)
        return true
    }

    // MARK: Members

    /// `Point.origin` for a declared struct, enum or class (conforming to nothing, not generic) that has no static
    /// member, case or instance member of that name (no type of the cell declares a member of that name): the generator's `type 'Point' has no member 'origin'`, with its
    /// suggestion among the cases and static properties. A nested type is named by its path (`type 'S.Inner' has no
    /// member 'two'`), as swiftc names it.
    func missingStaticMember(_ base: Expr, _ type: UserType, _ name: String, at location: SourceLocation) -> CType? {
        let spelled: String
        switch base.kind {
        case .name(let typeName) where nestedTypeNamed(base) == nil && compiler.declarations.userTypes[typeName] === type:
            spelled = typeName
        case .member(_?, _, _) where nestedTypeNamed(base) != nil:
            spelled = Self.declarationPath(of: type, in: compiler)
        default:
            return nil
        }
        return reportsMissingStaticMember(type, spelled, name, at: location) ? .error : nil
    }

    /// `Point.make(1)` or `Card.numbered(…)` calling a static member or case `Point` certainly lacks: the same error,
    /// at the name, the arguments checked on their own; nil when the member may exist.
    func missingStaticCall(_ base: Expr, _ type: UserType, _ name: String, _ arguments: [Argument],
                           at location: SourceLocation) -> CType?? {
        guard missingStaticMember(base, type, name, at: location) != nil else { return nil }
        uncheckedArguments(arguments)
        return .some(.error)
    }

    /// `.blue` where a `Color` is expected and `Color` has no such static member or case (`type 'Color' has no member
    /// 'blue'`, at the name); the error type after reporting, nil otherwise.
    func missingImplicitMember(_ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        // A nested type (`Outer.Kind`) is registered and spelled by its qualified name.
        guard case .user(let type)? = expected?.unwrapped,
              let spelled = compiler.declarations.userTypes[type.name] === type ? type.name
                  : compiler.declarations.userTypes.first(where: { $0.value === type })?.key,
              reportsMissingStaticMember(type, spelled, name, at: location) else { return nil }
        return .error
    }

    /// `.windy(speed: 5)` or `.initx(x: 1)` where a `Weather` is expected and `Weather` certainly has no such static
    /// member, case or initializer: the same error, at the name, the arguments checked on their own; nil otherwise.
    func missingImplicitCall(_ name: String, _ arguments: [Argument], expected: CType?, at location: SourceLocation) -> CType? {
        // An array expected (`.initx(repeating: 0, count: 3)` for `[Int]`); not other built-in types, which a
        // standard-library parameter's type may stand for (`CharacterSet`, which cells do not have, as a String).
        if let array = expected, Self.isImplicitMemberArray(array), !["self", "init", "Type"].contains(name),
           builtinTypeLacks(array, name), let table = StdlibTables.table(for: array) {
            uncheckedArguments(arguments)
            report(.typeHasNoMember(array.description, member: name, suggestion: table.suggestion(for: name, statics: true)),
                   at: location)
            return .error
        }
        guard missingImplicitMember(name, expected: expected, at: location) != nil else { return nil }
        uncheckedArguments(arguments)
        return .error
    }

    /// Whether `type` is an array of plain values (at any depth), which swiftc spells as nbrun does in `type '…' has
    /// no member`.
    private static func isImplicitMemberArray(_ type: CType) -> Bool {
        guard case .array(let element) = type else { return false }
        return [.int, .double, .string, .bool, .character].contains(element) || isImplicitMemberArray(element)
    }

    /// Reports `type 'spelled' has no member 'name'` when `type` certainly has no static member, case or instance member
    /// `name` (nor do its superclasses and conformances, `TypeChecker+MemberCertainty`); true when reported.
    private func reportsMissingStaticMember(_ type: UserType, _ spelled: String, _ name: String, at location: SourceLocation) -> Bool {
        guard !isGeneric(type), !["self", "init", "Type", "zero", "allCases", "rawValue"].contains(name), !name.hasPrefix("$"),
              !name.hasPrefix("_"), !protocolExtensionsSupply(name, to: .user(type)), declaredTypeLacks(type, name),
              // A static stored property of a type of this cell is registered when its declaration is compiled.
              !resolution.declarations.contains(where: { $0.kind == .member && $0.name == name }) else { return false }
        let suggestion = NameSuggester.suggestion(for: name, among: type.cases.map(\.name) + Array(type.staticFields.keys))
        report(.typeHasNoMember(spelled, member: name, suggestion: suggestion), at: location)
        return true
    }

    /// `UInt8.maximum`: a static property a number, String, Bool, Character or Unicode.Scalar type's table does not have (and no
    /// method of that name either), reported with the table's suggestion.
    func missingBuiltinStaticMember(_ base: Expr, _ name: String, at location: SourceLocation) -> CType? {
        guard case .name(let typeName) = base.kind, let referent = resolution.referent(of: base) else { return nil }
        switch referent {
        case .builtin, .unresolved: break
        default: return nil
        }
        guard compiler.declarations.userTypes[typeName] == nil, compiler.declarations.typeAliases[typeName] == nil,
              compiler.registry.types[typeName] == nil, compiler.registry.constants[typeName] == nil,
              let type = CType.plainBuiltin(named: typeName == "UnicodeScalar" ? "Unicode.Scalar" : typeName)
                ?? IntegerKind(name: typeName).map({ .integer($0) }),
              [.int, .double, .string, .bool, .character, .unicodeScalar].contains(type) || type.isAnyInteger,
              !["self", "init", "Type"].contains(name), builtinTypeLacks(type, name), let table = StdlibTables.table(for: type)
        else { return nil }
        // swiftc names the alias `UnicodeScalar` with what it stands for: `type 'UnicodeScalar' (aka 'Unicode.Scalar')`
        // (`CompileError.akaSpelling`).
        let spelled = typeName == "UnicodeScalar" ? "UnicodeScalar aka Unicode.Scalar" : type.description
        report(.typeHasNoMember(spelled, member: name, suggestion: table.suggestion(for: name, statics: true)), at: location)
        return .error
    }

    /// `xs.first.bitWidth`: a property read on an optional of a type the checker knows completely, which the
    /// generator refuses at the base's last token (`must be unwrapped to refer to member`).
    func optionalMemberMistake(_ receiver: CType, _ name: String, base: Expr) -> CType? {
        guard case .optional = receiver, isClosed(receiver), !checksImplicitlyUnwrapped, !extensionReach.mayAdd(name, to: receiver),
              !["self", "init", "Type", "hashValue", "wrappedValue", "projectedValue"].contains(name),
              !name.hasPrefix("$"), !name.hasPrefix("_") else { return nil }
        report(.optionalMemberNeedsUnwrap(receiver, member: name), at: base.lastTokenLocation)
        return .error
    }

    /// `"abc"[1]`: an Int or a range of Ints as a String's index, reported at the String as the generator does.
    func stringIntegerIndex(_ index: CType?, base: Expr) -> CType? {
        guard let index, [.int, .range, .closedRange].contains(index),
              compiler.protocolState.builtinExtensions.values.allSatisfy({ $0.subscripts.isEmpty }),
              !protocolExtensionsSupplySubscripts(to: .string) else { return nil }
        report(.stringIntegerSubscript, at: base.location)
        return .error
    }

    // MARK: Operators and optionals

    /// A prefix `-`, `+`, `!` or `~` on a built-in value type that has none (`-"a"`, `-UInt8(1)`, `!1`), reported at
    /// the operator; nil when the operator may apply or the cell declares one.
    func unaryMismatch(_ op: String, _ type: CType, at location: SourceLocation) -> CType? {
        guard ["-", "+", "!", "~"].contains(op), !declaredOperators.contains(op),
              [.int, .double, .string, .bool, .character].contains(type) || type.isAnyInteger,
              !protocolExtensionsDeclare(op), compiler.protocolState.builtinExtensions.isEmpty else { return nil }
        report(.unaryOperatorType(op, type), at: location)
        return .error
    }

    /// `x + 1` with `x: Int?`: an arithmetic operator or an ordering with one optional operand whose wrapped type is
    /// the other's, reported at the optional operand (`must be unwrapped to a value of type`).
    func optionalOperandMistake(_ op: String, _ a: CType, _ b: CType, _ lhs: Expr, _ rhs: Expr) -> CType? {
        guard ["+", "-", "*", "/", "%", "<", "<=", ">", ">="].contains(op), !declaredOperators.contains(op),
              !checksImplicitlyUnwrapped, isClosed(a), isClosed(b), !protocolExtensionsDeclare(op),
              compiler.protocolState.builtinExtensions.isEmpty else { return nil }
        if case .optional(let wrapped) = a, wrapped == b {
            report(.optionalNotUnwrapped(a, wrapped: wrapped), at: lhs.location)
        } else if case .optional(let wrapped) = b, wrapped == a {
            report(.optionalNotUnwrapped(b, wrapped: wrapped), at: rhs.location)
        } else {
            return nil
        }
        return .error
    }

    /// `operand!`: the wrapped type of an optional; a value of a type the checker knows completely that is no optional
    /// is reported at the `!` (`cannot force unwrap value of non-optional type`).
    func forceUnwrap(_ operand: Expr, expected: CType?, at location: SourceLocation) -> CType? {
        if Compiler.isInitializerDelegation(operand) { return forcedDelegation(operand, expected: expected, at: location) }
        guard let found = check(operand, expected: expected.map { .optional($0) }) else { return nil }
        if case .optional(let wrapped) = found { return wrapped }
        guard isClosed(found) else { return nil }
        report(.forceUnwrapNonOptional(found), at: location)
        return .error
    }

    /// `value?` in an optional chain on a value of a type the checker knows completely that is no optional: reported
    /// at the `?` (`cannot use optional chaining on non-optional value`).
    func nonOptionalChain(_ found: CType, at location: SourceLocation) -> CType? {
        guard isClosed(found), !found.isOptional else { return nil }
        report(.optionalChainOnNonOptional(found), at: location)
        return .error
    }

    /// `c ? a : b` whose results have different types the checker knows completely (an optional of the first's type
    /// for the second converts): reported at the first result as the generator does.
    func ternaryMismatch(_ a: CType, _ b: CType, at location: SourceLocation) -> CType? {
        guard a != b, isClosed(a), isClosed(b) else { return nil }
        if case .optional(let wrapped) = a, wrapped == b { return nil }
        if case .optional(let wrapped) = b, wrapped == a { return nil }
        report(.ternaryMismatch(a, b), at: location)
        return .error
    }

    /// `a === b` (or `!==`), which the generator compiles before any declared operator: operands of types the checker
    /// knows completely, which are no class instances (`s1 === s2` on structs or enums), are reported at the operator;
    /// nil otherwise. `a` and `b` are the operands' types, checked without a context as the generator compiles them
    /// (nil for a `nil` literal or unknown).
    func identityMismatch(_ op: String, _ a: CType?, _ b: CType?, at location: SourceLocation) -> CType? {
        guard let a, let b, isClosed(a), isClosed(b) else { return nil }
        report(a == b ? .binaryOperatorSameTypes(op, a) : .binaryOperatorTypes(op, a, b), at: location)
        return .error
    }

    /// `(s, true) < (t, false)`: an ordering of two tuples of one type the checker knows completely that the
    /// generator's tuple comparison does not take (a Bool element, more than six elements), reported at the operator.
    func tupleOrderingMismatch(_ op: String, _ type: CType, at location: SourceLocation) -> CType? {
        guard ["<", "<=", ">", ">="].contains(op), case .tuple(let elements) = type, !declaredOperators.contains(op),
              elements.allSatisfy({ isClosed($0.type) }), !protocolExtensionsDeclare(op),
              compiler.protocolState.builtinExtensions.isEmpty else { return nil }
        report(.binaryOperatorSameTypes(op, type), at: location)
        return .error
    }

    /// `p[0]` on a value of a type that has no subscripts at all: a declared struct, enum or root class conforming to
    /// nothing and declaring none, a fixed-width integer, a Character, a tuple or an optional of such types (one index
    /// without a label: other shapes are the generator's argument mistakes). The index is checked without a context.
    func missingValueSubscript(_ receiver: CType, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil, !checksImplicitlyUnwrapped,
              !protocolExtensionsSupplySubscripts(to: receiver), compiler.protocolState.genericMembers.isEmpty,
              compiler.protocolState.builtinExtensions.values.allSatisfy({ $0.subscripts.isEmpty }),
              !resolution.declarations.contains(where: { $0.kind == .member && $0.name == "subscript" }) else { return nil }
        switch receiver {
        case .user(let type):
            guard isCertainStaticReceiver(type), type.subscripts.isEmpty, type.staticSubscripts.isEmpty else { return nil }
        case .integer, .character, .tuple, .optional:
            guard isCertainConditionType(receiver) else { return nil }
        default:
            return nil
        }
        uncheckedArguments(arguments)
        report(.missingSubscript(receiver, index: arguments[0].value), at: location)
        return .error
    }

    /// Whether a condition of type `type` (not Bool) is certainly the generator's mistake: a type the checker knows
    /// completely, a tuple of such types, a class, or (where no implicitly unwrapped optional may be read) an optional.
    func isCertainConditionType(_ type: CType) -> Bool {
        switch type {
        case .optional(let wrapped): return !checksImplicitlyUnwrapped && !wrapped.isOptional && isCertainConditionType(wrapped)
        case .tuple(let elements): return elements.allSatisfy { isCertainConditionType($0.type) }
        case .user(let user) where user.kind == .classType: return !isGeneric(user) && compiler.protocolState.opaqueTypes[user] == nil
        case .integer, .character: return true
        default: return isClosed(type) && !type.isOptional
        }
    }

    /// Whether `expr` is the literal `nil`.
    static func isNilLiteral(_ expr: Expr) -> Bool {
        if case .nilLiteral = expr.kind { return true } else { return false }
    }

    /// A declared struct or enum conforming to nothing, or a root class conforming to nothing, neither generic nor
    /// opaque (so no protocol extension can add a member to it).
    private func isCertainStaticReceiver(_ type: UserType) -> Bool {
        (type.kind == .structure || type.kind == .enumeration || (type.kind == .classType && type.superclass == nil))
            && addsNoStaticMembers(type.conformances) && !isGeneric(type) && compiler.protocolState.opaqueTypes[type] == nil
            && type.extendedBuiltin == nil
    }
}
