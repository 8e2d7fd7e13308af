import Diagnostics

/// A generic member of a type (`func map<U>(_ f: (Element) -> U) -> Stack<U>`, `static func make<T>(…)`,
/// `init<S: Sequence>(_ s: S)`, `subscript<Indices: Sequence>(indices: Indices) -> [Item]`): registered as a template
/// when its type's members are declared, and compiled per call with its type parameters inferred from the arguments,
/// as a generic function is (`compileGenericCall`). A generic subscript is compiled as a method taking its indices.
struct GenericMember {
    /// The member as a function (a subscript's getter; its name is `subscript`).
    let decl: FunctionDecl
    /// The type parameters bound where the member was declared (a generic type's own, `Self` in a protocol extension).
    let outer: [String: CType]
    /// The type that declares it, kept alive: members are found by the type's identity, which a freed type (a generic
    /// type's placeholder specialization) would pass on to the next type allocated at its address.
    let owner: UserType
}

extension Compiler {
    // MARK: Declaration

    /// Registers `decl`'s generic methods, initializers and subscripts on `type` (they are not declared as members).
    func registerGenericMembers(_ decl: TypeDecl, of type: UserType) {
        let outer = protocolState.genericBindings.last ?? [:]
        var members: [String: [GenericMember]] = protocolState.genericMembers[type] ?? [:]
        for method in decl.methods where !method.genericParameters.isEmpty {
            if method.isOverride {
                cannotGenerate(at: method.location)  // refused by the checks (`UnsupportedConstructs`)
                continue
            }
            let key = Compiler.genericMemberKey(method.name, isStatic: method.isStatic)
            members[key, default: []].append(GenericMember(decl: method, outer: outer, owner: type))
        }
        for initializer in decl.initializers where !initializer.genericParameters.isEmpty {
            if type.kind == .classType {
                cannotGenerate(at: initializer.location)  // refused by the checks (`UnsupportedConstructs`)
                continue
            }
            members["init", default: []].append(GenericMember(decl: initializer, outer: outer, owner: type))
        }
        for item in decl.subscripts where !item.genericParameters.isEmpty {
            let getter = FunctionDecl(name: "subscript", parameters: item.parameters, returnType: item.returnType, body: item.getter,
                                      location: item.location)
            getter.closingBrace = item.closingBrace
            getter.isStatic = item.isStatic
            getter.genericParameters = item.genericParameters
            getter.genericRequirements = item.genericRequirements
            let key = Compiler.genericMemberKey("subscript", isStatic: item.isStatic)
            members[key, default: []].append(GenericMember(decl: getter, outer: outer, owner: type))
        }
        if !members.isEmpty { protocolState.genericMembers[type] = members }
    }

    /// The generic members named `key` of `type` or, for a class, of its nearest superclass that has them.
    private func inheritedGenericMembers(_ type: UserType, _ key: String) -> [GenericMember]? {
        var owner: UserType? = type
        while let current = owner {
            if let members = protocolState.genericMembers[current]?[key] { return members }
            owner = current.superclass
        }
        return nil
    }

    static func genericMemberKey(_ name: String, isStatic: Bool) -> String {
        isStatic ? "static " + name : name
    }

    /// Whether `type` has a generic member `name` (an instance one, or with `isStatic` a static one).
    func hasGenericMember(_ type: UserType, _ name: String, isStatic: Bool) -> Bool {
        !protocolState.genericMembers.isEmpty && inheritedGenericMembers(type, Compiler.genericMemberKey(name, isStatic: isStatic)) != nil
    }

    // MARK: Calls

    /// `base.name(arguments)` (or `Type.name(arguments)` with `isStatic`) where `name` is a generic member of `type`:
    /// the member specialized to the type arguments the arguments determine, called as a plain member. Nil when `type`
    /// has no such generic member, or when the arguments fit a plain member of that name instead.
    func compileGenericMemberCall(_ base: Expr, _ type: UserType, _ name: String, _ arguments: [Argument], isStatic: Bool,
                                  expected: CType?, at location: SourceLocation) -> Typed? {
        guard let members = inheritedGenericMembers(type, Compiler.genericMemberKey(name, isStatic: isStatic)) else { return nil }
        let plain = (isStatic ? type.staticMethods[name] : type.methods[name]) ?? []
        if plainMemberFits(plain, dropping: isStatic ? 0 : 1, arguments, at: location) { return nil }
        guard let info = specializedMember(members, of: type, arguments, name: name, expected: expected, at: location) else { return .invalid }
        return compileMethodCall(base, info.name, arguments, expected: expected, at: location)
    }

    /// `base.name(arguments)` where `name` is a generic method of one of `owners` (an extension of a built-in type, or of
    /// a protocol the receiver's type conforms to); nil when none has it.
    func compileInheritedGenericCall(_ base: Expr, _ owners: [UserType], _ name: String, _ arguments: [Argument],
                                     at location: SourceLocation) -> Typed? {
        guard !protocolState.genericMembers.isEmpty, let owner = owners.first(where: { hasGenericMember($0, name, isStatic: false) }) else {
            return nil
        }
        return compileGenericMemberCall(base, owner, name, arguments, isStatic: false, expected: nil, at: location)
    }

    /// `base[arguments]` where a generic subscript of the base's type takes these arguments; nil otherwise.
    func compileGenericSubscript(_ base: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        // The checker's type (`checkerType`): the base's type picks this path; otherwise the caller's other paths compile the base.
        guard !protocolState.genericMembers.isEmpty, case .user(let type) = checkerType(base),
              let members = protocolState.genericMembers[type]?["subscript"] else { return nil }
        if plainMemberFits(type.subscripts.map(\.getter), dropping: 1, arguments, at: location) { return nil }
        // Arguments the generic subscript does not take are left to the plain ones (and their diagnostics).
        let saved = (diagnostics, errorHandling)
        guard let info = specializedMember(members, of: type, arguments, name: "subscript", expected: nil, at: location) else {
            (diagnostics, errorHandling) = saved
            return nil
        }
        return compileMethodCall(base, info.name, arguments, expected: nil, at: location)
    }

    /// `Type(arguments)` where a generic initializer of `type` takes these arguments; nil otherwise.
    func compileGenericConstruction(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard let members = protocolState.genericMembers[type]?["init"] else { return nil }
        if plainMemberFits(type.initializers, dropping: 0, arguments, at: location) { return nil }
        guard members.contains(where: { matchArguments(Compiler.shapes($0.decl.parameters), arguments, at: location, report: false) != nil })
        else { return nil }
        guard let info = specializedMember(members, of: type, arguments, name: type.name, expected: nil, at: location),
              selectOverload([info], arguments, at: location) != nil else { return .invalid }
        return failableConstruction(info, compileMemberCall(info, receiver: nil, arguments, at: location))
    }

    /// Whether a plain (non-generic) member among `infos` takes `arguments` (after `offset` receiver parameters): its
    /// labels match and no argument's type differs from its parameter's. swiftc prefers it to a generic one.
    private func plainMemberFits(_ infos: [FunctionInfo], dropping offset: Int, _ arguments: [Argument], at location: SourceLocation) -> Bool {
        guard !infos.isEmpty else { return false }
        // The checker's choice (`TypeChecker.plainOrGenericMethod`, `genericSubscript`, `initializerChoice`); taken
        // again below only where it chose none. Without arguments, the labels alone decide (no argument's type).
        if !arguments.isEmpty {
            if let fits = checkedPlainMemberFits(arguments) { return fits }
            compileCounts.noteGeneratorDecision(file: #fileID, line: #line)
        }
        return infos.contains { info in
            let parameters = Array(info.parameters.dropFirst(offset))
            guard let matched = matchArguments(Array(shapes(info).dropFirst(offset)), arguments, at: location, report: false) else {
                return false
            }
            return zip(parameters, matched).allSatisfy { parameter, index in
                guard let index else { return true }
                // The checker's type (`checkerType`): overload fitting, before the chosen member compiles the arguments.
                let actual = checkerType(arguments[index].value)
                return actual.hasError || actual == parameter.type || CType.optional(actual) == parameter.type
            }
        }
    }

    /// The member among `members` that takes `arguments`, specialized to the type arguments they determine (cached).
    private func specializedMember(_ members: [GenericMember], of type: UserType, _ arguments: [Argument], name: String,
                                   expected: CType?, at location: SourceLocation) -> FunctionInfo? {
        let member = members.first { matchArguments(Compiler.shapes($0.decl.parameters), arguments, at: location, report: false) != nil }
            ?? members[0]
        guard let bindings = inferGenericBindings(member.decl, arguments, outer: member.outer, expected: expected, at: location)
        else { return nil }
        let key = SpecializationKey(member.decl, owner: type, arguments: member.decl.genericParameters.map { bindings[$0.name]! })
        if let cached = protocolState.genericInstances[key] { return cached }
        return specializeMember(member, bindings, of: type, key: key)
    }

    /// Declares and compiles `member` on `type` with its type parameters bound (a hidden method, or an initializer
    /// kept out of the type's list); cached by `key`, unless nil (the placeholder check).
    private func specializeMember(_ member: GenericMember, _ bindings: [String: CType], of type: UserType, key: SpecializationKey?) -> FunctionInfo? {
        let source = member.decl
        protocolState.nextInstance += 1
        let isInitializer = source.name == "init"
        let copy = source.copy(named: isInitializer ? "init" : "\(source.name)<#\(protocolState.nextInstance)>")
        copy.isThrowing = source.isThrowing
        copy.thrownType = source.thrownType
        copy.isFailable = source.isFailable
        copy.isImplicitlyUnwrapped = source.isImplicitlyUnwrapped
        let holder = TypeDecl(kind: .extensionType, name: type.name, location: source.location)
        if isInitializer { holder.initializers = [copy] } else { holder.methods = [copy] }
        if key == nil { declarations.checkedGenericMembers[source.location] = copy }
        let before = type.initializers.count
        return atTopLevel(with: bindings) { () -> FunctionInfo? in
            declarations.typeInfos[holder] = type
            declareTypeMembers(holder)
            guard let info = declarations.functionInfos[copy] else { return nil }
            if let key { protocolState.genericInstances[key] = info }
            _ = compileTypeBodies(holder)
            if isInitializer, type.initializers.count > before { type.initializers.removeAll { $0 === info } }
            return info
        }
    }

    /// Type-checks each generic member of `decl` once with placeholders for its type parameters (pass 2), so that a
    /// body valid for some types only is refused as swiftc refuses it.
    func checkGenericMembers(of type: UserType) {
        guard let members = protocolState.genericMembers[type] else { return }
        // A specialization made before the cell's checker exists (`Queue<Int>` named in the cell): checked once the
        // checker can check the same bodies under the same placeholders (`typeCheckCell`).
        if typeTable.genericMemberChecksAwaitingChecker != nil {
            typeTable.genericMemberChecksAwaitingChecker?.append(type)
            return
        }
        for member in members.values.joined() where !protocolState.checkedGenericMembers.contains(member.decl.location) {
            if awaitsPlaceholderSpecialization(type, member) { continue }
            protocolState.checkedGenericMembers.insert(member.decl.location)
            guard let placeholders = placeholders(member.decl.genericParameters, at: member.decl.location) else { continue }
            var bindings = member.outer.merging(placeholders) { $1 }
            guard applyAssociatedRequirements(member.decl.genericRequirements, to: &bindings) else { continue }
            typeCheckPlaceholderBody { $0.placeholderMemberBody(member.decl, bindings, of: type) }
            _ = specializeMember(member, bindings, of: type, key: nil)
        }
    }

    /// Whether `member`, declared by a generic type of this cell or one of its unconstrained extensions, is a member of
    /// `type`, a specialization with type arguments that are not all placeholders (`Stack<Int>`): its body is then
    /// checked once, on the specialization with the placeholders (`checkGenericType`), its mistakes worded against the
    /// type parameters as swiftc words them.
    private func awaitsPlaceholderSpecialization(_ type: UserType, _ member: GenericMember) -> Bool {
        guard !type.genericArguments.isEmpty, let open = type.name.firstIndex(of: "<"),
              let (template, cell) = protocolState.genericTypes[String(type.name[..<open])], cell == currentCell,
              type.genericArguments.contains(where: { !isPlaceholderArgument($0) }) else { return false }
        let location = member.decl.location
        let unconstrained = [template] + (protocolState.genericExtensions[template.name] ?? []).filter { $0.whereRequirements.isEmpty }
        return unconstrained.contains { decl in
            (decl.methods + decl.initializers).contains { $0.location == location } || decl.subscripts.contains { $0.location == location }
        }
    }

    /// Whether `type` is a placeholder the generator made for a type parameter (or the Double that stands for a
    /// floating-point one, `Compiler.floatingPointPlaceholder`).
    private func isPlaceholderArgument(_ type: CType) -> Bool {
        if case .user(let user) = type { return protocolState.placeholderTypes.contains(user) }
        return type == .double
    }

    // MARK: Inference

    /// A declaration's parameters' shapes (labels, defaults, function types) for matching arguments.
    static func shapes(_ parameters: [FunctionDecl.Parameter]) -> [ParameterShape] {
        parameters.map {
            ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil, isFunction: $0.type.acceptsClosure)
        }
    }
}
