import Diagnostics

/// Extensions of protocols with associated types (`extension Container where Item: Equatable { … }`): their members
/// depend on what each conforming type binds the associated types to, so the extension is a template, type-checked
/// once with placeholders and added to every conforming type (and array element type) whose bindings meet its
/// `where` clause, as a generic type's extension is added to each specialization. A member with a `where` clause of
/// its own (`func average() -> Double where Item == Int`) is added only where that clause holds too; a conforming
/// type's own member of the same name and labels takes precedence.
extension Compiler {
    /// Pass 1 of an extension: a template when it extends a protocol with associated types (true: nothing else to
    /// declare); refuses a `where` clause on an extension nbrun cannot constrain (true: the extension is dropped).
    func interceptsExtension(_ decl: TypeDecl) -> Bool {
        if let proto = declarations.userTypes[decl.name], protocolState.associatedTypeProtocols.contains(proto) {
            if !decl.conformances.isEmpty || !decl.initializers.isEmpty || !decl.fields.isEmpty {
                cannotGenerate(at: decl.location)  // refused by the checks (`UnsupportedConstructs.extensionRefusal`)
                return true
            }
            protocolState.protocolExtensions.append((proto, decl))
            return true
        }
        guard let first = decl.whereRequirements.first, protocolState.genericTypes[decl.name] == nil else { return false }
        cannotGenerate(at: first.location)  // refused by the checks (`UnsupportedConstructs.extensionRefusal`)
        return true
    }

    /// Pass 2 of an extension that is a template or an array conformance (true), not a type's members (false).
    func compilesAsTemplate(_ decl: TypeDecl) -> Bool {
        if !protocolState.arrayConformanceDecls.isEmpty, checkArrayConformances(decl) { return true }
        if !Compiler.declaresMembers(decl), isConditionalArrayConformance(decl) { return true }
        return !protocolState.protocolExtensions.isEmpty && compileProtocolExtensionTemplate(decl)
    }

    /// Pass 1 of a protocol: whether it declares associated types or inherits a protocol that does.
    func noteAssociatedTypes(_ decl: TypeDecl, of proto: UserType) {
        let declares = decl.requirements.contains { requirement in
            if case .associatedType = requirement.kind { return true }
            return false
        }
        let inherits = decl.conformances.contains { name in
            declarations.userTypes[name].map { protocolState.associatedTypeProtocols.contains($0) } ?? false
        }
        if declares || inherits { protocolState.associatedTypeProtocols.insert(proto) }
    }

    /// Pass 2 of a template: checks its members once with placeholders, then adds them to the conforming types known so
    /// far. False when `decl` is no template.
    func compileProtocolExtensionTemplate(_ decl: TypeDecl) -> Bool {
        guard let (proto, _) = protocolState.protocolExtensions.first(where: { $0.decl === decl }) else { return false }
        checkProtocolExtension(decl, of: proto)
        var known = declarations.userTypes.values.filter { $0.kind != .protocolType && $0.extendedBuiltin == nil }
        known += protocolState.genericTypeInstances.values.map(\.type).filter { type in !known.contains { $0 === type } }
        for type in known where protocolState.associatedBindings[type] != nil && conforms(.user(type), to: proto) {
            applyProtocolExtension(decl, of: proto, to: .user(type), owner: type)
        }
        for (_, owner) in protocolState.builtinExtensions {
            // Only to arrays that conform (`extension Array: P`, or the hidden protocol of `extension Array where …`).
            if case .array(let element)? = owner.extendedBuiltin, arrayConforms(element, to: proto),
               protocolState.appliedExtensions.contains(where: { $0.owner === owner }) {
                applyProtocolExtension(decl, of: proto, to: owner.extendedBuiltin!, owner: owner)
            }
        }
        return true
    }

    private func checkProtocolExtension(_ decl: TypeDecl, of proto: UserType) {
        if checkGenericArrayExtension(decl, of: proto) { return }
        guard var bindings = placeholders([("Self", [proto.name])], at: decl.location),
              case .user(let placeholder)? = bindings["Self"] else { return }
        for name in Array(bindings.keys) where name.hasPrefix("Self.") { bindings[String(name.dropFirst(5))] = bindings[name] }
        let requirements = decl.whereRequirements.map { requirement -> FunctionDecl.GenericRequirement in
            var qualified = requirement
            qualified.left = "Self." + requirement.left
            if bindings["Self." + requirement.right] != nil { qualified.right = "Self." + requirement.right }
            return qualified
        }
        guard applyAssociatedRequirements(requirements, to: &bindings) else { return }
        for name in Array(bindings.keys) where name.hasPrefix("Self.") { bindings[String(name.dropFirst(5))] = bindings[name] }
        let copy = decl.copy(named: decl.name)
        copy.methods = zip(decl.methods, copy.methods).filter { $0.0.genericRequirements.isEmpty || !$0.0.genericParameters.isEmpty }.map(\.1)
        declarations.checkedCopies[decl] = copy
        typeCheckPlaceholderBody { $0.placeholderExtensionBodies(decl, copy: copy, self: .user(placeholder), bindings) }
        atTopLevel(with: bindings) {
            declarations.typeInfos[copy] = placeholder
            declareTypeMembers(copy)
            _ = compileTypeBodies(copy)
        }
    }

    /// `place.name` on a value of a composition with a class (`City & Aged`) where `name` is the class's property.
    func compositionClassMember(_ receiver: Typed, _ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        guard let superclass = type.protocolInfo?.superclass else { return nil }
        let value = receiver.value
        let object = Typed(type: .user(superclass), code: .value { frame in
            let existential = try value(frame)
            return ExistentialTag.unwrap(existential)?.1 ?? existential
        })
        return compileInstanceMember(object, superclass, name, at: location)
    }

    /// Whether a bare `name` in a member of an extension of a built-in type names one of the type's own members
    /// (`count` in `extension [Int]` means `self.count`).
    func hasBuiltinMember(_ type: UserType, _ name: String) -> Bool {
        guard let builtin = type.extendedBuiltin, let table = StdlibTables.table(for: builtin) else { return false }
        return table.property(named: name) != nil || !table.methods(named: name).isEmpty
    }

    /// Adds every template of the protocols `type` conforms to (after its conformance is checked).
    func applyProtocolExtensions(to type: UserType) {
        for (proto, decl) in protocolState.protocolExtensions where conforms(.user(type), to: proto) {
            applyProtocolExtension(decl, of: proto, to: .user(type), owner: type)
        }
    }

    /// Before a member of a library collection is looked up: the templates of the protocols arrays conform to, added
    /// to arrays of its element type; for a string, a set or a range, the templates of the extensions of `Sequence`
    /// and `Collection` (and their refinements) that reach it (`collectionExtension(_:reaches:)`).
    /// Only a member some template declares (`member`) adds them, and only to collections nested at most
    /// `maxTemplateNesting` deep: a template's body compiles for each type it is added to, and a body that calls a
    /// template's member on a collection of its own type (`self.map { [$0] }.f()`) would otherwise add the templates
    /// to ever deeper types.
    /// A subscript (`member` nil) adds them when a template declares one.
    func applyProtocolExtensions(toCollection type: CType, member: String?) {
        guard templatesApply(member: member) else { return }
        for (proto, decl) in templates(addedTo: type)
        where !protocolState.appliedExtensions.contains(where: { $0.decl === decl && $0.owner.extendedBuiltin == type }) {
            applyProtocolExtension(decl, of: proto, to: type, owner: builtinExtensionOwner(type))
        }
    }

    /// The templates a library collection of `type` gets when one of their members is looked up on it (see
    /// `applyProtocolExtensions(toCollection:member:)`; the checker checks their bodies for the same types).
    func templates(addedTo type: CType) -> [(proto: UserType, decl: TypeDecl)] {
        guard !protocolState.protocolExtensions.isEmpty, !type.hasError, let element = Compiler.sequenceElement(type),
              Compiler.collectionNesting(type) <= Compiler.maxTemplateNesting else { return [] }
        let isArray = if case .array = type { true } else { false }
        let hiddenArray = protocolState.builtinProtocols["Array"]
        return protocolState.protocolExtensions.filter { proto, decl in
            arrayConforms(element, to: proto)
                && (isArray || (proto === hiddenArray && Compiler.collectionExtension(decl.extendedCollectionProtocol, reaches: type)))
        }
    }

    /// Whether a template (an extension of a protocol with associated types, of `Array`, `Sequence`…) declares a
    /// method or a computed property called `name`: looking such a member up on a library collection adds the
    /// templates to its type (`xs.count` too, beside `func count(where:)`).
    func templatesDeclare(_ name: String) -> Bool {
        protocolState.protocolExtensions.contains { _, decl in
            decl.methods.contains { $0.name == name } || decl.computed.contains { $0.name == name }
        }
    }

    /// Whether looking `member` up on a library collection adds the templates to its type (`templatesDeclare`); a
    /// subscript (`member` nil) when a template declares one.
    func templatesApply(member: String?) -> Bool {
        member.map(templatesDeclare) ?? protocolState.protocolExtensions.contains { !$0.decl.subscripts.isEmpty }
    }

    /// How deep the templates are added to collections of collections (`[[[[Int]]]]`).
    static let maxTemplateNesting = 4

    /// How many library collections `type` nests (`[[Int]]`: 2, `Set<[Int]>`: 2, `Int`: 0).
    static func collectionNesting(_ type: CType) -> Int {
        switch type {
        case .array(let element), .set(let element), .optional(let element): return collectionNesting(element) + 1
        case .dictionary(let key, let value): return max(collectionNesting(key), collectionNesting(value)) + 1
        default: return 0
        }
    }

    /// The type that holds the members extensions add to the built-in `type` (made on first use).
    func builtinExtensionOwner(_ type: CType) -> UserType {
        if let existing = protocolState.builtinExtensions[type.description] { return existing }
        let owner = UserType(kind: .structure, name: type.description, qualifiedName: type.description)
        owner.extendedBuiltin = type
        protocolState.builtinExtensions[type.description] = owner
        return owner
    }

    func applyProtocolExtension(_ decl: TypeDecl, of proto: UserType, to type: CType, owner: UserType) {
        guard !protocolState.appliedExtensions.contains(where: { $0.decl === decl && $0.owner === owner }) else { return }
        protocolState.appliedExtensions.append((decl, owner))
        var bindings: [String: CType] = ["Self": type]
        let map: IdentityTable<UserType, CType>
        if let element = Compiler.sequenceElement(type) {
            map = IdentityTable(protocolFamily(proto).flatMap { $0.protocolInfo?.associatedTypes ?? [] }.map { ($0.type, element) },
                                uniquingKeysWith: { first, _ in first })
        } else {
            map = associatedBindings(of: owner)
        }
        for member in protocolFamily(proto) {
            for (name, placeholder) in member.protocolInfo?.associatedTypes ?? [] where bindings[name] == nil {
                if let bound = map[placeholder] { bindings[name] = bound }
            }
        }
        let holds: ([FunctionDecl.GenericRequirement]) -> Bool = { requirements in
            requirements.allSatisfy { requirement in
                guard let bound = bindings[requirement.left] else { return false }
                if requirement.isSameType {
                    return bound == (bindings[requirement.right] ?? self.resolveType(.named(requirement.right, requirement.location)))
                }
                return self.satisfies(bound, requirement.right)
            }
        }
        guard holds(decl.whereRequirements) else { return }
        let labels: (FunctionDecl) -> [String?] = { $0.parameters.map(\.label) }
        let copy = decl.copy(named: owner.name)
        copy.methods = zip(decl.methods, copy.methods).filter { original, method in
            let own = (method.isStatic ? owner.staticMethods[method.name] : owner.methods[method.name]) ?? []
            let offset = method.isStatic ? 0 : 1
            return (!original.genericParameters.isEmpty || holds(original.genericRequirements))
                && !own.contains { Array($0.parameters.dropFirst(offset)).map(\.label) == labels(method) }
        }.map(\.1)
        copy.computed = copy.computed.filter { computed in
            (computed.isStatic ? owner.staticComputed[computed.name] : owner.computed[computed.name]) == nil
                && (computed.isStatic || owner.fieldIndex(computed.name) == nil)
        }
        atTopLevel(with: bindings) {
            declarations.typeInfos[copy] = owner
            declareTypeMembers(copy)
        }
        let compileBodies = { [self] in atTopLevel(with: bindings) { _ = compileTypeBodies(copy) } }
        // Added to a specialization made for the checker (`Bag<String>`): its members are declared for the checker
        // (`bag.add("x")` calls the extension's `add`), their bodies compile once it has run, with the
        // specialization's own (`Compiler.specializeType`).
        if typeTable.specializedBodiesAwaitingChecker != nil {
            typeTable.specializedBodiesAwaitingChecker?.append(compileBodies)
        } else {
            compileBodies()
        }
    }
}
