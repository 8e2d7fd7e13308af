/// Generic types' members (`struct Stack<Element>` and its extensions), checked once per specialization the cell
/// names (`Stack<String>(…)`), as the generator compiles them once per specialization (see the design in
/// `TypeChecker+Generics.swift`: their types are kept per specialization, by its type arguments).
///
/// The specialized type itself (`Stack<String>` as a `UserType`) exists when an earlier cell or this cell's named
/// specializations made it (`Compiler+NamedSpecializations`): `self`, the methods named without it and `Stack()`
/// inside the members then have its type (`TypeChecker+ProtocolExtensions`); else they stay unknown.
/// Inside the members, the stored and computed properties read by name are typed from their written types with
/// the type parameters bound (`items` is `[String]` in `Stack<String>`), as are parameters, results and locals.
/// Checked: methods, initializers, computed properties and subscript getters (not generic members, result builders
/// or stored properties' initial values) of the template and of its extensions declared in this cell that apply
/// (`appliesToSpecialization`).
extension TypeChecker {
    /// The generic type whose members are being checked under a specialization: its name and its properties'
    /// types with the type parameters bound (nil: unknown, e.g. a `weak` or inferred one).
    struct GenericSelf {
        let name: String
        let properties: [String: CType?]
    }

    /// A construction of a generic type (`Stack<String>()`, `FlippedShape(shape: t)`): the members of the cell's
    /// generic type are checked under its type arguments, written or inferred from the arguments as the generator
    /// infers them (`inferTypeArguments`). Handled when the arguments were checked here; the type is then the
    /// inferred specialization's when it exists (`inferredConstruction`), else unknown.
    func genericTypeConstruction(_ callee: Expr, _ arguments: [Argument]) -> (handled: Bool, type: CType?) {
        guard case .name(let name) = callee.kind else { return (false, nil) }
        guard let open = name.firstIndex(of: "<") else {
            guard let (template, _) = compiler.protocolState.genericTypes[name], let referent = resolution.referent(of: callee),
                  namesTopLevelType(referent) else {
                return (false, nil)
            }
            let bound = boundConstruction(template, arguments)
            if bound.handled { return bound }
            guard let bindings = inferredTypeArguments(template, arguments, at: callee.location) else { return (true, nil) }
            if unmetTypeArguments(template, template.genericParameters.map { bindings[$0.name]! }, inferred: true, at: callee.location) {
                return (true, .error)
            }
            specializedTypeUse(template, bindings)
            return (true, inferredConstruction(template, bindings))
        }
        guard name.hasSuffix(">"), let (template, _) = compiler.protocolState.genericTypes[String(name[..<open])] else {
            return (false, nil)
        }
        if specializedInstance(named: name) == nil, writtenSpecializationMistake(name, at: callee.location) {
            uncheckedArguments(arguments)
            return (true, .error)
        }
        let texts = Compiler.splitTypeArguments(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
        guard texts.count == template.genericParameters.count else { return (false, nil) }
        var bindings: [String: CType] = [:]
        for (parameter, text) in zip(template.genericParameters, texts) {
            guard let bound = resolve(Compiler.parseTypeText(text, at: template.location)) else { return (false, nil) }
            bindings[parameter.name] = bound
        }
        specializedTypeUse(template, bindings)
        return (false, nil)
    }

    /// The type arguments of `Template(arguments)` inferred from the arguments' types (each checked) through the
    /// parameters of its initializers or, for a struct without any, its stored properties; nil when unknown. Where
    /// no initializer takes the labels, or the arguments' types leave a type parameter unbound, nbrun's refusal is
    /// reported at `location` (`Compiler.genericTypeInstance` builds no specialization then).
    private func inferredTypeArguments(_ template: TypeDecl, _ arguments: [Argument], at location: SourceLocation) -> [String: CType]? {
        let names = Set(template.genericParameters.map(\.name))
        // `Result { try f() }`: `init(catching:)`, whose failure is `any Error` (`LibraryTypes.result`).
        let refused: CompileError = compiler.libraryTypeNames.contains(template.name) ? .unsupported(.resultCatching, template.name)
            : .unsupported(.genericTypeWithoutArguments)
        guard let labelled = Compiler.inferenceParameters(template, arguments) else {
            uncheckedArguments(arguments)
            reportOnce(refused, at: location)
            return nil
        }
        var bindings: [String: CType] = [:]
        for ((_, type), argument) in zip(labelled, arguments) {
            // An argument of unknown type (`nil`) gives the generator no type argument either.
            guard let actual = argumentType(Compiler.inoutTarget(argument.value) ?? argument.value), !actual.hasError,
                  Compiler.infer(type, actual, names, into: &bindings) else {
                reportOnce(refused, at: location)
                return nil
            }
        }
        guard template.genericParameters.allSatisfy({ bindings[$0.name] != nil }) else {
            reportOnce(refused, at: location)
            return nil
        }
        recordGenericBindings(bindings, arguments, of: template.name, at: template.location)  // the generator's (`Compiler.genericTypeInstance`)
        return bindings
    }

    /// Checks the members of the cell's generic type `template` and of its unconstrained extensions under the type
    /// arguments `bindings` (once per type arguments; not when the specialization was compiled by an earlier cell).
    func specializedTypeUse(_ template: TypeDecl, _ bindings: [String: CType]) {
        guard checksSpecializedMembers(SpecializationKey(template, arguments: template.genericParameters.map { bindings[$0.name]! })),
              let complete = boundAssociatedTypes(template.genericParameters, bindings) else { return }
        let declarations = [template] + (compiler.protocolState.genericExtensions[template.name] ?? []).filter {
            appliesToSpecialization($0, complete)
        }
        for decl in declarations where cellTypeDeclarations.contains(decl) {
            guard specializedBodies.insert(SpecializedBody(decl: ObjectKey(decl), bindings: complete)).inserted else { continue }
            specializedMembers(of: decl, template, complete)
        }
    }

    /// Checks the members of every specialization whose bodies compile in this cell that no use checked (a
    /// specialization used only through a static member, `Tree<Int>.leaf.describe()`, or made by an earlier cell
    /// when this cell extends its template: `Compiler.declareGenericExtension` compiles the extension's members for
    /// it): the template and its applying extensions for one this cell made, this cell's applying extensions for one
    /// an earlier cell made. Run once the cell's statements are checked, in the order of the specializations' names.
    func remainingSpecializedMembers() {
        let instances = compiler.protocolState.genericTypeInstances.values.sorted { $0.type.name < $1.type.name }
        for (template, bindings, type) in instances {
            guard let complete = boundAssociatedTypes(template.genericParameters, bindings) else { continue }
            let ownBodies = type.cell == compiler.currentCell ? [template] : []
            let declarations = ownBodies + (compiler.protocolState.genericExtensions[template.name] ?? []).filter {
                appliesToSpecialization($0, complete)
            }
            for decl in declarations where cellTypeDeclarations.contains(decl) {
                guard specializedBodies.insert(SpecializedBody(decl: ObjectKey(decl), bindings: complete)).inserted else { continue }
                specializedMembers(of: decl, template, complete)
            }
        }
    }

    /// Checks the members `decl` (the template or one of its extensions) declares, under `bindings`.
    func specializedMembers(of decl: TypeDecl, _ template: TypeDecl, _ bindings: [String: CType]) {
        let saved = bodyContext
        specialization = bindings
        selfType = nil
        // `self` (and the methods named without it) have the specialization's type once it exists.
        let instance = specializedSelf(template, bindings)
        conformingSelf = instance.map { ConformingSelf(owner: template.name, type: $0) }
        var properties: [String: CType?] = [:]
        for field in template.fields where !field.isStatic {
            properties[field.name] = field.ownership == nil ? field.type.flatMap(resolve) : nil
        }
        let extensions = (compiler.protocolState.genericExtensions[template.name] ?? []).filter { appliesToSpecialization($0, bindings) }
        for computed in extensions.flatMap(\.computed) + template.computed where !computed.isStatic {
            properties[computed.name] = resolve(computed.type)
        }
        genericSelf = GenericSelf(name: template.name, properties: properties)
        for field in decl.fields where !field.isStatic && field.ownership == nil && !field.isLazy {
            guard let value = field.value else { continue }
            if let written = field.type {
                if let type = resolve(written) { check(value, expected: type) }
            } else {
                check(value, expected: nil)
            }
        }
        for method in decl.methods + decl.initializers where method.genericParameters.isEmpty && method.resultBuilder == nil
            && !method.isStatic {
            for parameter in method.parameters {
                declare(parameter.name, at: parameter.location, parameter.isInout || parameter.isVariadic ? nil : resolve(parameter.type))
            }
            declare("self", at: method.location, instance)
            noteSpecializedMutability(of: method, self: instance)  // +Mutability
            bodyContext.initializesSelf = method.name == "init"  // its own `let` properties it may set
            returnType = method.returnType.map(resolve) ?? .void
            // Under the placeholders, a `return` of another type is the checker's mistake (`return "s"` from an Int method).
            if bodyContext.reportsPlaceholderMistakes, method.name != "init" {
                (returnTyping, reportsReturnMismatches, bodyContext.inClosureBody) = (.given, true, false)
            }
            singleExpressionBody(method.body)
        }
        bodyContext.constantSelf = false  // (a getter's `self` is a constant: not followed, +Mutability)
        for computed in decl.computed where !computed.isStatic && computed.resultBuilder == nil {
            declare("self", at: computed.location, instance)
            returnType = resolve(computed.type)
            singleExpressionBody(computed.body)
            // The setter (`set { cells[i + 1] = newValue }`): its value of the property's type, its `self` mutable.
            if let setter = computed.setter {
                declare(setter.parameter, at: setter.location, resolve(computed.type))
                declare("self", at: setter.location, instance)
                returnType = .void
                singleExpressionBody(setter.body)
            }
        }
        specializedSubscriptGetters(decl, self: instance)
        bodyContext = saved
    }

    /// The type of a property of the generic type being checked, read by name (`items` for `self.items`).
    func genericSelfProperty(_ owner: String, _ name: String) -> CType? {
        guard let genericSelf, genericSelf.name == owner, let type = genericSelf.properties[name] else { return nil }
        return type
    }
}
