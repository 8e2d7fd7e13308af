/// The member bodies of non-generic declared types and of their extensions (and of extensions of built-in types):
/// methods, initializers and `deinit`, computed getters and setters, property observers, subscripts' accessors,
/// stored properties' initial values and nested types. Each body is checked with the parameter types of the
/// `FunctionInfo` the compiler declared for it (a body without one, such as a static member's accessor declared
/// when the type's bodies compile, is not checked).
extension TypeChecker {
    /// The type `self` has in the bodies of `type`: the extended built-in type, or the declared type.
    func selfValueType(of type: UserType) -> CType {
        type.extendedBuiltin ?? .user(type)
    }

    /// The declared type whose member bodies a declaration holds, when the checker checks them: a non-generic
    /// struct, class or enum (its generic methods are left out), an extension of one, or an extension of a
    /// non-generic built-in type.
    private func checkedBodies(of decl: TypeDecl) -> UserType? {
        guard decl.kind != .protocolType, decl.genericParameters.isEmpty, decl.whereRequirements.isEmpty,
              let type = compiler.declarations.typeInfos[decl], type.kind != .protocolType, type.genericArguments.isEmpty,
              compiler.protocolState.genericTypes[type.name] == nil else {
            return nil
        }
        if let builtin = type.extendedBuiltin {
            switch builtin {
            case .int, .double, .bool, .string, .character, .integer, .array: return type
            default: return nil
            }
        }
        return type
    }

    /// The member bodies of a type declaration (and of the types nested in it).
    func typeDeclaration(_ decl: TypeDecl) {
        if associatedProtocolExtension(decl) || protocolExtension(decl) { return }
        guard let type = checkedBodies(of: decl) else { return }
        let saved = bodyContext
        selfType = type
        bodyContext.typeNamePrefix = decl.name
        defer { bodyContext = saved }
        for inner in decl.nested { typeDeclaration(inner) }
        storedProperties(decl, of: type)
        observedOverrideTypes(decl, of: type)
        observedOverridesAssignedEarlier(decl, of: type)
        rawValueLiterals(decl, of: type)
        for method in decl.methods + decl.initializers where method.genericParameters.isEmpty {
            if let info = compiler.declarations.functionInfos[method] { body(of: method, info) }
        }
        for computed in decl.computed {
            let getter = computed.isStatic ? type.staticComputed[computed.name] : type.computed[computed.name]
            if let getter, getter.location == computed.location, let body = builderGetterBody(computed, getter) {
                accessor(getter, [], body, self: computed.isStatic ? nil : computed.location)
            }
            let setter = computed.isStatic ? type.staticSetters[computed.name] : type.setters[computed.name]
            if let accessor = computed.setter, let setter {
                self.accessor(setter, [(accessor.parameter, accessor.location)], accessor.body,
                              self: computed.isStatic ? nil : accessor.location)
            }
        }
        subscripts(decl, of: type)
    }

    /// Stored properties: initial values (checked against the written type, as the compiler compiles them) and
    /// observers.
    private func storedProperties(_ decl: TypeDecl, of type: UserType) {
        for field in decl.fields where (decl.kind != .extensionType || field.isStatic) && !field.isLazy {
            guard type.kind != .enumeration || field.isStatic else { continue }
            storedPropertyValue(field, of: type)
            if let ownership = field.ownership { checkOwnership(ownership, of: field, in: type) }
        }
        for field in decl.fields where field.isLazy && !field.isStatic {
            // A lazy property's value is computed on first use, as the body `return value` with `self`.
            guard let value = field.value, let index = type.fieldIndex(field.name),
                  let info = type.lazyInitializers[index] else { continue }
            accessor(info, [], [.returnStatement(value, value.location)], self: field.location)
        }
        for field in decl.fields + decl.observedOverrides {
            // A static property's observers (declared with it: `Compiler.declareStaticStoredProperties`) have no `self`.
            var observers = field.isStatic ? type.staticObservers[field.name] : type.computedObservers[field.name]
            if observers == nil, !field.isStatic, let index = type.fieldIndex(field.name) { observers = type.observers[index] }
            guard let observers else { continue }
            for (accessor, info) in [(field.willSet, observers.willSet), (field.didSet, observers.didSet)] {
                guard let accessor, let info else { continue }
                self.accessor(info, [(accessor.parameter, accessor.location)], accessor.body,
                              self: field.isStatic ? nil : accessor.location)
            }
        }
    }

    /// A `weak` or `unowned` stored property holds a class instance (optional or not), as swiftc requires.
    private func checkOwnership(_ ownership: String, of field: TypeDecl.Field, in type: UserType) {
        guard !field.isStatic, let index = type.fieldIndex(field.name) else { return }
        var held = type.fields[index].type
        if case .optional(let wrapped) = held { held = wrapped }
        if !held.hasError, !compiler.isClassBound(held) {
            report(.ownershipOfNonClass(ownership, held), at: field.location)
        }
    }

    /// The getters and setters of a type's non-generic subscripts (static ones without `self`).
    private func subscripts(_ decl: TypeDecl, of type: UserType) {
        for item in decl.subscripts where item.genericParameters.isEmpty {
            let list = item.isStatic ? type.staticSubscripts : type.subscripts
            guard let declared = list.first(where: { $0.getter.location == item.location }),
                  !item.parameters.contains(where: { $0.isVariadic || $0.isInout }) else { continue }
            let parameters = item.parameters.map { ($0.name, $0.location) }
            // Default values (`subscript(x: Int, y: Int = 0)`), as a function's.
            for (parameter, type) in zip(item.parameters, declared.getter.parameters.suffix(item.parameters.count).map(\.type)) {
                defaultArgument(parameter, type)
            }
            accessor(declared.getter, parameters, item.getter, self: item.isStatic ? nil : item.location)
            if let setter = item.setter, let info = declared.setter {
                accessor(info, parameters + [(setter.parameter, setter.location)], setter.body,
                         self: item.isStatic ? nil : setter.location)
            }
        }
    }

    /// An accessor's body (a getter, setter, observer or subscript accessor): its parameters (named at their
    /// positions) take the last parameter types of `info`, `self` (declared at `selfLocation`) the type's.
    private func accessor(_ info: FunctionInfo, _ parameters: [(name: String, location: SourceLocation)], _ body: [Stmt],
                          self selfLocation: SourceLocation?) {
        let declared = info.parameters.suffix(parameters.count)
        guard declared.count == parameters.count, info.parameters.count - declared.count == (selfLocation == nil ? 0 : 1) else {
            return
        }
        for (parameter, declared) in zip(parameters, declared) {
            declare(parameter.name, at: parameter.location, declared.isInout ? nil : declared.type)
        }
        if let selfLocation, let selfType { declare("self", at: selfLocation, selfValueType(of: selfType)) }
        let saved = bodyContext
        (returnType, returnTyping, bodyContext.inClosureBody) = (info.returnType, .given, nil)
        singleExpressionBody(body)
        bodyContext = saved
    }

    /// The type of the unannotated `lazy` property value `value` of the type `decl` declares, checked without a
    /// contextual type with `self` declared at `selfLocation` (as the getter's body sees it), while the compiler
    /// declares the type, before the cell is checked (`Compiler.lazyValueType`); nil when unknown.
    func lazyValueType(_ value: Expr, in decl: TypeDecl, self selfLocation: SourceLocation) -> CType? {
        guard let type = checkedBodies(of: decl) else { return nil }
        let saved = bodyContext
        defer { bodyContext = saved }
        (selfType, bodyContext.typeNamePrefix, bodyContext.inClosureBody) = (type, decl.name, nil)
        declare("self", at: selfLocation, selfValueType(of: type))
        return check(value, expected: nil)
    }

    /// Checks a stored property's initial value (against its written type, as the compiler compiles it); a static
    /// property's type is then known to the rest of the cell (`staticFieldType`).
    private func storedPropertyValue(_ field: TypeDecl.Field, of type: UserType) {
        guard let value = field.value else { return }
        var fieldType: CType?
        if case .implicitlyUnwrapped(let wrapped)? = field.type, !field.isStatic {
            // `var steps: Counter! = Counter()`: the value against the optional the field holds.
            if let wrapped = resolve(wrapped) { check(value, expected: .optional(wrapped)) }
        } else if let annotation = field.type {
            fieldType = resolve(annotation)
            if let fieldType { checkConverting(value, to: fieldType) { .specifiedType($0, specified: $1) } }
        } else if Self.isNilLiteral(value) {
            report(.nilWithoutContext, at: value.location)  // `var n = nil`
        } else {
            fieldType = unannotatedAnyLiteral(value, check(value, expected: nil))  // `[1, "s"]`: TypeChecker+AnyLiterals
        }
        if field.isStatic, type.staticFields[field.name] == nil, let fieldType {
            staticFieldTypes[type, default: [:]][field.name] = fieldType
        }
    }

    /// The type of the initial value of a static stored property of the type `decl` declares (or extends), checked
    /// without a contextual type in the type's static context, while the compiler declares the cell's static stored
    /// properties, before the cell is checked (`Compiler.declareStaticStoredProperties`); nil when unknown.
    func staticValueType(_ value: Expr, in decl: TypeDecl) -> CType? {
        guard let type = checkedBodies(of: decl) else { return nil }
        let saved = bodyContext
        defer { bodyContext = saved }
        (selfType, bodyContext.typeNamePrefix, bodyContext.inClosureBody) = (type, decl.name, nil)
        return check(value, expected: nil)
    }

    /// The type of the static stored property `name` of `type`: declared by the compiler, or found by the checker
    /// in this cell (a property whose type the compiler could not know before the checker: see
    /// `Compiler.declareStaticStoredProperties`); a class's superclasses' too, which it shares (`UserType.staticField`).
    func staticFieldType(_ type: UserType, _ name: String) -> CType? {
        for owner in type.selfAndSuperclasses {
            if let found = owner.staticFields[name]?.type ?? staticFieldTypes[owner]?[name] { return found }
        }
        return nil
    }
}
