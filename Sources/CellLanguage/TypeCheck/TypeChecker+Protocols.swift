import Diagnostics

/// Protocol-typed values (existentials: `let shapes: [Shape]`, `any Shape`): a protocol named as a type, the
/// requirements read and called on such a value (their declared types; the value's concrete type runs them) and
/// the protocol extensions' properties and methods.
///
/// Only protocols without associated types, in their family too (those are refused as types), that are neither
/// compositions nor class-bound to a superclass: their requirements then need no substitution
/// (`Compiler.substitutedRequirement` leaves them as declared). Static requirements, initializers and
/// subscripts stay unknown.
extension TypeChecker {
    /// The protocol `name` names, as the type of its values; nil when it is not such a protocol.
    func protocolType(named name: String) -> CType? {
        guard let proto = compiler.declarations.userTypes[name] ?? nestedProtocol(named: name), isExistential(proto) else { return nil }
        return .user(proto)
    }

    /// A protocol with associated types written as a type (`-> Container`): refused at the name, as the generator
    /// refuses it (`Compiler.protocolAsType`); the type is then an error. Nil for any other name.
    func refusedProtocolType(named name: String, at location: SourceLocation) -> CType? {
        guard compiler.declarations.typeAliases[name] == nil, let proto = compiler.declarations.userTypes[name],
              proto.kind == .protocolType, !compiler.protocolState.placeholderTypes.contains(proto),
              compiler.hasAssociatedTypes(proto) else { return nil }
        reportOnce(.unsupported(.protocolWithAssociatedTypesAsType, name), at: location)
        return .error
    }

    /// A composition (`P & Q`) one of whose parts is neither a declared protocol nor its first declared class: nbrun's
    /// refusal `'composition with 'Equatable'' is not supported`, at the type, as the generator cannot build it
    /// (`Compiler.protocolComposition`); true after reporting it.
    func refusedComposition(named name: String, at location: SourceLocation) -> Bool {
        guard name.contains(" & "), location.line > 0, location.line < LibraryTypes.firstLine,
              compiler.declarations.typeAliases[name] == nil, compiler.declarations.userTypes[name] == nil else { return false }
        var hasClass = false
        for part in name.components(separatedBy: " & ") {
            let type = compiler.declarations.userTypes[part]
            if type?.kind == .classType, !hasClass {
                hasClass = true
            } else if type?.kind != .protocolType {
                reportOnce(.unsupported(.compositionMember, part), at: location)
                return true
            }
        }
        return false
    }

    /// Whether values of the protocol type `proto` are typed (see the file's header).
    func isExistential(_ proto: UserType) -> Bool {
        guard proto.kind == .protocolType, let info = proto.protocolInfo, !info.isComposition, info.superclass == nil else { return false }
        let state = compiler.protocolState
        return !state.placeholderTypes.contains(proto)
            && !state.associatedTypeProtocols.contains(proto) && proto !== state.anyType && proto !== state.anyObject
    }

    /// Whether `proto` is a composition of a class with protocols whose values are typed (`Location & Named`): its
    /// requirements read as on those protocols' values, the class's stored properties as on its instances.
    private func isClassComposition(_ proto: UserType) -> Bool {
        guard proto.kind == .protocolType, let info = proto.protocolInfo, info.isComposition, info.superclass != nil,
              compiler.protocolState.opaqueTypes[proto] == nil, !compiler.protocolState.placeholderTypes.contains(proto) else {
            return false
        }
        return info.parents.allSatisfy(isExistential)
    }

    /// Whether `proto` is a composition of protocols whose values are typed (`Named & Aged`): its requirements read
    /// as on those protocols' values.
    private func isProtocolComposition(_ proto: UserType) -> Bool {
        guard proto.kind == .protocolType, let info = proto.protocolInfo, info.isComposition, info.superclass == nil,
              compiler.protocolState.opaqueTypes[proto] == nil, !compiler.protocolState.placeholderTypes.contains(proto) else {
            return false
        }
        return info.parents.allSatisfy(isExistential)
    }

    /// `value.name` on a protocol-typed value: a property requirement's type, or a protocol extension's computed
    /// property's.
    func protocolMember(_ proto: UserType, _ name: String) -> CType? {
        if let placeholder = placeholderProperty(proto, name) { return placeholder }
        guard isExistential(proto) || isOpaqueExistential(proto) || isClassComposition(proto) || isProtocolComposition(proto)
        else { return nil }
        if let requirement = compiler.findRequirement(proto, name) {
            return requirement.kind == .property && !requirement.isStatic ? requirement.type : nil
        }
        if let owner = compiler.protocolFamily(proto).first(where: { $0.computed[name] != nil }) {
            return owner.computed[name]?.returnType
        }
        // A composition's class: its stored property (`Compiler.compositionClassMember`).
        guard let superclass = proto.protocolInfo?.superclass, let index = superclass.fieldIndex(name) else { return nil }
        let field = superclass.fields[index]
        return field.holdsWeakly || field.isImplicitlyUnwrapped ? nil : field.type
    }

    /// `value.name(arguments)` on a protocol-typed value: a method requirement (its arguments checked against its
    /// parameter types) or a protocol extension's method. Nil when unknown (the arguments then checked on their own).
    /// `call`, when known, places the label or argument mistake of a call of the one method requirement so named.
    func protocolMethodCall(_ proto: UserType, _ name: String, _ arguments: [Argument], call: Expr? = nil,
                            at nameLocation: SourceLocation? = nil) -> CType? {
        if let result = placeholderSelfCall(proto, name, arguments) { return result }  // `self.c("s")` on `Self`'s placeholder
        // A type parameter's placeholder in a generic body checked under placeholders (`shape.draw()` for
        // `shape: T`, `T: Shape`) calls its constraints' requirements, as an existential does (not where they have
        // associated types, which the requirements' types would name unbound).
        let placeholder = isTypeParameterPlaceholder(.user(proto))
            && compiler.protocolFamily(proto).allSatisfy { $0.protocolInfo?.associatedTypes.isEmpty ?? true }
        guard isExistential(proto) || isOpaqueExistential(proto) || placeholder else {
            uncheckedArguments(arguments)
            return nameLocation.flatMap { missingMember(.user(proto), name, at: $0, called: true) }
        }
        if let requirement = compiler.findRequirement(proto, name) {
            guard requirement.kind == .method, !requirement.isStatic, requirement.labels == arguments.map(\.label),
                  requirement.parameterTypes.count == arguments.count else {
                if let call, let mistake = requirementArgumentMistake(proto, requirement, arguments, call: call) { return mistake }
                uncheckedArguments(arguments)
                return nil
            }
            for (index, (argument, parameter)) in zip(arguments, requirement.parameterTypes).enumerated() {
                if index < requirement.inoutParameters.count, requirement.inoutParameters[index] {
                    inoutArgument(argument, parameter, call: nameLocation)  // `&place`, as a method's
                } else {
                    // A value of another type is the checker's mistake (`p.m("s")` for `func m(_ n: Int)`).
                    checkConverting(argument.value, to: parameter) { .argumentType($0, expected: $1) }
                }
            }
            return requirement.type
        }
        guard let methods = compiler.protocolFamily(proto).first(where: { $0.methods[name] != nil })?.methods[name] else {
            uncheckedArguments(arguments)
            return nameLocation.flatMap { missingMember(.user(proto), name, at: $0, called: true) }
        }
        return declaredCall(methods, arguments, receiver: true)
    }

    /// The label or argument mistake of a call of `requirement`, the only instance method of its name in `proto`'s
    /// family (no other requirement or extension method of that name); nil otherwise or when the arguments fit.
    private func requirementArgumentMistake(_ proto: UserType, _ requirement: ProtocolInfo.Requirement,
                                            _ arguments: [Argument], call: Expr) -> CType? {
        let family = compiler.protocolFamily(proto)
        guard requirement.kind == .method, !requirement.isStatic, family.allSatisfy({ $0.methods[requirement.name] == nil }),
              family.flatMap({ $0.protocolInfo?.requirements ?? [] }).filter({ $0.name == requirement.name }).count == 1
        else { return nil }
        let shapes = zip(requirement.labels, requirement.parameterTypes).map {
            ParameterShape(label: $0, hasDefault: false, isFunction: $1.acceptsClosure)
        }
        return argumentMistake(shapes, arguments, call: call)
    }
}

/// Protocol extensions' members on values of a conforming declared type (`person.greet()`, `die.textualDescription`,
/// `Person(name: "Bob")()`): the generator wraps the value as the first conformed protocol that declares the member
/// and reads or calls it there (`Compiler.compileProtocolOrExtensionMember`, `compileProtocolOrExtensionCall`), when
/// the type has no member of that name itself.
extension TypeChecker {
    /// The protocol whose extension gives values of `type` the member `name` (`methods`: a method, else a computed
    /// property), when `type` has no property or method of that name; nil otherwise.
    func extensionOwner(_ type: UserType, _ name: String, methods: Bool) -> UserType? {
        guard type.kind != .protocolType, type.methods[name] == nil, type.fieldIndex(name) == nil, type.computed[name] == nil,
              !type.conformances.isEmpty, type.extendedBuiltin == nil, !hasTemplateMembers(type) else { return nil }
        let protocols = compiler.conformedProtocols(type)
        guard !methods || !protocols.contains(where: { compiler.hasGenericMember($0, name, isStatic: false) }) else { return nil }
        return protocols.first { methods ? $0.methods[name] != nil : $0.computed[name] != nil }
    }

    /// `value.name` where a protocol extension gives `type` the computed property `name`: its type; nil otherwise.
    func conformedExtensionProperty(_ type: UserType, _ name: String) -> CType? {
        extensionOwner(type, name, methods: false)?.computed[name]?.returnType
    }

    /// `value.name(arguments)` where a protocol extension gives `type` the method `name`: its result, the arguments
    /// checked against the chosen overload (`.some(nil)` when they do not fit); nil when no extension gives it.
    func conformedExtensionCall(_ type: UserType, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard let methods = extensionOwner(type, name, methods: true)?.methods[name] else { return nil }
        return .some(declaredCall(methods, arguments, receiver: true))
    }
}

/// Protocol extensions' members on values of a built-in type that conforms (`extension Int: Describable {}`,
/// `extension Array: Describable {}` for a protocol without requirements): the generator reads them through the
/// conformed protocol (`Compiler.compileProtocolOrExtensionCall`'s built-in branch, `noteArrayConformances`) when
/// neither the standard library nor an extension of the type itself has a member of that name.
extension TypeChecker {
    /// The one conformed protocol whose extension gives values of `receiver` the member `name` (`methods`: a method,
    /// else a computed property); nil when none, several, or something else may be the member.
    private func builtinConformanceOwner(_ receiver: CType, _ name: String, methods: Bool) -> UserType? {
        let table = StdlibTables.table(for: receiver), state = compiler.protocolState
        guard table?.property(named: name) == nil, table?.methods(named: name).isEmpty ?? true else { return nil }
        var protocols: [UserType] = []
        if let owner = state.builtinExtensions[receiver.description] {
            guard owner.methods[name] == nil, owner.computed[name] == nil, state.genericMembers[owner]?[name] == nil else { return nil }
            protocols = compiler.conformedProtocols(owner)
        }
        // Arrays of any element type (`[[1]].describe()`), as `Compiler.noteArrayConformances` gives them.
        if case .array(let element) = receiver, !element.hasError {
            protocols += state.arrayConformances.filter { proto in
                proto !== state.builtinProtocols["Array"] && !state.associatedTypeProtocols.contains(proto)
                    && compiler.protocolFamily(proto).allSatisfy { ($0.protocolInfo?.requirements ?? []).isEmpty }
            }.flatMap { compiler.protocolFamily($0) }
            // Those whose conditional conformance holds (`Compiler.noteConditionalArrayConformances`).
            protocols += state.conditionalArrayConformances.filter { compiler.conformanceHolds($0.decl, for: element) }
                .flatMap { compiler.protocolFamily($0.proto) }
        }
        guard !protocols.contains(where: { compiler.hasGenericMember($0, name, isStatic: false) }) else { return nil }
        let owners = protocols.filter { methods ? $0.methods[name] != nil : $0.computed[name] != nil }
        guard let owner = owners.first, owners.allSatisfy({ $0 === owner }), isExistential(owner) else { return nil }
        return owner
    }

    /// `value.name(arguments)` on a built-in value where a conformed protocol's extension gives the method: its result
    /// (`.some(nil)` when the arguments do not fit); nil otherwise.
    func builtinConformanceCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard let methods = builtinConformanceOwner(receiver, name, methods: true)?.methods[name] else { return nil }
        return .some(declaredCall(methods, arguments, receiver: true))
    }

    /// `value.name` on a built-in value where a conformed protocol's extension gives the computed property: its type.
    func builtinConformanceProperty(_ receiver: CType, _ name: String) -> CType? {
        builtinConformanceOwner(receiver, name, methods: false)?.computed[name]?.returnType
    }
}

/// Protocol extensions' bodies (`extension Shape { func describe() -> String { … } }`), checked once with `self` of
/// the protocol's type: the copies specialized per conforming type (`Compiler+ProtocolSpecialization`) keep `self`
/// as the protocol-typed value and only call the requirements on it directly, with the requirements' types.
extension TypeChecker {
    /// Checks the methods and computed properties of an extension of a protocol whose values are typed; false when
    /// `decl` is no such extension.
    func protocolExtension(_ decl: TypeDecl) -> Bool {
        guard decl.kind == .extensionType, decl.whereRequirements.isEmpty, decl.conformances.isEmpty,
              let proto = compiler.declarations.userTypes[decl.name], proto.kind == .protocolType else { return false }
        guard isExistential(proto) else { return true }
        let saved = bodyContext
        selfType = proto
        // Checked once against the protocol, as swiftc checks them: their mistakes are the checker's.
        bodyContext.reportsPlaceholderMistakes = true
        for method in decl.methods + decl.initializers where method.genericParameters.isEmpty && method.resultBuilder == nil
            && !method.isStatic && method.genericRequirements.isEmpty {
            if let info = compiler.declarations.functionInfos[method] { body(of: method, info) }
        }
        for computed in decl.computed where !computed.isStatic && computed.resultBuilder == nil {
            let savedForGetter = bodyContext
            (returnType, bodyContext.inClosureBody) = (resolve(computed.type), nil)
            declare("self", at: computed.location, .user(proto))
            singleExpressionBody(computed.body)
            bodyContext = savedForGetter
        }
        bodyContext = saved
        return true
    }

    /// A member of `self` named alone in a protocol extension's body (`perimeter`, `area()`), when `owner` is the
    /// protocol being extended; nil otherwise.
    var protocolSelf: UserType? {
        guard let selfType, selfType.kind == .protocolType else { return nil }
        return selfType
    }
}

extension TypeChecker {
    /// `value.name` on a type parameter's placeholder in a generic body checked under placeholders (`c.items` for
    /// `C: Container`, `items.first` for `C: Collection`, `x.description` for `T: CustomStringConvertible`): a
    /// property requirement of its constraints, its associated types as the placeholder binds them (as the generator
    /// reads it, `Compiler.substitutedRequirement`); nil for any other receiver or member.
    fileprivate func placeholderProperty(_ proto: UserType, _ name: String) -> CType? {
        guard isTypeParameterPlaceholder(.user(proto)) else { return nil }
        if let requirement = compiler.findRequirement(proto, name) {
            guard requirement.kind == .property, !requirement.isStatic else { return nil }
            return compiler.substitutedRequirement(requirement, on: proto).type
        }
        let describes = name == "description" && compiler.protocolFamily(proto).contains {
            $0.conformances.contains("CustomStringConvertible") || $0.protocolInfo?.builtinParents.contains("CustomStringConvertible") == true
        }
        return describes ? .string : nil
    }
}
