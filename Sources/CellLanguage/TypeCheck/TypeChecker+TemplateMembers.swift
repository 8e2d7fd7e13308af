/// Members of the templates (`Compiler+ProtocolExtensions`: extensions of protocols with associated types, and
/// `extension Array`/`Sequence`… kept as such) used on a value whose copy of the template the generator adds after
/// this pass: a conforming declared type of this cell (its associated types are bound then), or a library collection
/// (`TypeChecker+ArrayExtensions`). The checker reads the template's member as the copy will declare it: its
/// parameter and result types resolved with `Self` and the associated types bound as for that type
/// (`extensionBindings`).
extension TypeChecker {
    /// A template added to a type, with the type arguments its bodies are compiled with.
    typealias TemplateCopy = (decl: TypeDecl, bindings: [String: CType])

    /// The templates applying to the declared `type` that declare a method or computed property `name`, each with
    /// the bindings its copy compiles under; nil when none, when a binding is unknown, or when `type` has a member of
    /// that name already (the copy added, or its own).
    private func templateCopies(of type: UserType, _ name: String) -> [TemplateCopy]? {
        let state = compiler.protocolState
        guard !state.protocolExtensions.isEmpty, type.kind != .protocolType, type.extendedBuiltin == nil,
              !hasTemplateMembers(type), type.methods[name] == nil, type.fieldIndex(name) == nil, type.computed[name] == nil
        else { return nil }
        var found: [TemplateCopy] = []
        for (proto, decl) in state.protocolExtensions where compiler.conforms(.user(type), to: proto) {
            guard decl.methods.contains(where: { $0.name == name }) || decl.computed.contains(where: { $0.name == name }) else {
                continue
            }
            guard let bindings = extensionBindings(proto, for: .user(type)) else { return nil }
            if holds(decl.whereRequirements, under: bindings) { found.append((decl, bindings)) }
        }
        return found.isEmpty ? nil : found
    }

    /// `value.name(arguments)` where a template gives the declared `type` the instance method `name`: its result
    /// (`templateCall`); nil when no template gives it or the checker cannot tell.
    func templateMethodCall(_ type: UserType, _ name: String, _ arguments: [Argument]) -> CType? {
        templateCopies(of: type, name).flatMap { templateCall($0, name, arguments, receiver: .user(type)) }
    }

    /// `value.name` where a template gives the declared `type` the instance computed property `name`: its type.
    func templateProperty(_ type: UserType, _ name: String) -> CType? {
        templateCopies(of: type, name).flatMap { templateProperty($0, name) }
    }

    /// `receiver.name(arguments)` where the templates `copies` give `receiver` the one method `name`: its
    /// result, each argument checked against its parameter's type (resolved under the copy's bindings); a generic
    /// method's type parameters bound from the arguments. Nil when no such method takes the arguments' labels.
    func templateCall(_ copies: [TemplateCopy], _ name: String, _ arguments: [Argument], receiver: CType) -> CType? {
        guard let (method, bindings) = templateMethod(copies, name) else { return nil }
        if let mistake = misspelledLabels([method], arguments) { return mistake }
        // A library collection's mutating template method (`xs.rotate()`, compiled in place): its receiver's
        // mutability is checked before (`immutableReceiverCall`).
        if !method.genericParameters.isEmpty { return genericTemplateCall(method, receiver, bindings, arguments) }
        let signature: (parameters: [CType], result: CType)? = under(bindings) {
            let types = method.parameters.compactMap { resolve($0.type) }
            guard types.count == method.parameters.count else { return nil }
            guard let written = method.returnType else { return (types, .void) }
            return resolve(written).map { (types, $0) }
        }
        guard let signature else { return nil }
        let shapes = zip(method.parameters, signature.parameters).map { ($0.label, $1, $0.defaultValue != nil) }
        guard let positions = Self.match(shapes, arguments) else { return nil }
        for (argument, position) in zip(arguments, positions) {
            // A value of another type is the checker's mistake (`[p].chunked(into: "s")`); an `inout` one is checked alone.
            if method.parameters[position].isInout {
                check(argument.value, expected: signature.parameters[position])
            } else {
                checkConverting(argument.value, to: signature.parameters[position]) { .argumentType($0, expected: $1) }
            }
        }
        return signature.result
    }

    /// The type of the one instance computed property `name` the templates `copies` declare (none of them declaring
    /// a method so named); nil otherwise.
    func templateProperty(_ copies: [TemplateCopy], _ name: String) -> CType? {
        let properties = copies.flatMap { copy in
            copy.decl.computed.filter { $0.name == name && !$0.isStatic }.map { (computed: $0, bindings: copy.bindings) }
        }
        guard properties.count == 1, copies.allSatisfy({ !$0.decl.methods.contains { $0.name == name } }) else { return nil }
        return under(properties[0].bindings) { resolve(properties[0].computed.type) }
    }

    /// `value.paired(with: ys)`, a generic method of a template: its type parameters bound from the arguments with the
    /// template's own (`Element`, `Self`…) the receiver's (as the generator specializes it), its body checked under
    /// them (`self` the receiver, the members named without `self` the receiver's).
    private func genericTemplateCall(_ method: FunctionDecl, _ receiver: CType, _ outer: [String: CType],
                                     _ arguments: [Argument]) -> CType? {
        guard let bindings = bindings(method, arguments, outer: outer, expected: nil) else {
            uncheckedArguments(arguments)
            return nil
        }
        if let owner = cellTypeDeclarations.first(where: { $0.methods.contains { $0 === method } }) {
            specializedBody(method, bindings, instance: ConformingSelf(owner: owner.name, type: receiver), declaresSelf: true)
        }
        return under(bindings) { method.returnType.map(resolve) ?? .void }
    }

    /// The one method `name` of the templates `copies` whose own `where` clause holds (as the generator copies them),
    /// with its template's type arguments, when no computed property shares its name.
    private func templateMethod(_ copies: [TemplateCopy], _ name: String) -> (FunctionDecl, [String: CType])? {
        let methods = copies.flatMap { copy in
            copy.decl.methods.filter { method in
                method.name == name && !method.isStatic
                    && (!method.genericParameters.isEmpty || holds(method.genericRequirements, under: copy.bindings))
            }.map { ($0, copy.bindings) }
        }
        guard methods.count == 1, let (method, bindings) = methods.first, method.resultBuilder == nil,
              method.genericParameters.isEmpty || method.genericRequirements.isEmpty,
              !method.parameters.contains(where: { $0.isInout || $0.isVariadic || $0.isAutoclosure }),
              copies.allSatisfy({ !$0.decl.computed.contains { $0.name == name } }) else { return nil }
        return (method, bindings)
    }

    /// The generic instance subscripts the templates applying to the declared `type` give it once the generator adds
    /// them (`Compiler.applyProtocolExtension`, after this pass: `subscript<Indices: Sequence>(indices: Indices)` in
    /// `extension Container`), each as the generator registers it (`Compiler.registerGenericMembers`) with the
    /// template's type arguments for `type`; none when a template's are unknown or already added.
    func templateGenericSubscripts(of type: UserType) -> [GenericMember] {
        let state = compiler.protocolState
        guard !state.protocolExtensions.isEmpty, type.kind != .protocolType, type.extendedBuiltin == nil, !hasTemplateMembers(type) else {
            return []
        }
        var members: [GenericMember] = []
        for (proto, decl) in state.protocolExtensions where decl.subscripts.contains(where: { !$0.isStatic && !$0.genericParameters.isEmpty })
            && compiler.conforms(.user(type), to: proto) {
            guard !state.appliedExtensions.contains(where: { $0.decl === decl && $0.owner === type }) else { continue }
            guard let bindings = extensionBindings(proto, for: .user(type)) else { return [] }
            guard holds(decl.whereRequirements, under: bindings) else { continue }
            for item in decl.subscripts where !item.isStatic && !item.genericParameters.isEmpty {
                members.append(GenericMember(decl: templateGetter(item), outer: bindings, owner: type))
            }
        }
        return members
    }

    /// The getter of a template's generic subscript as a function, made once (`Compiler.registerGenericMembers`).
    private func templateGetter(_ item: TypeDecl.Subscript) -> FunctionDecl {
        if let made = templateSubscriptGetters[item.location] { return made }
        let getter = FunctionDecl(name: "subscript", parameters: item.parameters, returnType: item.returnType, body: item.getter,
                                  location: item.location)
        getter.closingBrace = item.closingBrace
        getter.genericParameters = item.genericParameters
        getter.genericRequirements = item.genericRequirements
        templateSubscriptGetters[item.location] = getter
        return getter
    }

    /// The template (an extension of a protocol with associated types) that declares the subscript whose getter is
    /// `decl`, if one does.
    func templateDeclaring(_ decl: FunctionDecl) -> TypeDecl? {
        guard decl.name == "subscript" else { return nil }
        return compiler.protocolState.protocolExtensions.first { $0.decl.subscripts.contains { $0.location == decl.location } }?.decl
    }

    /// `xs[safe: i]` on a library collection where a template (`extension Array { subscript(safe i: Int) -> Element? }`)
    /// declares the one instance subscript whose labels fit: its result, each argument checked against its parameter's
    /// type (resolved under the copy's bindings, `xs[safe: "s"]` reported as swiftc reports it); nil when none or
    /// several fit, a generic one or one with `inout` or variadic parameters, or the receiver's own extension.
    func templateSubscript(_ receiver: CType, _ arguments: [Argument]) -> CType? {
        guard Compiler.sequenceElement(receiver) != nil, !receiver.hasError,
              extensionReach.ownExtension(of: receiver) == nil else { return nil }
        let fitting = templateCopies(addedTo: receiver).flatMap { copy in
            copy.decl.subscripts.filter { item in
                !item.isStatic && item.genericParameters.isEmpty && !item.parameters.contains { $0.isVariadic || $0.isInout }
                    && Self.match(item.parameters.map { ($0.label, CType.void, $0.defaultValue != nil) }, arguments) != nil
            }.map { (item: $0, bindings: copy.bindings) }
        }
        guard fitting.count == 1, let (item, bindings) = fitting.first else { return nil }
        let types: [CType]? = under(bindings) {
            let resolved = item.parameters.compactMap { resolve($0.type) }
            return resolved.count == item.parameters.count ? resolved : nil
        }
        guard let types, let positions = Self.match(zip(item.parameters, types).map { ($0.label, $1, $0.defaultValue != nil) }, arguments),
              let result = under(bindings, { resolve(item.returnType) }) else { return nil }
        for (argument, position) in zip(arguments, positions) {
            checkConverting(argument.value, to: types[position]) { .argumentType($0, expected: $1) }
        }
        return result
    }
}
