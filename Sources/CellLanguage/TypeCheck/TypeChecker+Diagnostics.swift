import Diagnostics

/// The type checker's diagnostics (issue 12, parts 1 and 6): the type errors the checker can be certain of, reported
/// by the checker itself, before any code is generated.
///
/// Design:
/// - One enum of error kinds. The checker reports `CompileError` cases, the kinds the generator reports, so the
///   messages (swiftc's wording) and notes (did-you-mean) are the same text; at the token the generator reports them
///   at, which is the location of the same AST node (a value's start, an operator, a member's name).
/// - Certain or silent. Like its types, the checker's errors are never guessed: a mistake is reported only where the
///   checker knows both types completely and knows every conversion between them (`certainlyMismatches`: built-in
///   value types, arrays, sets, dictionaries and one-level optionals of them, and non-generic structs and enums that
///   conform to nothing; no classes, protocols, tuples or functions; for conversions, also `String.Index` and array
///   slices). Anything else is left to the generator.
/// - What is reported: a value of the wrong type for an annotated `let`/`var` (`specifiedType`), for a declared
///   function's, method's or memberwise initializer's parameter (`argumentType`) and for a declared function's
///   `return` or single-expression body (`returnType`; a `()` value too: `func f() -> Int { print(1) }`);
///   conditions of `if`, `while`, `guard`, `where` and `? :` that are not Bool (`conditionType`); arithmetic operators applied to operands of built-in types that have none
///   (`binaryOperatorSameTypes`, `binaryOperatorTypes`, `floatingRemainder`); a member read or call that no source of the
///   receiver's members supplies (`valueHasNoMember`, with the tables' suggestion: declared types with their
///   superclasses and conformances, protocol values, type parameters, tuples, built-in types' tables, in
///   `TypeChecker+MemberCertainty`); a value assigned with `=` to a `var`, an array element, a dictionary value or a plain
///   stored property that certainly does not convert (`assignmentType`, `subscriptAssignmentType`, in
///   `TypeChecker+AssignmentDiagnostics`); wrong labels, missing and extra arguments of the standard library's
///   functions, initializers and methods and of built-in collections' subscripts (`TypeChecker+CallShapes`); mistakes
///   about values (literals a type cannot hold, missing static members and subscripts, unary operators, optionals
///   used unwrapped, `!`/`?` on non-optionals, `? :` results, `nil`/`[]`/`.name` without context, tuple sizes, `===`
///   on values: `TypeChecker+ValueDiagnostics`); calls the generator refuses as a whole: built-in initializers without a match, unmet `zip`, `max`, `sorted()` and `Set`
///   requirements, types without initializers, nbrun's `stride` and `reduce(into:)` refusals, closure counts in `map`,
///   ambiguous overloads, generic functions' unmet constraints (`TypeChecker+RefusedCallDiagnostics`,
///   `TypeChecker+RefusedMethodDiagnostics`); stray `break`/`continue`, exits out of `defer`, empty `case` labels
///   (`TypeChecker+JumpDiagnostics`); unknown names and written types, types' names alone (`TypeChecker+NameDiagnostics`);
///   values and calls nbrun refuses: enum cases without their values, one-sided ranges and operators without context,
///   collection sources, `compactMap`/`flatMap` results (`TypeChecker+RefusalDiagnostics`); casts nbrun does not run
///   (`TypeChecker+CastRefusals`).
/// - No cascade. A node whose own type is wrong (an operator that does not apply, a member that does not exist) has
///   the error type: nothing is recorded for it and what contains it is unknown, so it reports nothing more. A
///   conversion mistake keeps the value's type (the mistake is the conversion) and the declaration its annotated
///   type, as swiftc does.
/// - The oracle (`DiagnosticAgreement`, `DiagnosticOracleTests`): every error of a cell is the front end's, and the
///   generator reports none of its own where the front end reported none. The errors of the other passes (`DiagnosticsByPass`: the parser's,
///   lowering's, the flow checks' of `Checks/`, the notebook's) are no errors the checker should report.
/// - The switch-over, as far as it goes: outside the oracle the checker's diagnostics are the cell's first
///   (`typeCheckCell`). The generator still detects these errors itself, but where it meets one the checker reported
///   (same message, notes and position) it notes it as already reported instead of reporting it again
///   (`Compiler.report`, `GeneratorDiagnostics`): its own decisions count it (`Compiler.hasErrors(since:)`: a body
///   with errors is not callable from a later cell; `adapts`, the standard library's label fallbacks, protocol
///   specializations: a trial compilation that meets an error does not fit), the cell's list does not. Not done yet:
///   the generator does not stop at a node the checker gave the error type before compiling it (its operands may
///   hold errors and warnings of other kinds the checker does not report, and trial compilations compile a node in
///   contexts other than the checker's one).
extension TypeChecker {
    /// Checks `value` against `expected` and reports `mistake` at the value when its type certainly does not convert.
    @discardableResult
    func checkConverting(_ value: Expr, to expected: CType, _ mistake: (CType, CType) -> CompileError) -> CType? {
        if reportsNilTupleElement(value, expected, mistake) { return .error }  // +NilLiterals
        let found = check(value, expected: expected)
        guard let found else { return reportsNilLiteral(value, expected, mistake) ? .error : nil }  // +NilLiterals
        let conversion = mistake(found, expected), error = conversion.wordedAsSwiftc(found: found, expected: expected)
        let location: SourceLocation
        switch conversion {
        case .argumentType, .specifiedType, .elementType, .returnType, .closureResultType, .dictionaryKeyType, .dictionaryValueType,
             .assignmentType:
            location = value.conversionLocation
        default: location = value.location
        }
        if throwingToNonThrowing(found, expected, at: location) { return found }  // TypeChecker+MoreDiagnostics
        guard certainlyMismatches(found, expected) || refusesConversion(found, expected) else { return found }
        report(conditionalConformanceMistake(conversion, found, expected) ?? error, at: location)  // +ArrayExtensions
        return found
    }

    /// Whether the generator cannot convert a value of type `found` to an `expected` one (`Compiler.convertsImplicitly`),
    /// both types known and neither a generic body's placeholder: the mistakes of the types `certainlyMismatches`
    /// leaves open (class instances, protocol values, functions, tuples, the library's other types).
    func refusesConversion(_ found: CType, _ expected: CType) -> Bool {
        guard closedPlaceholder(found) == nil, closedPlaceholder(expected) == nil,
              !compiler.mentionsPlaceholder(found), !compiler.mentionsPlaceholder(expected) else { return false }
        return !compiler.convertsImplicitly(found, to: expected)
    }

    /// Checks a condition (`if`, `while`, `guard`, `where`, `? :`): a value of a known type that is not Bool is a mistake.
    func checkCondition(_ expr: Expr) {
        guard let found = check(expr, expected: .bool), found != .bool, isCertainConditionType(found) else { return }
        report(.nonBooleanCondition(found, expr), at: expr.conditionLocation)
    }

    /// Whether a value of type `found` certainly cannot take the place of an `expected` one: both types are ones whose
    /// conversions the checker knows completely, and none applies (equal types, optional promotion at any depth). A
    /// `()` value converts to nothing else (not taken to an optional: swiftc names the wrapped type there).
    func certainlyMismatches(_ found: CType, _ expected: CType) -> Bool {
        if placeholderShapeMismatches(found, expected) { return true }  // TypeChecker+PlaceholderDiagnostics
        if closedPlaceholder(found) != nil || closedPlaceholder(expected) != nil { return placeholderCertainlyMismatches(found, expected) }
        if constrainedPlaceholderMismatches(found, expected) { return true }  // TypeChecker+PlaceholderDiagnostics
        if anyCertainlyMismatches(found, expected) { return true }  // TypeChecker+AnyLiterals
        guard convertsOnlyToItself(found) || (found == .void && !expected.isOptional), convertsOnlyToItself(expected) else {
            return false
        }
        var target: CType? = expected
        while let wanted = target {
            if wanted == found { return false }
            if case .optional(let wrapped) = wanted { target = wrapped } else { target = nil }
        }
        return true
    }

    /// Whether the checker knows every conversion to and from `type`: built-in value types, collections and optionals
    /// of them, and non-generic structs and enums without conformances (no upcasts, existentials or bridging).
    func isClosed(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .string, .bool, .character, .integer: return true
        case .array(let element), .set(let element), .optional(let element): return isClosed(element)
        case .dictionary(let key, let value): return isClosed(key) && isClosed(value)
        case .user(let user): return isPlainValueType(user)
        default: return false
        }
    }

    /// A non-generic struct or enum that conforms to nothing (no protocol extension adds to it) and is no opaque type.
    func isPlainValueType(_ type: UserType) -> Bool {
        (type.kind == .structure || type.kind == .enumeration) && type.conformances.isEmpty && !isGeneric(type)
            && compiler.protocolState.opaqueTypes[type] == nil && type.extendedBuiltin == nil
    }

    // MARK: Operators

    private static let arithmetic: Set<String> = ["+", "-", "*", "/", "%"]
    private static let plainOperands: Set<CType> = [.int, .double, .string, .bool, .character]

    /// Reports an arithmetic operator the operands' built-in types do not have and returns the error type; nil (no
    /// report) when the operator may apply or the checker cannot tell. `a` and `b` are the operands' types.
    func operatorMismatch(_ op: String, _ a: CType, _ b: CType, at location: SourceLocation) -> CType? {
        func plain(_ type: CType) -> Bool {
            if case .integer = type { return a != b }
            return Self.plainOperands.contains(type)
        }
        // Registered operators were looked for by the caller; a protocol extension may declare one (`static func + (…)`).
        guard Self.arithmetic.contains(op), plain(a), plain(b), !protocolExtensionsDeclare(op) else { return nil }
        if a == b {
            switch a {
            case .double where op == "%": report(.floatingRemainder, at: location)
            case .string where op != "+", .bool, .character: report(.binaryOperatorSameTypes(op, a), at: location)
            default: return nil
            }
        } else {
            report(.binaryOperatorTypes(op, a, b), at: location)
        }
        return .error
    }

    /// Reports a comparison of two values of a declared struct or class that conforms to nothing (so is not
    /// Equatable or Comparable) and returns the error type; nil for any other operands.
    func comparisonMismatch(_ op: String, _ type: CType, at location: SourceLocation) -> CType? {
        guard case .user(let user) = type, !protocolExtensionsDeclare(op) else { return nil }
        if user.kind == .protocolType {
            // Two values of a declared protocol none of whose family inherits a library protocol (`any Shape`).
            guard isExistential(user), compiler.protocolState.opaqueTypes[user] == nil,
                  compiler.protocolFamily(user).allSatisfy({ member in
                      compiler.declarations.userTypes[member.name] === member && (member.protocolInfo?.builtinParents.isEmpty ?? false)
                          && member.staticMethods[op] == nil && !(member.protocolInfo?.requirements ?? []).contains { $0.name == op }
                  }) else { return nil }
            report(.binaryOperatorSameTypes(op, type), at: location)
            return .error
        }
        guard user.kind == .structure || (user.kind == .classType && user.superclass == nil),
              user.conformances.isEmpty, !isGeneric(user), compiler.protocolState.opaqueTypes[user] == nil else { return nil }
        report(.binaryOperatorSameTypes(op, type), at: location)
        return .error
    }

    /// Checks the value of `let (a, b) = value`: a value of a known type, which is no tuple, is a mistake (`cannot
    /// convert value of type 'Int' to specified type '(_, _)'`, at the value) and the names stay unknown.
    func checkDestructured(_ pattern: BindingPattern, _ value: Expr) -> CType? {
        let found = check(value, expected: nil)
        if let found, tupleCountMistake(pattern, found, at: value.location) { return nil }
        if reportsDestructuredCount(pattern, value, found) { return nil }
        // A class instance is never a tuple either.
        let isObject = if case .user(let type) = found, type.kind == .classType { true } else { false }
        guard case .tuple(let items) = pattern, let found, isClosed(found) || isObject else { return found }
        report(.tuplePatternShape(found, elements: items.count), at: value.location)
        return nil
    }

    // MARK: Members

    /// Reports a member `receiver` certainly does not have (`value of type 'T' has no member 'm'`, with the
    /// generator's did-you-mean) and returns the error type; nil when the member may exist.
    /// `called`: the member is called (`a.speek()`), which the generator reports on a declared type without a suggestion.
    func missingMember(_ receiver: CType, _ name: String, at location: SourceLocation, called: Bool = false) -> CType? {
        if let refused = collectionExtensionRefusal(receiver, name, called: called, at: location) { return refused }
        // Property wrappers synthesize `_x` and `$x`, and lower an attribute to a read of its `wrappedValue`.
        guard !["self", "init", "Type", "hashValue", "wrappedValue", "projectedValue"].contains(name),
              !name.hasPrefix("$"), !name.hasPrefix("_"),
              !protocolExtensionsSupply(name, to: receiver), !extendsBuiltin(member: name),
              compiler.protocolState.collectionExtensionMembers[name] == nil else { return nil }
        switch receiver {
        case .user(let type) where type.kind == .protocolType:
            // `shape.foo` on an existential or a type parameter: no requirement, no member of the protocols it
            // refines or of their extensions, none of a class bound (`TypeChecker+MemberCertainty`).
            guard protocolReceiverLacks(type, name) else { return nil }
            report(.valueHasNoMember(receiver, member: name, suggestion: nil), at: location)
        case .native(let typeName):
            guard let native = compiler.registry.types[typeName], native.methods[name] == nil,
                  native.properties[name] == nil else { return nil }
            let candidates = (Array(native.methods.keys) + Array(native.properties.keys)).sorted()
            report(.valueHasNoMember(receiver, member: name, suggestion: NameSuggester.suggestion(for: name, among: candidates)),
                   at: location)
        case .user(let type):
            guard declaredTypeLacks(type, name) else { return nil }
            let candidates = type.fields.map(\.name) + Array(type.computed.keys) + Array(type.methods.keys)
            let suggestion = called ? nil : NameSuggester.suggestion(for: name, among: candidates)
            report(.valueHasNoMember(receiver, member: name, suggestion: suggestion), at: location)
        case .tuple(let elements):
            let table = StdlibTables.table(for: receiver)
            guard table?.property(named: name) == nil, table?.methods(named: name).isEmpty ?? true,
                  !elements.contains(where: { $0.label == name }) else { return nil }
            if let index = Int(name), index >= 0, index < elements.count { return nil }
            report(.valueHasNoMember(receiver, member: name, suggestion: table?.suggestion(for: name)), at: location)
        default:
            // An extension of the type may add a conformance, and with it a protocol extension's members (its own
            // members, and the templates' copies the generator adds to arrays, were looked for by name above).
            guard !receiver.hasError, !compiler.templatesDeclare(name), builtinLacks(receiver, name),
                  let table = StdlibTables.table(for: receiver) else { return nil }
            let mistake = CompileError.valueHasNoMember(receiver, member: name, suggestion: table.suggestion(for: name))
            if bodyContext.checksPlaceholderTypeMembers, Self.isArrayOfAnyElement(receiver) {
                reportInEveryBody(mistake, at: location)
            } else {
                report(mistake, at: location)
            }
        }
        return .error
    }

    /// Whether `type` is an array whose element type, whatever it is (a type parameter's placeholder in a generic body),
    /// gives it no member: only extensions and conformances of arrays add members, which the caller asks about.
    private static func isArrayOfAnyElement(_ type: CType) -> Bool {
        guard case .array = type else { return false }
        return !type.hasError
    }

    /// Reports a member of an extension of `Sequence` or `Collection` that nbrun does not give `receiver`
    /// (`Compiler.collectionExtensionRefusal`: a set, a dictionary, a substring …, or collections nested too deep)
    /// and returns the error type; nil when it gives it, the name is no such member, or the receiver's own member of
    /// that name is taken (a method when `called`, else a property or a method).
    func collectionExtensionRefusal(_ receiver: CType, _ name: String, called: Bool, at location: SourceLocation) -> CType? {
        let table = StdlibTables.table(for: receiver)
        guard table?.methods(named: name).isEmpty ?? true, called || table?.property(named: name) == nil,
              let refusal = compiler.collectionExtensionRefusal(receiver, name) else { return nil }
        reportInEveryBody(refusal, at: location)
        return .error
    }

    /// Reports a subscript of a number or a Boolean (`value of type 'Int' has no subscripts`) and returns the error
    /// type; nil for any other receiver (or when an extension may declare a subscript).
    func missingSubscript(_ receiver: CType, at location: SourceLocation) -> CType? {
        guard [.int, .double, .bool].contains(receiver), !protocolExtensionsSupplySubscripts(to: receiver),
              compiler.protocolState.builtinExtensions.values.allSatisfy({ $0.subscripts.isEmpty }) else { return nil }
        report(.noSubscripts(receiver), at: location)
        return .error
    }

    /// Reports a call of a variable whose type is a built-in value type or a collection of them, a tuple, or a declared
    /// type without `callAsFunction` (`cannot call value of non-function type 'Int'`, at the call) and returns the
    /// error type; nil for anything else.
    func nonFunctionCall(_ call: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        switch declarationKind(of: referent) {
        case .function?, .type?, .genericParameter?, .member?: return nil
        default: break
        }
        guard let type = type(of: referent, named: name), closedPlaceholder(type) == nil,
              !compiler.mentionsPlaceholder(type) else { return nil }
        switch type {
        case .user(let user):
            guard user.kind != .protocolType, !compiler.hasCallAsFunction(type) else { return nil }
        case .tuple: break
        default: guard isClosed(type) else { return nil }
        }
        uncheckedArguments(arguments)
        report(.notAFunction(type), at: call.location)
        return .error
    }

    // MARK: Arguments

    /// Reports the first argument mistake (a wrong, missing or extraneous label, a missing or extra argument) of a
    /// call of the one declared function `infos` holds, worded and placed as the generator does
    /// (`ArgumentMatch.match`), and returns the error type; nil when the arguments fit or there are overloads.
    func argumentMistake(_ infos: [FunctionInfo], _ arguments: [Argument], call: Expr, role: OverloadRole = .function) -> CType? {
        guard !infos.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } })
        else { return nil }
        guard infos.count > 1 else { return infos.first.flatMap { argumentMistake(compiler.shapes($0), arguments, call: call) } }
        return overloadsMistake(infos, arguments, call: call, role: role)
    }

    /// Overloads none of which takes the call's labels, as the generator's `selectOverload` reports them: the label
    /// mistake of the one swiftc takes as mislabelled (`ArgumentMatch.admittingOverload`), else `no exact matches in
    /// call to …` at the call; nil when one takes the labels.
    private func overloadsMistake(_ infos: [FunctionInfo], _ arguments: [Argument], call: Expr, role: OverloadRole) -> CType? {
        let shapes = infos.map(compiler.shapes)
        guard !shapes.contains(where: { shape in
            if case .matched = ArgumentMatch.match(shape, arguments, opening: call.openingLocation, closing: call.closingLocation,
                                                      at: call.location) { return true }
            return false
        }) else { return nil }
        if let index = ArgumentMatch.admittingOverload(shapes, arguments),
           let mistake = argumentMistake(shapes[index], arguments, call: call) { return mistake }
        uncheckedArguments(arguments)
        report(infos[0].name == "init" ? .noMatchingInitializer : role.noMatch(infos[0]), at: call.location)
        return .error
    }

    /// The same for a struct's memberwise initializer (`Point(y: 1)`): one parameter per stored property but the
    /// constants with a value, labelled with its name.
    func memberwiseMistake(_ type: UserType, _ arguments: [Argument], call: Expr) -> CType? {
        guard type.kind == .structure, type.initializers.isEmpty, !isGeneric(type) else { return nil }
        let shapes = type.fields.filter { !($0.isLet && $0.defaultValue != nil) }
            .map { ParameterShape(label: $0.name, hasDefault: $0.defaultValue != nil, isFunction: $0.type.acceptsClosure) }
        return argumentMistake(shapes, arguments, call: call)
    }

    /// The same for the one initializer a struct or a base class declares (`S(1, 2)` for `init(_:b:)`), chosen by
    /// the generator's `selectOverload` as the only candidate.
    func initializerMistake(_ type: UserType, _ arguments: [Argument], call: Expr) -> CType? {
        guard type.kind == .structure || (type.kind == .classType && type.superclass == nil), !isGeneric(type),
              !type.keepsMemberwise, compiler.protocolState.genericMembers[type]?["init"] == nil else { return nil }
        return argumentMistake(type.initializers, arguments, call: call)
    }

    /// The same for the one method `receiver.name` of a declared type names (`s.m(1, 2)` for `m(_:scale:)`),
    /// matched without its `self` as the generator's `compileDeclaredMethodCall` matches it.
    func declaredMethodMistake(_ receiver: CType, _ name: String, _ arguments: [Argument], call: Expr) -> CType? {
        guard case .user(let type) = receiver, type.kind != .protocolType, !hasTemplateMembers(type),
              !hasGenericMember(named: name), let infos = type.methods[name] else { return nil }
        return argumentMistake(infos.map(FunctionInfo.withoutSelf), arguments, call: call, role: .instanceMethod)
    }

    /// The first mistake of `arguments` against the parameters `shapes` describe, reported at swiftc's token; the
    /// error type, or nil when they fit.
    func argumentMistake(_ shapes: [ParameterShape], _ arguments: [Argument], call: Expr) -> CType? {
        guard case .mistake(let kind, let location) = ArgumentMatch.match(shapes, arguments, opening: call.openingLocation,
                                                                           closing: call.closingLocation, at: call.location)
        else { return nil }
        uncheckedArguments(arguments)
        report(kind, at: location)
        return .error
    }
}
