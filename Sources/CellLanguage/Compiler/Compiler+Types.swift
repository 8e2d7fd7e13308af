import Diagnostics

extension Compiler {
    static let supportedConformances: Set<String> = [
        "Equatable", "Hashable", "CustomStringConvertible", "Comparable", "CaseIterable", "Error", "RandomNumberGenerator",
        "AdditiveArithmetic",
    ]

    // MARK: Declaration (pass 1)

    /// Registers the name of a declared type, so signatures anywhere in the cell can use it.
    func declareTypeName(_ decl: TypeDecl) {
        // A type below the top level is the declaration checks' mistake (`DeclarationChecks`).
        guard scope.parent == nil, scope.context.level == 0 else { return }
        if decl.kind == .protocolType || decl.kind == .extensionType {
            declareProtocolOrExtension(decl)
            return
        }
        if !decl.genericParameters.isEmpty { return declareGenericType(decl) }
        // A type this cell declared already is a redeclaration (`TypeRedeclarations`): the first one stays.
        if let existing = declarations.userTypes[decl.name], existing.cell == currentCell { return }
        let kind: UserType.Kind = decl.kind == .structure ? .structure : decl.kind == .classType ? .classType : .enumeration
        let type = UserType(kind: kind, name: decl.name.split(separator: ".").last.map(String.init) ?? decl.name,
                            qualifiedName: moduleName + "." + decl.name)
        type.cell = currentCell
        type.restrictedAccess = decl.restrictedAccess
        type.isPropertyWrapper = decl.isPropertyWrapper
        type.isResultBuilder = decl.isResultBuilder
        declarations.userTypes[decl.name] = type
        declarations.typeInfos[decl] = type
    }

    /// Resolves a declared type's stored properties, cases and member signatures.
    func declareTypeMembers(_ decl: TypeDecl) {
        guard let type = declarations.typeInfos[decl] else { return }
        if decl.kind == .protocolType {
            declareRequirements(decl, of: type)
            return
        }
        let selfType = type.selfType
        if !decl.typeAliases.isEmpty { declareMemberTypeAliases(decl, of: type) }
        if decl.kind == .extensionType { replaceExtensionMembers(decl, of: type) }
        // An extension adds conformances to its type; only a class declaration names a superclass.
        let conformances = decl.kind == .extensionType ? decl.conformances : declareSuperclass(type, decl)
        declareConformances(conformances, of: type, decl)
        declareStoredProperties(decl, of: type)
        declareCases(decl, of: type)
        for computed in decl.computed {
            let info = FunctionInfo(name: computed.name, parameters: computed.isStatic ? [] : [.init(label: nil, name: "self", type: selfType)],
                                    returnType: resolveType(computed.type), level: 0, location: computed.location)
            info.cell = currentCell
            compiledFunctions.append(info)
            info.allocateSignatureSlots()
            info.runtime.pointee.recyclesFrames = Compiler.mayRecycleFrames(info, body: computed.body)
            if computed.isStatic { type.staticComputed[computed.name] = info } else { addComputed(info, computed, to: type) }
        }
        declareAccessors(decl, type)
        registerGenericMembers(decl, of: type)
        for method in decl.methods where method.genericParameters.isEmpty {
            guard let info = makeFunctionInfo(method, selfType: method.isStatic ? nil : selfType) else { continue }
            info.isMutating = method.isMutating
            info.runtime.pointee.recyclesFrames = Compiler.mayRecycleFrames(info, body: method.body)
            if method.isStatic { type.staticMethods[method.name, default: []].append(info) } else { addMethod(info, method, to: type) }
            declarations.functionInfos[method] = info
        }
        if decl.kind == .extensionType, type.kind == .structure, type.initializers.isEmpty, !decl.initializers.isEmpty {
            type.keepsMemberwise = true
        }
        for initializer in decl.initializers where initializer.genericParameters.isEmpty {
            let result = initializer.isFailable ? CType.optional(selfType) : selfType
            guard let info = makeFunctionInfo(initializer, selfType: nil, returnType: result) else { continue }
            info.isInitializer = true
            info.isConvenience = initializer.isConvenience
            info.isRequired = initializer.isRequired
            info.isImplicitlyUnwrapped = initializer.isImplicitlyUnwrapped
            addInitializer(info, initializer, to: type)
            declarations.functionInfos[initializer] = info
        }
    }

    /// A FunctionInfo for a method or initializer (`self` first for instance methods).
    func makeFunctionInfo(_ decl: FunctionDecl, selfType: CType?, returnType: CType? = nil) -> FunctionInfo? {
        // A `where` clause on a member that is not generic is the lowering's refusal.
        if let first = decl.genericRequirements.first { cannotGenerate(at: first.location) }
        var parameters: [FunctionInfo.Parameter] = []
        if let selfType { parameters.append(.init(label: nil, name: "self", type: selfType)) }
        for parameter in decl.parameters {
            var type = resolveType(parameter.type)
            // Operator functions take `inout` operands (`static func += (left: inout V, right: V)`), methods and
            // initializers any (`func update(_ grid: inout [[Int]])`, `init(seed: inout UInt64)`).
            let isInout = parameter.isInout && (Compiler.isOperatorName(decl.name) ? selfType == nil : true)
            if parameter.isInout && !isInout {
                cannotGenerate(at: parameter.location)
                type = .error
            }
            if parameter.isVariadic { type = .array(type) }
            let defaultValue = parameter.defaultValue.map { expr in
                converted(compileExpr(expr, expected: type), to: type, at: expr.location)
            }
            parameters.append(.init(label: parameter.label, name: parameter.name, type: type, defaultValue: defaultValue,
                                    isInout: isInout, isVariadic: parameter.isVariadic, isAutoclosure: parameter.isAutoclosure,
                                    resultBuilder: checkedResultBuilder(parameter)))
        }
        let result = returnType ?? decl.returnType.map(resolveType) ?? .void
        let info = FunctionInfo(name: decl.name, parameters: parameters, returnType: result, level: 0, location: decl.location)
        info.isThrowing = decl.isThrowing
        info.thrownType = decl.thrownType.map(resolveType).flatMap { $0.hasError ? nil : $0 }
        info.isRethrowing = decl.isRethrowing
        info.returnsSelf = decl.returnsSelf
        info.cell = currentCell
        compiledFunctions.append(info)
        info.allocateSignatureSlots()
        return info
    }

    // MARK: Bodies (pass 2)

    /// Compiles the bodies of a declared type's members; returns code initialising its static properties.
    func compileTypeBodies(_ decl: TypeDecl) -> ((Frame) throws -> Flow)? {
        if decl.kind == .extensionType, compilesAsTemplate(decl) || checksEarlierGenericType(decl) { return nil }
        if !decl.genericParameters.isEmpty {
            checkGenericType(decl)
            return nil
        }
        guard let type = declarations.typeInfos[decl] else { return nil }
        let selfType = CType.user(type)
        // Static stored properties are hidden globals, initialised on first access (as Swift does); their initial
        // values compile before the members' bodies, which may name the ones not declared yet unqualified.
        compileStaticInitialValues(of: type)
        if declarations.deferredMemberBodies != nil, resolution?.typesUsingLaterGlobals.contains(decl) == true {
            let prefixes = typeNamePrefixes
            declarations.deferredMemberBodies?.append { [unowned self] in
                let saved = typeNamePrefixes
                typeNamePrefixes = prefixes
                compileMemberBodies(decl, type)
                typeNamePrefixes = saved
            }
        } else {
            compileMemberBodies(decl, type)
        }
        installDescriptionAndEquality(decl, type)
        installHashing(type)
        _ = selfType
        if !protocolState.genericMembers.isEmpty { checkGenericMembers(of: type) }
        bindPendingConformances(of: type)
        return nil
    }

    /// Compiles the bodies of `decl`'s computed properties, accessors, methods and initializers.
    private func compileMemberBodies(_ decl: TypeDecl, _ type: UserType) {
        for computed in decl.computed {
            guard let info = computed.isStatic ? type.staticComputed[computed.name] : type.computed[computed.name] else { continue }
            compileMemberBody(info, parameters: [], body: resultBuilderGetterBody(computed, info), type: type, hasSelf: !computed.isStatic,
                              mutableSelf: false, location: computed.location)
        }
        compileAccessorBodies(decl, type)
        for method in decl.methods where method.genericParameters.isEmpty {  // generic ones: when specialized
            guard let info = declarations.functionInfos[method] else { continue }
            compileMemberBody(info, parameters: method.parameters, body: resultBuilderFunctionBody(method), type: type,
                              hasSelf: !method.isStatic,
                              mutableSelf: method.isMutating, location: method.location)
        }
        for initializer in decl.initializers {
            guard let info = declarations.functionInfos[initializer] else { continue }
            compileMemberBody(info, parameters: initializer.parameters, body: initializer.body, type: type, hasSelf: false,
                              mutableSelf: true, location: initializer.location)
        }
    }

    func compileMemberBody(_ info: FunctionInfo, parameters: [FunctionDecl.Parameter], body: [Stmt], type: UserType,
                                   hasSelf: Bool, mutableSelf: Bool, location: SourceLocation) {
        let errorsBefore = errorMark()
        let savedMember = compilingMember
        compilingMember = info
        defer { compilingMember = savedMember }
        let savedScope = scope
        scope = Scope(parent: globalScope, context: info.context)
        selfContexts.append(SelfContext(type: type, level: info.context.level))
        let usesBefore = outsideUses
        defer {
            selfContexts.removeLast()
            leaveScope(to: savedScope)
            info.usesOutside = outsideUses != usesBefore
        }
        let declared = hasSelf ? Array(info.parameters.dropFirst()) : info.parameters
        let declaredSlots = hasSelf ? Array(info.parameterSlots.dropFirst()) : info.parameterSlots
        if hasSelf {
            _ = declareVariable("self", type: type.selfType, isLet: !mutableSelf || type.kind == .classType, at: location,
                                slot: info.parameterSlots[0])
        }
        for (index, (parameter, syntax)) in zip(declared, parameters).enumerated() {
            _ = declareVariable(parameter.name, type: parameter.type, isLet: !parameter.isInout, at: syntax.location,
                                slot: declaredSlots[index])
        }
        var statements = body
        if info.isInitializer {
            // `self` starts with every stored property at its default value; the body assigns the rest.
            let selfVariable = declareVariable("self", type: .user(type), isLet: type.kind == .classType, at: location)
            info.context.initializerSelf = selfVariable
            let defaults = type.fields.map { $0.defaultValue?.value }
            let isClass = type.kind == .classType
            let selfSlot = selfVariable.slot
            let prologue: (Frame) throws -> Flow = { frame in
                // A subclass's initializer (`super.init`) or a delegating one (`self.init`) passes its object in.
                if isClass, case .object = frame.values[selfSlot] { return .normal }
                var fields: [Value] = []
                for value in defaults { fields.append(try value?(frame) ?? .void) }
                frame.values[selfSlot] = isClass ? .object(ObjectBox(type: type, fields: fields)) : .tuple(fields)
                return .normal
            }
            let main = withScope { sequence(compileStatements(statements)) }
            let returnSlot = info.context.returnSlot
            info.body = sequence([StatementBox(prologue), StatementBox(main), StatementBox { frame in
                frame.values[returnSlot] = frame.values[selfSlot]
                return .returned
            }])
        } else {
            if info.returnType != .void, statements.count == 1, case .expression(let expr) = statements[0], !FlowExits.isNeverCall(expr) {
                statements = [.returnStatement(expr, expr.location)]
            }
            // A missing return is the checks' (`MemberReturns`: each body once, not once per specialization).
            compileBodyStatements(statements, into: info)
        }
        info.hasErrors = hasErrors(since: errorsBefore)
        info.sealLayout()
    }

    // MARK: Members

    /// `Type.member` for a declared type: enum cases, static properties.
    func compileStaticMember(_ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        if let zero = placeholderStaticMember(type, name, at: location) { return zero }
        if let index = type.caseIndex(name) {
            if type.cases[index].payload != nil {
                cannotGenerate(at: location)  // a case with values, read without them: the checker's mistake
                return .invalid
            }
            return Typed(type: .user(type), code: .value { _ in .variant(index, []) })
        }
        if let variable = type.staticField(named: name) { return load(variable) }  // a superclass's too
        if let getter = type.staticComputed[name] {
            let runtime = self.runtime
            let globals = self.globals
            return Typed.fromValue(getter.returnType) { _ in
                let frame = try Compiler.invoke(getter, parent: globals, arguments: [], runtime: runtime, location: location)
                return Compiler.result(of: getter, in: frame)
            }
        }
        if name == "allCases", type.kind == .enumeration, type.conformances.contains("CaseIterable") {
            let count = type.cases.count
            return Typed(type: .array(.user(type)), code: .value { _ in .array((0..<count).map { .variant($0, []) }) })
        }
        return nil
    }

    /// `value.member` for a value of a declared type: stored and computed properties, `rawValue`.
    func compileInstanceMember(_ receiver: Typed, _ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        if let lazy = lazyPropertyRead(receiver, type, name, at: location) { return lazy }
        if name.hasPrefix("$"), let projected = projectedValueRead(receiver, type, name, at: location) { return projected }
        let value = receiver.value
        if let index = type.fieldIndex(name) {
            let fieldType = type.fields[index].type
            if type.fields[index].holdsWeakly { return weakFieldRead(value, index, type.fields[index], at: location) }
            if type.kind == .classType {
                return Typed.fromValue(fieldType) { frame in
                    guard case .object(let box) = try value(frame), index < box.fieldCount else { return .void }
                    return box.fields[index]
                }
            }
            return Typed.fromValue(fieldType) { frame in
                let fields = try value(frame).tupleValue
                return index < fields.count ? fields[index] : .void
            }
        }
        if let getter = type.computed[name] {
            return compileGetterCall(getter, receiver: value, dispatch: type.kind == .classType, at: location)
        }
        if name == "rawValue", let rawType = type.rawType {
            let raws = type.cases.map { $0.rawValue ?? .void }
            return Typed.fromValue(rawType) { frame in
                guard case .variant(let index, _) = try value(frame), index < raws.count else { return .void }
                return raws[index]
            }
        }
        return nil
    }

    /// The enum case names a switch must cover to be exhaustive, when the subject is an enum-like type.
    func enumCaseNames(_ type: CType) -> [String]? {
        switch type {
        case .user(let userType) where userType.kind == .enumeration: return userType.cases.map(\.name)
        case .constants(let name): return registry.constants[name]
        case .optional: return ["some", "none"]
        default: return nil
        }
    }

    /// A `case .name(patterns)` pattern.
    func compileEnumCasePattern(_ name: String, _ payload: [CasePattern]?, type: CType,
                                at location: SourceLocation) -> (Frame, Value) throws -> Bool {
        switch type {
        case .user(let userType) where userType.kind == .enumeration:
            // No such case, or another count of values, is the checker's mistake.
            guard let index = userType.caseIndex(name) else {
                cannotGenerate(at: location)
                declareBindings(of: payload ?? [])
                return { _, _ in false }
            }
            let types = userType.cases[index].payload ?? []
            let patterns = payload ?? []
            if payload != nil && patterns.count != types.count {
                cannotGenerate(at: location)
                declareBindings(of: patterns)
                return { _, _ in false }
            }
            let matchers = zip(patterns, types).map { compileCasePattern($0, type: $1.type) }
            return { frame, value in
                guard case .variant(let actual, let values) = value, actual == index else { return false }
                for (position, matcher) in matchers.enumerated() where position < values.count {
                    if try !matcher(frame, values[position]) { return false }
                }
                return true
            }
        case .constants(let typeName):
            guard registry.constants[typeName]?.contains(name) ?? false else {
                cannotGenerate(at: location)
                return { _, _ in false }
            }
            return { _, value in
                if case .named(let actual) = value { return actual.name == name }
                return false
            }
        case .optional(let wrapped):
            if name == "none" { return { _, value in if case .none = value { return true } else { return false } } }
            if name == "some", let inner = payload, inner.count == 1 {
                let matcher = compileCasePattern(inner[0], type: wrapped)
                return { frame, value in
                    if case .none = value { return false }
                    return try matcher(frame, value)
                }
            }
            if name != "some", enumCaseNames(wrapped) != nil {
                // `case .circle = optionalShape`: as in Swift, a case of the wrapped enum matches a present value.
                let matcher = compileEnumCasePattern(name, payload, type: wrapped, at: location)
                return { frame, value in
                    if case .none = value { return false }
                    return try matcher(frame, value)
                }
            }
        case .error:
            declareBindings(of: payload ?? [])
            return { _, _ in false }
        default:
            break
        }
        // `if let (a, b) = pair` on a value that is not optional, or a case the type does not have.
        cannotGenerate(at: location)
        declareBindings(of: payload ?? [])
        return { _, _ in false }
    }

    /// When compiling a method, a bare name that is a member of `self` (and not a local) means `self.name`.
    /// Whether `name`, looked up from here, is a global's (the nearest binding is in the cells' global scope).
    private func isGlobalName(_ name: String) -> Bool {
        var current: Scope? = scope
        while let found = current {
            if found.names[name] != nil { return found.context === globalScopeContext }
            current = found.parent
        }
        return false
    }

    func implicitSelfMember(_ name: String, at location: SourceLocation) -> Expr? {
        guard let context = selfContexts.last, name != "self", let member = selfMemberExpr(name, at: location) else { return nil }
        // A local (of the member, or of a closure in it) hides the member; a global does not (it may be declared after
        // the type, or in an earlier cell, and a member's body compiled late, as a generic member's is, sees it).
        if let (_, level) = scope.lookupWithLevel(name), level >= context.level, !isGlobalName(name) { return nil }
        return member
    }

    /// `self.name` (or `T.name` for a static member) when `name` is a member of the type whose body is compiling,
    /// whatever the scopes hold (the caller knows no local hides it).
    func selfMemberExpr(_ name: String, at location: SourceLocation) -> Expr? {
        guard let context = selfContexts.last, name != "self" else { return nil }
        let type = context.type
        let isMember = type.fieldIndex(name) != nil || type.computed[name] != nil || type.methods[name] != nil
            || hasGenericMember(type, name, isStatic: false) || hasGenericMember(type, name, isStatic: true)
            || type.staticFields[name] != nil || type.staticMethods[name] != nil
            || (name == "rawValue" && type.rawType != nil) || hasProtocolMember(type, name) || hasBuiltinMember(type, name)
            || (name.hasPrefix("$") && type.fieldIndex("_" + name.dropFirst()) != nil)  // a wrapper's projection
        guard isMember else { return nil }
        if type.staticFields[name] != nil || type.staticMethods[name] != nil || hasGenericMember(type, name, isStatic: true) {
            return synthesized(Expr(.member(synthesized(Expr(.name(type.name), at: location)), name, location), at: location))
        }
        return synthesized(Expr(.member(synthesizedSelf(at: location), name, location), at: location))
    }

    /// An enumeration's cases, with their payloads and raw values (given or inferred).
    private func declareCases(_ decl: TypeDecl, of type: UserType) {
        var nextRaw = 0
        // Whether the preceding raw value was an integer (or none): a number case without one then gets the next. A
        // raw value that is no literal, of another type or not inferred is the declaration checks' mistake
        // (`DeclarationChecks.caseErrors`), as is a case declared twice.
        var followsInteger = true
        for enumCase in decl.cases {
            let payload = enumCase.payload.map { elements in
                elements.map { TupleElement(label: $0.label, type: resolveType($0.type)) }
            }
            var raw: Value?
            if let rawType = type.rawType {
                if let expr = enumCase.rawValue {
                    switch expr.kind {
                    case .intLiteral(let value):
                        _ = compileExpr(expr, expected: rawType)
                        raw = rawType == .double ? .double(Double(value)) : .int(value); nextRaw = value + 1; followsInteger = true
                    case .floatLiteral(let value):
                        _ = compileExpr(expr, expected: rawType)
                        raw = .double(value); followsInteger = false
                    case .stringLiteral(let parts):
                        _ = compileExpr(expr, expected: rawType)
                        if case .text(let text)? = parts.first, parts.count == 1 { raw = .string(text) } else { raw = .string("") }
                        followsInteger = false
                    default:
                        break
                    }
                } else {
                    switch rawType {
                    case .int where followsInteger: raw = .int(nextRaw); nextRaw += 1
                    case .integer where followsInteger:
                        raw = .int(nextRaw); nextRaw += 1
                    case .string: raw = .string(enumCase.name)
                    case .double where followsInteger: raw = .double(Double(nextRaw)); nextRaw += 1
                    default: break
                    }
                }
            }
            type.cases.append(.init(name: enumCase.name, payload: payload, rawValue: raw))
        }
    }

    /// A type's stored properties (a static one waits for the cell's other declarations), with their default values.
    private func declareStoredProperties(_ decl: TypeDecl, of type: UserType) {
        for field in decl.fields {
            // An extension's or an enumeration's stored property is the declaration checks' mistake (`DeclarationChecks`).
            if decl.kind == .extensionType, !field.isStatic { continue }
            var fieldType = field.type.map(resolveType)
                ?? (field.isLazy ? field.value.map { lazyValueType($0, of: type, in: decl, at: field.location) } : nil)
            var defaultValue: Typed?
            if let value = field.value, !field.isStatic, !field.isLazy, decl.genericParameters.isEmpty,
               declarations.defersFieldDefaults, namesMemberOfCellType(value) {
                // Compiled once the cell's declarations are made (`DeferredFieldDefault`), which gives its type if none is written.
                let deferred = DeferredFieldDefault(type: type, field: field.name, value: value, declared: fieldType,
                                                    typeNamePrefixes: typeNamePrefixes)
                declarations.deferredFieldDefaults.append(deferred)
                defaultValue = deferred.placeholder
                fieldType = defaultValue?.type
            } else if let value = field.value, !field.isStatic, !field.isLazy {
                var typed = compileExpr(value, expected: fieldType ?? unannotatedDictionaryType(value, in: decl))
                if let declared = fieldType { typed = converted(typed, to: declared, at: value.location) }
                fieldType = fieldType ?? typed.type
                defaultValue = typed
            }
            if field.isStatic {
                declarations.staticFieldDeclarations.append(PendingStaticProperty(type: type, field: field, decl: decl,
                                                                                  typeNamePrefixes: typeNamePrefixes))
                continue
            }
            if type.kind == .enumeration { continue }
            // A property without a type or a value is the lowering's mistake; one declared twice the declaration checks'.
            guard let resolved = fieldType else {
                cannotGenerate(at: field.location)
                continue
            }
            if field.isLazy {
                defaultValue = Typed(type: resolved, code: .value { _ in .void })  // not computed yet (`lazyInitializers`)
            } else if defaultValue == nil, !field.isLet, case .optional = resolved {
                // As in Swift, an optional `var` without a value starts as nil (and may be left out of the memberwise init).
                defaultValue = Typed(type: resolved, code: .value { _ in .none })
            }
            type.fields.append(.init(name: field.name, type: resolved, isLet: field.isLet, defaultValue: defaultValue,
                                     hasPrivateSetter: field.hasPrivateSetter,
                                     isImplicitlyUnwrapped: noteImplicitlyUnwrapped(field.type)))
            if let ownership = field.ownership { declareWeakField(of: type, ownership, field) }
        }
    }

    /// The conformances a type declaration or extension lists: raw types, built-in and declared protocols.
    private func declareConformances(_ conformances: [String], of type: UserType, _ decl: TypeDecl) {
        for conformance in conformances {
            if type.kind == .enumeration, ["Int", "String", "Double", "Character"].contains(conformance), type.rawType == nil {
                type.rawType = conformance == "Int" ? .int : conformance == "String" ? .string
                    : conformance == "Character" ? .character : .double
            } else if type.kind == .enumeration, let kind = IntegerKind(name: conformance), type.rawType == nil {
                type.rawType = .integer(kind)
            } else if conformance == "Sequence" || conformance == "IteratorProtocol", type.kind != .protocolType {
                type.conformances.insert(conformance)  // `Compiler+UserSequences`
            } else if Compiler.supportedConformances.contains(conformance) {
                type.conformances.formUnion(Compiler.arithmeticProtocols[conformance] ?? [conformance])
            } else {
                // A name that is no declared protocol is refused by the conformance checks (`refusedConformances`).
                _ = declareProtocolConformance(type, conformance, at: decl.location)
            }
        }
    }
}
