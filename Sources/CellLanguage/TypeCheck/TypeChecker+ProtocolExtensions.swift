/// Extensions of protocols with associated types (`extension Container where Item: Equatable { … }`), checked once
/// per conforming type, as the generator compiles them (`Compiler+ProtocolExtensions`): a copy of the extension is
/// added to each conforming type whose associated types meet its `where` clause, its bodies compiled with `Self`
/// bound to that type and each associated type to what the type binds it to. The checker mirrors that choice and
/// checks the bodies under the same type arguments (`SpecializedTypes`): `self` has the conforming type, the members
/// named without `self` are the conforming type's (its own properties and methods, or the standard library's for an
/// array), the associated types resolve to their bound types.
///
/// `extension Array { … }` is such a template too (`Compiler+ArrayExtensions`): its bodies are checked per collection
/// type. The conforming types are the declared structs, classes and enums (and the specializations made so far) that
/// conform to the protocol, checked with the extension's declaration; a library collection's copy is checked when a
/// template's member is first looked up on it, as the generator adds it then (`checkTemplateBodies(addedTo:)`). Left unknown: static members, setters, generic methods and subscripts, and the
/// extension's own members named without `self` in its bodies on types whose copies the generator adds after this pass.
extension TypeChecker {
    /// The conforming type whose copy of a template's bodies (or of a specialized generic type's) is being checked:
    /// members named without `self` in a body of `owner` are read and called on a value of `type`.
    struct ConformingSelf {
        let owner: String
        let type: CType
    }

    /// Checks the bodies of an extension of a protocol with associated types once per conforming type; false when
    /// `decl` is no such extension.
    func associatedProtocolExtension(_ decl: TypeDecl) -> Bool {
        // The templates: extensions of protocols with associated types, and `extension Array` (of a hidden protocol
        // whose associated type is `Element`, see `Compiler+ArrayExtensions`).
        guard decl.kind == .extensionType, !compiler.protocolState.protocolExtensions.isEmpty,
              let proto = compiler.protocolState.protocolExtensions.first(where: { $0.decl === decl })?.proto else {
            return false
        }
        for type in conformingTypes(of: proto) {
            guard let bindings = extensionBindings(proto, for: type), holds(decl.whereRequirements, under: bindings) else { continue }
            conformingBodies(decl, of: type, bindings)
        }
        return true
    }

    /// The declared types a template of `proto` may be added to (library collections get their copies checked when
    /// a template's member is looked up on them: `checkTemplateBodies(addedTo:)`).
    private func conformingTypes(of proto: UserType) -> [CType] {
        let state = compiler.protocolState
        let declared = compiler.declarations.userTypes.values.filter { type in
            type.kind != .protocolType && type.extendedBuiltin == nil && state.genericTypes[type.name] == nil
                && !state.placeholderTypes.contains(type) && compiler.conforms(.user(type), to: proto)
        }.sorted { $0.name < $1.name }
        return declared.map { CType.user($0) }
    }

    /// The type arguments the generator compiles a template of `proto` with for `type`: `Self` and each associated
    /// type of the protocol's family it binds (nil when a declared type's bindings are unknown).
    func extensionBindings(_ proto: UserType, for type: CType) -> [String: CType]? {
        var bindings: [String: CType] = ["Self": type]
        let map: IdentityTable<UserType, CType>
        switch type {
        case _ where Compiler.sequenceElement(type) != nil:
            let element = Compiler.sequenceElement(type)!
            map = IdentityTable(compiler.protocolFamily(proto).flatMap { $0.protocolInfo?.associatedTypes ?? [] }
                .map { ($0.type, element) }, uniquingKeysWith: { first, _ in first })
        case .user(let owner):
            map = compiler.protocolState.associatedBindings[owner] ?? compiler.associatedBindings(of: owner)
        default:
            return nil
        }
        for member in compiler.protocolFamily(proto) {
            for (name, placeholder) in member.protocolInfo?.associatedTypes ?? [] where bindings[name] == nil {
                if let bound = map[placeholder] { bindings[name] = bound }
            }
        }
        return bindings.values.contains(where: \.hasError) ? nil : bindings
    }

    /// Before a template's member is typed on a library collection (`points.chunked(into: 2)`, `"abc".frequencies()`):
    /// the bodies of the templates the generator adds to `type` are checked for it, once (the declaration pass checked
    /// them for arrays of the basic element types only, `conformingTypes(of:)`).
    func checkTemplateBodies(addedTo type: CType) {
        for (decl, bindings) in templateCopies(addedTo: type) { conformingBodies(decl, of: type, bindings) }
    }

    /// The templates the generator adds to the library collection `type` (`Compiler.templates(addedTo:)`) whose
    /// `where` clause holds for it, each with the type arguments its bodies are compiled with.
    func templateCopies(addedTo type: CType) -> [TemplateCopy] {
        compiler.templates(addedTo: type).compactMap { proto, decl in
            guard let bindings = extensionBindings(proto, for: type), holds(decl.whereRequirements, under: bindings) else { return nil }
            return (decl, bindings)
        }
    }

    /// Whether `where` requirements on the associated types hold under `bindings` (as the generator decides; false
    /// when a side is unknown).
    func holds(_ requirements: [FunctionDecl.GenericRequirement], under bindings: [String: CType]) -> Bool {
        requirements.allSatisfy { requirement in
            guard let bound = bindings[requirement.left] else { return false }
            guard requirement.isSameType else { return compiler.satisfies(bound, requirement.right) }
            if let right = bindings[requirement.right] { return right == bound }
            let saved = bodyContext
            specialization = bindings
            defer { bodyContext = saved }
            return resolve(.named(requirement.right, requirement.location)) == bound
        }
    }

    /// Checks the instance methods and computed getters of `decl`'s copy for `type` under `bindings` (once each).
    func conformingBodies(_ decl: TypeDecl, of type: CType, _ bindings: [String: CType]) {
        guard specializedBodies.insert(SpecializedBody(decl: ObjectKey(decl), bindings: bindings)).inserted else { return }
        let saved = bodyContext
        (specialization, selfType, genericSelf, reportsReturnMismatches) = (bindings, nil, nil, false)
        conformingSelf = ConformingSelf(owner: decl.name, type: type)
        for method in decl.methods where !method.isStatic && method.genericParameters.isEmpty && method.resultBuilder == nil
            && holds(method.genericRequirements, under: bindings) && !ownsMethod(type, like: method) {
            for parameter in method.parameters {
                declare(parameter.name, at: parameter.location, parameter.isInout || parameter.isVariadic ? nil : resolve(parameter.type))
            }
            declare("self", at: method.location, type)
            noteSpecializedMutability(of: method, self: type)  // +Mutability
            returnType = method.returnType.map(resolve) ?? .void
            // Under the placeholders, a `return` of another type is the checker's mistake (`return "s"` from an Int method).
            if bodyContext.reportsPlaceholderMistakes { (returnTyping, reportsReturnMismatches, bodyContext.inClosureBody) = (.given, true, false) }
            singleExpressionBody(method.body)
        }
        bodyContext.constantSelf = false
        for computed in decl.computed where !computed.isStatic && computed.resultBuilder == nil && !ownsProperty(type, computed) {
            declare("self", at: computed.location, type)
            returnType = resolve(computed.type)
            singleExpressionBody(computed.body)
        }
        specializedSubscriptGetters(decl, self: type)
        bodyContext = saved
    }

    /// Whether the conforming type declares its own method with `method`'s name and labels (the copy leaves it out).
    private func ownsMethod(_ type: CType, like method: FunctionDecl) -> Bool {
        guard case .user(let owner) = type else { return false }
        let labels = method.parameters.map(\.label)
        // The copy, once added, declares the method at the template's position.
        return (owner.methods[method.name] ?? []).contains {
            $0.location != method.location && Array($0.parameters.dropFirst()).map(\.label) == labels
        }
    }

    /// Whether the conforming type has its own property called like `computed` (the copy leaves it out).
    private func ownsProperty(_ type: CType, _ computed: TypeDecl.Computed) -> Bool {
        guard case .user(let owner) = type else { return false }
        if let getter = owner.computed[computed.name] { return getter.location != computed.location }
        return owner.fieldIndex(computed.name) != nil
    }

    // MARK: Members named without `self`

    /// A property of the conforming type read without `self` in a copy's body: a stored (not weak) or computed
    /// property of a declared type, or a standard-library property of an array; nil otherwise.
    func conformingMember(_ type: CType, _ name: String) -> CType? {
        switch type {
        case .user(let owner) where isTypeParameterPlaceholder(type):
            // `Self`'s placeholder (an extension's check with placeholders): a property requirement, its associated
            // types the placeholder's own.
            guard let requirement = compiler.findRequirement(owner, name), requirement.kind == .property,
                  !requirement.isStatic else { return nil }
            return compiler.substitutedRequirement(requirement, on: owner).type
        case .user(let owner):
            if let index = owner.fieldIndex(name) {
                let field = owner.fields[index]
                return field.holdsWeakly || field.isImplicitlyUnwrapped ? nil : field.type
            }
            return owner.computed[name]?.returnType
        default:
            guard !extendsBuiltin(member: name), !protocolExtensionsMayShadowProperty(name),
                  let property = StdlibTables.table(for: type)?.property(named: name) else { return nil }
            return StdlibSignature(property.declaration, receiver: type).propertyType
        }
    }

    /// A method of the conforming type called without `self` in a copy's body: a declared type's own (non-generic)
    /// methods, or a standard-library method of a library collection; nil otherwise (the arguments checked on their own).
    func conformingCall(_ type: CType, _ name: String, _ arguments: [Argument], expected: CType?) -> CType? {
        if case .user(let owner) = type, let result = placeholderSelfCall(owner, name, arguments) { return result }  // `c("s")`
        switch type {
        case .user(let owner) where owner.kind != .protocolType && !hasGenericMember(named: name):
            if owner.fieldIndex(name) == nil, owner.computed[name] == nil, let infos = owner.methods[name] {
                return declaredCall(infos, arguments, receiver: true)
            }
        case _ where Compiler.sequenceElement(type) != nil && protocolExtensionsDeclare(name):
            // A template's own method called without `self` (`c("s")` in `extension Array`): its arguments checked.
            let copies = templateCopies(addedTo: type)
            if !copies.isEmpty, let result = templateCall(copies, name, arguments, receiver: type) { return result }
        case _ where Compiler.sequenceElement(type) != nil:
            // `reduce(0, +)`, `map { … }` in an extension of arrays (or of `Sequence` on a string, a set, a range):
            // the generic methods too.
            if let result = higherOrderCall(type, name, arguments, expected: expected) ?? stdlibCall(type, name, arguments) {
                return result
            }
        default:
            break
        }
        uncheckedArguments(arguments)
        return nil
    }
}

/// `self` in the members of a specialized generic type, and the type named alone in them (`Stack()` in `Stack`'s
/// members means the specialization being compiled).
extension TypeChecker {
    /// The specialization of `template` with the type arguments `bindings`, as a value type, when it exists (made by
    /// an earlier cell or before this pass); nil otherwise.
    func specializedSelf(_ template: TypeDecl, _ bindings: [String: CType]) -> CType? {
        let arguments = template.genericParameters.compactMap { bindings[$0.name] }
        guard arguments.count == template.genericParameters.count,
              let type = compiler.protocolState.genericTypeInstances[SpecializationKey(template, arguments: arguments)]?.type else {
            return nil
        }
        return .user(type)
    }

    /// `Template(arguments)` where every type parameter of `Template` is bound by the specialization being checked
    /// (the generator then names that specialization, without inferring from the arguments): its construction when
    /// it exists. Nil (`handled` false) when some type parameter is not bound.
    func boundConstruction(_ template: TypeDecl, _ arguments: [Argument]) -> (handled: Bool, type: CType?) {
        guard let specialization, template.genericParameters.allSatisfy({ specialization[$0.name] != nil }) else { return (false, nil) }
        guard case .user(let type)? = specializedSelf(template, specialization), template.kind != .enumeration else {
            // Not made yet (`FlippedShape(shape: shape)` in `flip<T>` with T bound): the compiler makes it, and the
            // cell is checked again (`Compiler.typeCheckCell`).
            if template.kind != .enumeration {
                wantedSpecializations.append((template, template.genericParameters.map { specialization[$0.name]! }))
            }
            uncheckedArguments(arguments)
            return (true, nil)
        }
        return (true, construction(type, arguments))
    }
}

extension TypeChecker {
    /// The getters and setters of `decl`'s instance subscripts (not generic ones, nor those taking `inout` or variadic
    /// parameters) under the specialization being checked, with `self` of type `selfType` (nil: unknown).
    func specializedSubscriptGetters(_ decl: TypeDecl, self selfType: CType?) {
        for item in decl.subscripts where item.genericParameters.isEmpty && !item.isStatic
            && !item.parameters.contains(where: { $0.isVariadic || $0.isInout }) {
            for parameter in item.parameters { declare(parameter.name, at: parameter.location, resolve(parameter.type)) }
            declare("self", at: item.location, selfType)
            let saved = bodyContext
            returnType = resolve(item.returnType)
            singleExpressionBody(item.getter)
            // The setter (`set { cells[y * width + x] = newValue }`), with the value of the element type.
            if let setter = item.setter {
                declare(setter.parameter, at: setter.location, resolve(item.returnType))
                declare("self", at: setter.location, selfType)
                returnType = .void
                singleExpressionBody(setter.body)
            }
            bodyContext = saved
        }
    }
}

/// Opaque results of generic functions (`func repeated<T>(_ value: T, count: Int) -> some Collection`): each
/// specialization's result has the underlying type its body returns (`Compiler.opaqueUnderlyingResult`, inferred as a
/// closure's), which the checker reads from its own check of that specialization's body.
extension TypeChecker {
    /// The underlying type of `decl`'s `some P` result under `bindings`: the type the checker found, in the body checked
    /// under those bindings, for its one expression or one `return` (nil for another body, another result, or when
    /// unknown, void or not conforming).
    func opaqueUnderlyingResult(_ decl: FunctionDecl, _ bindings: [String: CType]) -> CType? {
        guard case .named(let name, _)? = decl.returnType, name.hasPrefix("some "), decl.body.count == 1 else { return nil }
        let protocolName = String(name.dropFirst(5))
        if !Compiler.opaqueBuiltinProtocols.contains(protocolName) {
            guard let proto = compiler.declarations.userTypes[protocolName], proto.kind == .protocolType,
                  compiler.hasAssociatedTypes(proto) else { return nil }
        }
        let value: Expr
        switch decl.body[0] {
        case .expression(let expr): value = expr
        case .returnStatement(let expr?, _): value = expr
        default: return nil
        }
        guard let type = checked.specialized.type(of: value, in: .arguments(bindings)), type != .void,
              compiler.satisfies(type, protocolName) else { return nil }
        return type
    }
}
