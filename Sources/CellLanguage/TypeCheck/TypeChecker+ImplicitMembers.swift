import Diagnostics

/// Members named without a receiver in a type's bodies (`count += 1`, `area()`: the compiler reads them through the
/// `self` in scope, or through the type for a static member) and members of the superclass (`super.x`,
/// `super.f()`, `super.init(…)`).
extension TypeChecker {
    /// The type of the member `name` of the type whose bodies are being checked, read without a receiver: a stored
    /// property (not implicitly unwrapped), a computed one or a static stored one; nil for
    /// anything else (methods read as values, members of another type or of a built-in type the table declares).
    func implicitMember(_ name: String, of owner: String) -> CType? {
        guard let selfType, selfType.name == owner else { return nil }
        if isStaticMember(name, of: selfType) {
            // Read through the type (`T.name`): a static stored property.
            return selfType.staticMethods[name] == nil ? staticFieldType(selfType, name) : nil
        }
        if let builtin = selfType.extendedBuiltin {
            // The extension's own computed properties, when the standard library has no member of the same name.
            if let property = implicitStdlibProperty(name, of: owner) { return property }
            guard StdlibTables.table(for: builtin)?.property(named: name) == nil,
                  StdlibTables.table(for: builtin)?.methods(named: name).isEmpty ?? true else { return nil }
            return selfType.computed[name]?.returnType
        }
        if name.hasPrefix("$") { return projectedValueType(selfType, name) }
        if let index = selfType.fieldIndex(name) {
            let field = selfType.fields[index]
            return field.isImplicitlyUnwrapped ? nil : field.type  // a weak one reads as declared (`weakFieldRead`)
        }
        return selfType.computed[name]?.returnType ?? rawValueType(selfType, name)
    }

    /// Whether a bare `name` in the bodies of `type` reads a static member (the compiler then reads it through the
    /// type, as `T.name`).
    private func isStaticMember(_ name: String, of type: UserType) -> Bool {
        type.staticFields[name] != nil || staticFieldTypes[type]?[name] != nil || type.staticMethods[name] != nil
            || compiler.hasGenericMember(type, name, isStatic: true)
    }

    /// `name(arguments)` without a receiver in a type's bodies: one of its declared instance methods (or static
    /// methods, called through the type); nil (arguments checked on their own) for anything else.
    func implicitMethodCall(_ name: String, of owner: String, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        if let selfType, selfType.name == owner, selfType.extendedBuiltin == nil,
           let result = callableMemberCall(nil, .user(selfType), name, arguments) { return result }
        if selfType?.name == owner, let result = implicitBuiltinExtensionCall(name, arguments) { return result }
        if let selfType, selfType.name == owner, let result = implicitGenericMethodCall(selfType, name, arguments, at: location) { return result }
        guard let selfType, selfType.name == owner, selfType.extendedBuiltin == nil,
              !compiler.hasGenericMember(selfType, name, isStatic: false),
              !compiler.hasGenericMember(selfType, name, isStatic: true) else {
            uncheckedArguments(arguments)
            return nil
        }
        if let infos = selfType.staticMethods[name] { return declaredCall(infos, arguments, receiver: false) }
        if selfType.staticFields[name] == nil, selfType.fieldIndex(name) == nil, selfType.computed[name] == nil,
           let infos = selfType.methods[name] {
            if bodyContext.immutableSelf, !infos.isEmpty, infos.allSatisfy(\.isMutating) {
                // `bump()` in a method that is not `mutating`: swiftc's error at the name.
                report(.mutatingMemberOnConstant("self"), at: location)
                uncheckedArguments(arguments)
                return .error
            }
            return declaredCall(infos, arguments, receiver: true)
        }
        // A stored property holding a function (`apply(x)` for `var apply: (Int) -> Int`), called through `self`.
        if selfType.methods[name] == nil, selfType.computed[name] == nil,
           let result = storedFunctionCall(.user(selfType), name, arguments) { return result }
        uncheckedArguments(arguments)
        return nil
    }

    // MARK: super

    /// The superclass `super` names in the bodies of the class being checked, when `expr` is `super` (recorded as
    /// that class's instance: the generator asks the base's type before its `super` paths compile it).
    private func superclass(named expr: Expr) -> UserType? {
        guard case .name("super") = expr.kind, resolution.referent(of: expr)?.declaration == nil,
              let selfType, selfType.extendedBuiltin == nil, let superclass = selfType.superclass,
              !isGeneric(superclass) else { return nil }
        record(expr, .user(superclass), expected: nil)
        return superclass
    }

    /// `super.name`: the superclass's computed or stored property (`.some(nil)` when unknown; nil when the base is
    /// not `super`).
    func superMember(_ base: Expr, _ name: String, at location: SourceLocation) -> CType?? {
        guard let superclass = superclass(named: base) else { return nil }
        if let getter = superclass.computed[name] { return .some(getter.returnType) }
        guard let index = superclass.fieldIndex(name) else { return .some(missingMember(.user(superclass), name, at: location)) }
        let field = superclass.fields[index]
        return .some(field.holdsWeakly || field.isImplicitlyUnwrapped ? nil : field.type)
    }

    /// `super.name(arguments)`: a method of the superclass, or one of its initializers (`super.init(…)`, of type
    /// `()`); `.some(nil)` when unknown, nil when the base is not `super`.
    func superCall(_ base: Expr, _ name: String, _ arguments: [Argument], at nameLocation: SourceLocation) -> CType?? {
        guard let superclass = superclass(named: base) else { return nil }
        if name == "init" {
            let initializers = compiler.availableInitializers(superclass)
            if initializers.isEmpty {
                uncheckedArguments(arguments)
                return .some(arguments.isEmpty ? .void : nil)
            }
            guard declaredCall(initializers, arguments, receiver: false) != nil else { return .some(nil) }
            let chosen = resolvedCallee
            let type = delegated()
            // `super.init(x: x)` to an `init?(x:)` from an initializer that cannot fail, without `!`.
            if let chosen, delegatedToFailable == true, !forcesDelegation, !chosen.isImplicitlyUnwrapped,
               bodyContext.initializesSelf, bodyContext.inClosureBody == false, let current = returnType, !current.isOptional {
                report(.nonFailableDelegatesToFailable(chosen.signatureName), at: nameLocation)
                return .some(.error)
            }
            return .some(type)
        }
        guard let infos = superclass.methods[name] else {
            uncheckedArguments(arguments)
            return .some(missingMember(.user(superclass), name, at: nameLocation, called: true))
        }
        return .some(declaredCall(infos, arguments, receiver: true))
    }
}

extension TypeChecker {
    /// `B(…)` for a subclass: one of its own initializers or of those it inherits (run on a new `B`); nil when the
    /// class has none (its implicit `init()`) or inherits them without a value for each of its own stored properties.
    func subclassConstruction(_ type: UserType, _ arguments: [Argument]) -> CType? {
        let initializers = compiler.availableInitializers(type)
        if initializers.isEmpty { return defaultClassConstruction(type, arguments) }
        guard !isGeneric(type) else {
            uncheckedArguments(arguments)
            return nil
        }
        guard let result = declaredCall(initializers, arguments) else { return nil }
        if result == .user(type) || result == .optional(.user(type)) || result == .error { return result }
        let ownFields = type.fields.dropFirst(type.superclass?.fields.count ?? 0)
        if !type.initializers.contains(where: { !$0.isConvenience }), ownFields.contains(where: { $0.defaultValue == nil }) {
            resolvedCallee = nil
            return nil
        }
        if case .optional = result { return .optional(.user(type)) }
        return .user(type)
    }

    /// `C()` for a class that declares and inherits no initializer: its implicit `init()`, when every stored
    /// property has a value.
    func defaultClassConstruction(_ type: UserType, _ arguments: [Argument]) -> CType? {
        guard arguments.isEmpty, !isGeneric(type), type.fields.allSatisfy({ $0.defaultValue != nil }) else {
            uncheckedArguments(arguments)
            return nil
        }
        return .user(type)
    }

    /// The type of the assigned place `super.name` (the name at `location`): a stored or settable computed property of
    /// the superclass (nil when the base is not `super`, `.some(nil)` for anything else, and after refusing a stored
    /// property the superclass or a subclass observes; the error type after reporting a member it certainly lacks).
    func superPlace(_ base: Expr, _ name: String, at location: SourceLocation) -> CType?? {
        guard let superclass = superclass(named: base) else { return nil }
        if superclass.setters[name] != nil { return .some(superclass.computed[name]?.returnType) }
        guard let index = superclass.fieldIndex(name) else { return .some(missingMember(.user(superclass), name, at: location)) }
        if superclass.observers[index] != nil || superclass.fieldsObservedBySubclasses.contains(index) {
            // nbrun changes a stored property through `super` without its observers (`Compiler.superMemberPlace`).
            reportOnce(.unsupported(.observedPropertyThroughSuper), at: location)
            return .some(nil)
        }
        let field = superclass.fields[index]
        return .some(field.holdsWeakly || field.isImplicitlyUnwrapped ? nil : field.type)
    }

    /// `super[arguments]`: a subscript of the superclass (nil when the base is not `super`).
    func superSubscript(_ base: Expr, _ arguments: [Argument]) -> CType?? {
        guard let superclass = superclass(named: base) else { return nil }
        return .some(userSubscript(superclass, arguments))
    }

    /// `self.init(…)` in an initializer: another initializer of the same type (of type `()`; nil when the callee is
    /// not `self.init`, `.some(nil)` when unknown, e.g. a struct's failable initializer beside its memberwise one).
    func initializerDelegation(_ base: Expr, _ name: String, _ arguments: [Argument], at nameLocation: SourceLocation) -> CType?? {
        guard name == "init", case .name("self") = base.kind, let selfType, selfType.extendedBuiltin == nil else { return nil }
        let initializers = selfType.kind == .classType ? compiler.availableInitializers(selfType) : selfType.initializers
        if let mistake = failableDelegation(selfType, initializers, arguments, at: nameLocation) { return .some(mistake) }
        let failable = initializers.contains { Compiler.isOptional($0.returnType) }
        guard !isGeneric(selfType), selfType.kind != .classType || !initializers.isEmpty, selfType.rawType == nil,
              !failable || selfType.kind == .classType || !selfType.keepsMemberwise else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if selfType.kind == .classType || failable {
            // A struct's delegation to one of its initializers where some may fail (`Compiler.compileFailableValueDelegation`
            // when the one chosen does, else `self = T(…)`).
            guard declaredCall(initializers, arguments) != nil else { return .some(nil) }
        } else {
            // A struct's or enum's delegation compiles as `self = T(…)`.
            guard construction(selfType, arguments) != nil else { return .some(nil) }
        }
        return .some(delegated())
    }

    /// The type of a delegation (`self.init(…)`, `super.init(…)`) whose initializer `declaredCall` chose: `()`, the
    /// generator recording what the delegation compiled to, not the initializer; notes whether the initializer may
    /// fail (`delegatedToFailable`, which a `!` after the delegation reads).
    private func delegated() -> CType {
        delegatedToFailable = resolvedCallee.map { Compiler.isOptional($0.returnType) }
        resolvedCallee = nil
        return .void
    }

    /// `self.init(…)!` or `super.init(…)!` (`Compiler.compileForcedDelegation`): `()`, as the delegation, when the
    /// initializer chosen may fail; after one that cannot, swiftc's `cannot force unwrap value of non-optional type`
    /// naming the initialized type (the superclass for `super.init`), at the `!` (`location`); nil when unknown.
    func forcedDelegation(_ operand: Expr, expected: CType?, at location: SourceLocation) -> CType? {
        delegatedToFailable = nil
        forcesDelegation = true
        let type = check(operand, expected: expected)
        forcesDelegation = false
        guard type == .void, let failable = delegatedToFailable else { return nil }
        if failable { return .void }
        guard case .call(let callee, _) = operand.kind, case .member(let base?, _, _) = callee.kind,
              let initialized = superclass(named: base) ?? selfType else { return nil }
        report(.forceUnwrapNonOptional(.user(initialized)), at: location)
        return .error
    }

    /// `self.init(…)` in an initializer that is not failable, to an `init?` (the one initializer whose labels are the
    /// arguments', none of them with default values or variadic parameters): swiftc's error at `init`, after the
    /// arguments are checked against it, as the generator reports it (`Compiler.delegatedResult`); nil otherwise.
    private func failableDelegation(_ type: UserType, _ initializers: [FunctionInfo], _ arguments: [Argument],
                                    at location: SourceLocation) -> CType? {
        guard !forcesDelegation, bodyContext.initializesSelf, bodyContext.inClosureBody == false, genericSelf == nil, conformingSelf == nil,
              !isGeneric(type), type.rawType == nil, let current = returnType, !current.isOptional,
              !initializers.contains(where: { $0.parameters.contains { $0.defaultValue != nil || $0.isVariadic } }) else { return nil }
        let labels = arguments.map(\.label)
        let fitting = initializers.filter { $0.parameters.map(\.label) == labels }
        guard fitting.count == 1, let info = fitting.first, info.returnType.isOptional, !info.isImplicitlyUnwrapped else { return nil }
        _ = declaredCall([info], arguments)
        report(.nonFailableDelegatesToFailable(info.signatureName), at: location)
        // The generator records what the delegation compiled to, not the initializer.
        resolvedCallee = nil
        return .void
    }
}
