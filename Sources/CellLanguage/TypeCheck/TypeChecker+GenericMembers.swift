/// Generic methods of declared types (`mutating func add<T: Sequence>(_ values: T)` on `Counter`,
/// `func map<U>(_ f: (Element) -> U) -> Stack<U>` on `Stack<Int>`, `static func pair<A, B>(…)`, `func apply<R>(…)` on
/// a class), typed as the generator calls them (`Compiler.compileGenericMemberCall`): the member found on the type or,
/// for a class, its nearest superclass that has it, its type parameters bound from the arguments (closures typed with
/// the parameter types already bound, as `Compiler.genericArgumentType` types them) together with those bound where
/// it was declared (a generic type's own). Bodies are checked per specialization like generic functions', with
/// `self` of the declaring type, or of the specialization of a generic type; the bodies of a class with subclasses
/// stay unknown (the generator compiles one per receiver class, all recorded under the same type arguments).
extension TypeChecker {
    /// Whether some type declares a generic method or static method called `name` (a plain member of that name may
    /// then not be the one chosen).
    func hasGenericMember(named name: String) -> Bool {
        let members = compiler.protocolState.genericMembers
        return !members.isEmpty && members.values.contains { $0[name] != nil || $0["static " + name] != nil }
    }

    /// Whether values of `type` have their members typed per specialization of a template (a generic type itself or a
    /// result builder; a non-generic property wrapper is a plain struct); a generic type's specialization has its members declared with the
    /// type parameters bound.
    func hasTemplateMembers(_ type: UserType) -> Bool {
        compiler.protocolState.genericTypes[type.name] != nil || type.isResultBuilder
    }

    /// `receiver.name(arguments)` (`Type.name(arguments)` with `isStatic`) where `name` may be a generic method of
    /// the receiver's type: typed when that type (a struct, enum or class, no protocol) has it as its only generic
    /// member of that name and no plain member, stored closure or protocol method of that name competes.
    /// With `location` (the name's), the call's mistakes are reported there (`TypeChecker+GenericRequirements`).
    func genericMethodCall(_ type: UserType, _ name: String, _ arguments: [Argument], isStatic: Bool = false,
                           expected: CType?, at location: SourceLocation? = nil) -> CType? {
        let before = checked.diagnostics.count
        if !isStatic, let member = protocolGenericMember(type, name) {
            // The generator calls it without the contextual type (`compileInheritedGenericCall`).
            let site = location.map { Self.memberSite(member.decl, at: $0) }
            guard let bindings = bindings(member.decl, arguments, outer: member.outer, expected: nil, site: site) else {
                if let mistake = misspelledLabels([member.decl], arguments) { return mistake }
                uncheckedArguments(arguments)
                return nil
            }
            if let site, let mistake = unmetConstraint(member.decl, bindings, since: before, at: site) { return mistake }
            if declaredInCell(member.decl) { specializedBody(member.decl, bindings, selfType: member.owner) }
            return genericResult(member.decl, bindings)
        }
        if let chosen = plainOrGenericMethod(type, name, arguments, isStatic: isStatic) { return chosen }
        guard let member = onlyGenericMember(type, name, isStatic: isStatic) else {
            uncheckedArguments(arguments)
            return nil
        }
        let site = location.map { Self.memberSite(member.decl, at: $0) }
        guard let bindings = bindings(member.decl, arguments, outer: member.outer, expected: expected, site: site) else {
            if let mistake = misspelledLabels([member.decl], arguments) { return mistake }
            uncheckedArguments(arguments)
            return nil
        }
        if let site, let mistake = unmetConstraint(member.decl, bindings, since: before, at: site) { return mistake }
        let decl = member.decl
        let result = genericResult(decl, bindings)
        // A generic method of a class with subclasses, called on a value of that class (`a.tag(1)` for `a: A`): its body
        // is checked when nothing in it depends on which class `self` is (`isSelfFree`), as a subclass's copy of it
        // compiles alike (`B().tag(1)` compiles on B's copy, left unknown: its implicit members are not read on B).
        let selfFree = type.kind == .classType && type.genericArguments.isEmpty && isSelfFree(decl)
        if member.owner === type, !hasSubclasses(type) || selfFree, declaredInCell(decl) {
            if type.genericArguments.isEmpty {
                specializedBody(decl, bindings, selfType: type)
            } else if let open = type.name.firstIndex(of: "<") {
                specializedBody(decl, bindings, instance: ConformingSelf(owner: String(type.name[..<open]), type: .user(type)))
            }
        }
        return result
    }

    /// The result type of the generic method `decl` under the type arguments `bindings`; nil when unknown, the
    /// specialization it names then listed to be made before the cell is checked again (`map` on a `Result<Int, E>`
    /// giving the `Result<String, E>` no code has made yet).
    private func genericResult(_ decl: FunctionDecl, _ bindings: [String: CType]) -> CType? {
        under(bindings) {
            let result = decl.returnType.map(resolve) ?? .void
            if result == nil, case .named(let written, _)? = decl.returnType { wantWrittenSpecialization(named: written) }
            return result
        }
    }

    /// The one generic member `name` of `type` (or of its nearest superclass that has one) a call of it takes, when
    /// nothing else of that name competes for the call (see `genericMethodCall`).
    private func onlyGenericMember(_ type: UserType, _ name: String, isStatic: Bool) -> GenericMember? {
        guard type.kind == .structure || type.kind == .enumeration || type.kind == .classType, !hasTemplateMembers(type),
              type.extendedBuiltin == nil,
              ((isStatic ? type.staticMethods[name] : type.methods[name]) ?? []).isEmpty,
              isStatic || (type.fieldIndex(name) == nil && type.computed[name] == nil) else { return nil }
        if !isStatic, !type.conformances.isEmpty {
            let protocols = compiler.conformedProtocols(type)
            guard !protocols.contains(where: { $0.methods[name] != nil || compiler.hasGenericMember($0, name, isStatic: false) }) else {
                return nil
            }
        }
        let key = Compiler.genericMemberKey(name, isStatic: isStatic)
        var owner: UserType? = type
        while let current = owner {
            if let members = compiler.protocolState.genericMembers[current]?[key] {
                return members.count == 1 ? members[0] : nil
            }
            owner = current.superclass
        }
        return nil
    }

    /// Whether `decl` is a member of one of the cell's type declarations, or a specialization's copy of one (sharing
    /// its body): its body is in this cell's resolution.
    func declaredInCell(_ decl: FunctionDecl, initializer: Bool = false) -> Bool {
        cellTypeDeclarations.contains { type in
            (initializer ? type.initializers : type.methods).contains { $0 === decl || ($0.name == decl.name && $0.location == decl.location) }
        }
    }

    /// A closure passed for a parameter of the function type `pattern` of a generic member: typed (and recorded) with
    /// the parameter types when they mention no unbound type parameter (`unbound`), its result inferred, as the
    /// generator types it to bind the others; otherwise typed alone as the generator types it then, when every
    /// parameter is annotated (`{ (x: Int) in … }`), nil (unknown) when not.
    func closureArgument(_ literal: ClosureLiteral, _ value: Expr, _ pattern: TypeExpr, _ unbound: Set<String>,
                         _ known: [String: CType]) -> CType? {
        let (parameters, throwing) = pattern.functionParameters
        guard pattern.isFunction, !parameters.contains(where: { Compiler.mentions($0, unbound) }) else {
            let annotated = literal.hasExplicitParameters && literal.parameters.allSatisfy { $0.type != nil }
            return annotated ? argumentType(value) : nil
        }
        let resolved = under(known) { parameters.compactMap(resolve) }
        guard resolved.count == parameters.count else { return nil }
        let type = closureType(literal, at: value.location, ClosureContext(parameters: resolved, result: nil, throwing: throwing))
        if let type, !type.hasError { recordClosureArgument(value, type) }
        return record(value, type, expected: throwing ? .throwingFunction(resolved, .void) : .function(resolved, .void))
    }

    /// `name(arguments)` in a member body of `type` where `name` is a generic method of `type` (as `self.name(…)`) or
    /// a generic static one (as `Type.name(…)`); `.some(nil)` when unknown (the arguments checked), nil when `name`
    /// is neither (or both).
    func implicitGenericMethodCall(_ type: UserType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType?? {
        let instance = compiler.hasGenericMember(type, name, isStatic: false)
        let isStatic = compiler.hasGenericMember(type, name, isStatic: true)
        guard type.extendedBuiltin == nil, instance != isStatic else { return nil }
        return .some(genericMethodCall(type, name, arguments, isStatic: isStatic, expected: nil, at: location))
    }

    /// The generic method `name` a protocol extension gives `type`'s values, when the generator calls it
    /// (`compileProtocolOrExtensionCall`): on a value of a declared type without a member of that name, the first
    /// protocol it conforms to that has one; on a protocol-typed value without such a requirement, the first of its
    /// protocol family's. Nil otherwise, or when that protocol has several of that name.
    private func protocolGenericMember(_ type: UserType, _ name: String) -> GenericMember? {
        let protocols: [UserType]
        if type.kind == .protocolType {
            guard compiler.findRequirement(type, name) == nil else { return nil }
            protocols = compiler.protocolFamily(type)
        } else {
            guard type.methods[name] == nil, type.fieldIndex(name) == nil, type.computed[name] == nil,
                  !type.conformances.isEmpty, type.extendedBuiltin == nil else { return nil }
            protocols = compiler.conformedProtocols(type)
        }
        guard let owner = protocols.first(where: { compiler.hasGenericMember($0, name, isStatic: false) }),
              let members = compiler.protocolState.genericMembers[owner]?[name], members.count == 1 else { return nil }
        return members[0]
    }

    /// `value.name(arguments)` where an extension of the value's built-in type (not an array's, whose extensions the
    /// generator applies on demand) declares the generic method `name`, which the generator calls before any other
    /// (`compileInheritedGenericCall`, without the contextual type): its result type (`.some(nil)` when unknown); nil
    /// when no such extension declares one. Its body is checked under the type arguments, `self` the receiver.
    func builtinGenericCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType?? {
        switch receiver {
        case .user, .native, .tuple, .function, .throwingFunction, .array: return nil
        default: break
        }
        guard let owner = compiler.protocolState.builtinExtensions[receiver.description],
              let members = compiler.protocolState.genericMembers[owner]?[name] else { return nil }
        guard members.count == 1, let bindings = bindings(members[0].decl, arguments, outer: members[0].outer, expected: nil) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        let decl = members[0].decl
        // `3.repeated("z")` for `extension Int { func repeated<T>(_ value: T) -> [T] }`: the body as the generator
        // compiles it for these type arguments (`placeholderMemberBody` checks it so under the placeholders).
        if !decl.isStatic, let owner = cellTypeDeclarations.first(where: { $0.methods.contains { $0 === decl || $0.location == decl.location } }) {
            specializedBody(decl, bindings, instance: ConformingSelf(owner: owner.name, type: receiver), declaresSelf: true)
        }
        return .some(under(bindings) { decl.returnType.map(resolve) ?? .void })
    }

    /// Whether the body and signature of `decl` name neither `self`, `Self` nor `super`: typed alike on a class and
    /// on each of its subclasses.
    private func isSelfFree(_ decl: FunctionDecl) -> Bool {
        if case .named("Self", _)? = decl.returnType { return false }
        var named = false
        var walk = SyntaxWalk()
        walk.expression = { expr in
            if case .name(let name) = expr.kind, name == "self" || name == "Self" || name == "super" { named = true }
            if case .member(nil, _, _) = expr.kind { named = true }  // an implicit member's type may be `Self`
            if case .typeReference = expr.kind { named = true }
        }
        walk.walk(decl.body)
        return !named
    }

    /// Whether a declared class inherits from `type`.
    private func hasSubclasses(_ type: UserType) -> Bool {
        type.kind == .classType && compiler.declarations.userTypes.values.contains { $0.superclass === type }
    }

    /// `Type(arguments)` where `type` (a struct or enum, or a generic type's specialization) has generic initializers
    /// (`init<S: Sequence>(_ s: S)`): typed when it has one and no plain initializer takes these labels, as
    /// `Compiler.compileGenericConstruction` chooses it. `.some(nil)` when unknown (the arguments checked), nil when
    /// `type` has no generic initializer or a plain one may be chosen.
    /// With `location` (the construction's), the call's mistakes are reported there (`TypeChecker+GenericRequirements`).
    func genericInitializerCall(_ type: UserType, _ arguments: [Argument], at location: SourceLocation? = nil) -> CType?? {
        guard let members = compiler.protocolState.genericMembers[type]?["init"] else { return nil }
        let before = checked.diagnostics.count
        let plainFits = type.initializers.contains { info in
            info.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } || Self.match(info, arguments) != nil
        }
        // A plain initializer that takes these labels may be the one chosen: decided by the arguments' own types
        // (`initializerChoice`), else left to the plain construction.
        var chosen: [String: CType]?
        if !plainFits { recordPlainMemberFits(false, arguments) }  // no plain initializer takes the labels
        if plainFits || type.keepsMemberwise {
            guard let choice = initializerChoice(type, members, arguments) else { return nil }
            guard case .generic(let bound) = choice else { return choice.type }
            chosen = bound
        }
        let site = members.count == 1 ? location.map { Self.memberSite(members[0].decl, at: $0) } : nil
        guard members.count == 1, type.kind != .classType, !members[0].decl.isFailable,
              let bindings = chosen ?? bindings(members[0].decl, arguments, outer: members[0].outer, expected: nil, site: site) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if let site, let mistake = unmetConstraint(members[0].decl, bindings, since: before, at: site) { return .some(mistake) }
        if members[0].owner === type, declaredInCell(members[0].decl, initializer: true) {
            if type.genericArguments.isEmpty {
                specializedBody(members[0].decl, bindings, selfType: type)
            } else if let open = type.name.firstIndex(of: "<") {
                specializedBody(members[0].decl, bindings, instance: ConformingSelf(owner: String(type.name[..<open]), type: .user(type)))
            }
        }
        return .some(.user(type))
    }

    /// `Type.make(…)` (or `Stack<Int>.make(…)` where the specialization exists) where the type has a generic static
    /// method `name`: as `genericMethodCall`; `.some(nil)` when unknown, nil when `base` names no such type.
    func staticGenericCall(_ base: Expr, _ name: String, _ arguments: [Argument], expected: CType?,
                           at location: SourceLocation) -> CType?? {
        guard case .name(let typeName) = base.kind else { return nil }
        let named = typeName.hasSuffix(">") ? specializedInstance(named: typeName) : typeNamed(base)
        guard let type = named, compiler.hasGenericMember(type, name, isStatic: true) else { return nil }
        return .some(genericMethodCall(type, name, arguments, isStatic: true, expected: expected, at: location))
    }

    /// `Type(arguments)` where `Type` is a struct or enum of the cell that declares generic initializers:
    /// `genericInitializerCall`; nil when the name is no such type or a plain initializer may be chosen.
    func genericInitializerConstruction(_ name: String, _ referent: Referent, _ arguments: [Argument],
                                        at location: SourceLocation) -> CType?? {
        guard case .global(let index) = referent, resolution.declarations[index].kind == .type,
              compiler.declarations.typeAliases[name] == nil, compiler.protocolState.genericTypes[name] == nil,
              let type = compiler.declarations.userTypes[name], type.kind == .structure || type.kind == .enumeration,
              !type.isResultBuilder else { return nil }
        return genericInitializerCall(type, arguments, at: location)
    }
}
