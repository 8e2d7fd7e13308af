/// Generic subscripts of declared types (`subscript<I: Sequence>(_ idx: I) -> [Int] where I.Element == Int`), typed
/// as the generator reads them (`Compiler.compileGenericSubscript`): a plain subscript of the type whose parameter
/// types the arguments' own types fit is preferred, as swiftc prefers it; otherwise the generic one, its type
/// parameters bound from the arguments, its body checked per specialization like a generic method's.
extension TypeChecker {
    /// `base[arguments]` on a value of `type`, which declares generic subscripts: the chosen subscript's result type
    /// (`.some(nil)` when the checker cannot tell which the generator takes, the arguments checked); nil when `type`
    /// declares no generic subscript. With `location` (the `[`), arguments that miss the generic subscript's `where`
    /// requirements are reported there (`genericSubscriptRequirement`).
    func genericSubscript(_ type: UserType, _ arguments: [Argument], at location: SourceLocation? = nil) -> CType?? {
        guard let members = genericSubscripts(of: type) else { return nil }
        let plain = type.subscripts.map(\.getter)
        if let location, let mistake = genericSubscriptShapeMistake(members, plain, arguments, at: location) { return .some(mistake) }
        guard members.count == 1, type.extendedBuiltin == nil,
              !plain.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } }),
              let types = ownTypes(arguments) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        let fits = plainSubscriptFits(plain, arguments, types)
        recordPlainMemberFits(fits, arguments)  // the generator's choice (`Compiler.compileGenericSubscript`)
        if fits { return .some(declaredCall(plain, arguments, receiver: true)) }
        let member = members[0]
        guard let bindings = memberBindings(member, arguments, types) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if let location, let mistake = genericSubscriptRequirement(member.decl, arguments, bindings, at: location) { return .some(mistake) }
        let hasSubclasses = type.kind == .classType && compiler.declarations.userTypes.values.contains { $0.superclass === type }
        if declaresSubscript(member.decl), !hasSubclasses {
            if let template = templateDeclaring(member.decl) {
                // A template's subscript, added to `type` (`s[[0, 2]]`): `self` is the conforming value, as in its
                // other bodies (`conformingBodies`).
                specializedBody(member.decl, bindings, instance: ConformingSelf(owner: template.name, type: .user(type)), declaresSelf: true)
            } else if type.genericArguments.isEmpty {
                specializedBody(member.decl, bindings, selfType: type)
            } else if let open = type.name.firstIndex(of: "<") {
                specializedBody(member.decl, bindings, instance: ConformingSelf(owner: String(type.name[..<open]), type: .user(type)))
            }
        }
        return .some(under(bindings) { member.decl.returnType.map(resolve) ?? .void })
    }

    /// The generic subscripts a value of `type` has when the generator reads it: its own, then those of the templates
    /// (extensions of protocols with associated types) the generator adds to it after this pass
    /// (`templateGenericSubscripts`); nil when none.
    private func genericSubscripts(of type: UserType) -> [GenericMember]? {
        let members = (compiler.protocolState.genericMembers[type]?["subscript"] ?? []) + templateGenericSubscripts(of: type)
        return members.isEmpty ? nil : members
    }

    /// `w["s"]` where `subscript<I: Sequence>(_ idx: I) -> [Int] where I.Element == Int` is the one generic subscript:
    /// the first `where` requirement the arguments' types miss, reported at the `[` as swiftc reports it (`subscript
    /// 'subscript(_:)' requires the types 'String.Element' (aka 'Character') and 'Int' be equivalent`), or for an array
    /// literal argument, its elements checked against the required element type (`w[["s"]]`: swiftc's `cannot convert
    /// value of type 'String' to expected element type 'Int'`, at the element). The generator takes no generic
    /// subscript then. The error type after reporting; nil when the requirements hold or one is unknown.
    private func genericSubscriptRequirement(_ decl: FunctionDecl, _ arguments: [Argument], _ bindings: [String: CType],
                                             at location: SourceLocation) -> CType? {
        let before = checked.diagnostics.count
        guard let positions = Self.match(decl.parameters.map { ($0.label, CType.void, false) }, arguments) else { return nil }
        for requirement in decl.genericRequirements where requirement.isSameType && requirement.left.hasSuffix(".Element") {
            let parameter = String(requirement.left.dropLast(".Element".count))
            let index = zip(arguments.indices, positions).first { _, position in
                if case .named(let name, _) = decl.parameters[position].type { return name == parameter }
                return false
            }?.0
            guard let index, case .array = arguments[index].value.kind,
                  let element = bindings[requirement.left] ?? bindings[parameter].flatMap(Compiler.sequenceElement),
                  let right = under(bindings, { resolve(.named(requirement.right, requirement.location)) }),
                  element != right else { continue }
            check(arguments[index].value, expected: .array(right))
            if checked.diagnostics.count > before { return .error }
        }
        let site = Self.memberSite(decl, at: location)
        return unmetRequirement(decl.genericRequirements, decl.genericParameters, bindings, at: site)
    }

    /// `M()[1, m: "s"]` where neither the one generic subscript nor a plain one takes the labels: swiftc's shape
    /// mistake (`TypeChecker+SubscriptShapes`), reported; nil when one takes them or the checker leaves it.
    private func genericSubscriptShapeMistake(_ members: [GenericMember], _ plain: [FunctionInfo], _ arguments: [Argument],
                                              at location: SourceLocation) -> CType? {
        guard members.count == 1, let decl = members.first?.decl,
              !decl.parameters.contains(where: { $0.isVariadic || $0.isAutoclosure || $0.isInout }),
              !plain.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } }),
              Self.match(decl.parameters.map { ($0.label, CType.void, $0.defaultValue != nil) }, arguments) == nil,
              !plain.contains(where: { Self.match($0, arguments, skipping: 1) != nil }) else { return nil }
        return subscriptShapeMistake(plain.map { Array(compiler.shapes($0).dropFirst()) } + [Compiler.shapes(decl.parameters)],
                                     arguments, at: location)
    }

    /// Each argument's type without a context, as the generator types it to choose the subscript and bind the type
    /// parameters (`Compiler.checkerType`, `argumentType`: a literal's own type, unrecorded); nil when one
    /// is unknown or is a closure.
    private func ownTypes(_ arguments: [Argument]) -> [CType]? {
        var types: [CType] = []
        for argument in arguments {
            if case .closure = argument.value.kind { return nil }
            if case .inoutArgument = argument.value.kind { return nil }
            guard let type = Self.literalType(argument.value) ?? argumentType(argument.value) else { return nil }
            types.append(type)
        }
        return types
    }

    /// Whether a plain subscript takes the arguments with their own types (`Compiler.plainMemberFits`: the labels
    /// match and each argument's type is its parameter's, or that made optional).
    private func plainSubscriptFits(_ getters: [FunctionInfo], _ arguments: [Argument], _ types: [CType], skipping: Int = 1) -> Bool {
        getters.contains { getter in
            guard let positions = Self.match(getter, arguments, skipping: skipping) else { return false }
            return zip(positions, types).allSatisfy { position, type in
                let parameter = getter.parameters[position].type
                return type == parameter || .optional(type) == parameter
            }
        }
    }

    /// A generic member's type arguments bound from the arguments' own types (as `bindings` binds them, without
    /// checking the arguments again), then each argument checked against its specialized parameter where that type
    /// differs or the argument is a literal; nil when the checker cannot bind them all.
    private func memberBindings(_ member: GenericMember, _ arguments: [Argument], _ types: [CType]) -> [String: CType]? {
        let decl = member.decl
        guard !decl.parameters.contains(where: { $0.isVariadic || $0.isAutoclosure || $0.defaultValue != nil || $0.isInout }),
              let positions = Self.match(decl.parameters.map { ($0.label, CType.void, false) }, arguments) else { return nil }
        let names = Set(decl.genericParameters.map(\.name))
        var inferred: [String: CType] = [:]
        for (position, type) in zip(positions, types) {
            guard Compiler.infer(decl.parameters[position].type, type, names, into: &inferred) else { return nil }
        }
        guard decl.genericParameters.allSatisfy({ inferred[$0.name] != nil }),
              let complete = boundAssociatedTypes(decl.genericParameters, inferred.merging(member.outer) { inner, _ in inner }) else {
            return nil
        }
        for (index, (argument, position)) in zip(arguments, positions).enumerated() {
            guard let parameter = under(complete, { resolve(decl.parameters[position].type) }) else { return nil }
            if Self.literalType(argument.value) != nil || (parameter != types[index] && !Self.isContextFree(argument.value)) {
                check(argument.value, expected: parameter)
            }
        }
        recordGenericBindings(complete, arguments, of: decl.name, at: decl.location)  // the generator's (`Compiler.inferGenericBindings`)
        return complete
    }

    /// Whether `decl` is the getter of a generic subscript one of the cell's type declarations declares (its body is
    /// in this cell's resolution).
    private func declaresSubscript(_ decl: FunctionDecl) -> Bool {
        cellTypeDeclarations.contains { $0.subscripts.contains { $0.location == decl.location } }
    }

    /// How the generator constructs a type that has a generic initializer beside plain ones whose labels fit
    /// (`Compiler.compileGenericConstruction`).
    enum InitializerChoice {
        /// The plain initializer, its result type (`.some(nil)`: unknown).
        case plain(CType?)
        /// The generic initializer, with these type arguments.
        case generic([String: CType])

        /// The construction's type when the plain initializer is chosen.
        var type: CType?? {
            if case .plain(let type) = self { return .some(type) }
            return nil
        }
    }

    /// The generator's choice between the one plain initializer whose labels fit and the one generic initializer,
    /// by the arguments' own types (`plainMemberFits`): the plain one when it takes them as they are (the arguments
    /// checked once, those that need its parameter types again), else the generic one; nil when the checker cannot
    /// tell (several candidates, a memberwise initializer, an argument's type unknown, a class).
    func initializerChoice(_ type: UserType, _ members: [GenericMember], _ arguments: [Argument]) -> InitializerChoice? {
        let plain = type.initializers.filter { Self.match($0, arguments) != nil }
        guard !type.keepsMemberwise, members.count == 1, type.kind != .classType, !members[0].decl.isFailable, plain.count == 1,
              !type.initializers.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } }),
              let types = ownTypes(arguments) else { return nil }
        let info = plain[0]
        let fits = plainSubscriptFits(plain, arguments, types, skipping: 0)
        recordPlainMemberFits(fits, arguments)  // the generator's choice (`Compiler.compileGenericConstruction`)
        if fits, let positions = Self.match(info, arguments) {
            for (argument, position) in zip(arguments, positions) where !Self.isContextFree(argument.value) {
                check(argument.value, expected: info.parameters[position].type)
            }
            switch info.returnType {
            case .user, .optional(.user): return .plain(info.returnType)
            default: return .plain(.user(type))
            }
        }
        return memberBindings(members[0], arguments, types).map { .generic($0) }
    }

    /// `value.f(x)` (`Type.f(x)` with `isStatic`) where a struct or enum declares both plain methods `f` (at most one
    /// whose labels fit) and one generic `f` (`func f(_ x: Int)` and `func f<T>(_ x: T)`): the generator's choice by
    /// the arguments' own types (`Compiler.compileGenericMemberCall`), the plain one when it takes them as they are;
    /// its result type (`.some(nil)`: unknown). Nil when `type` has no such pair (the other rules apply).
    func plainOrGenericMethod(_ type: UserType, _ name: String, _ arguments: [Argument], isStatic: Bool) -> CType?? {
        let key = Compiler.genericMemberKey(name, isStatic: isStatic)
        let candidates = (isStatic ? type.staticMethods[name] : type.methods[name]) ?? []
        guard type.kind == .structure || type.kind == .enumeration, !hasTemplateMembers(type), type.extendedBuiltin == nil,
              let members = compiler.protocolState.genericMembers[type]?[key], !candidates.isEmpty else { return nil }
        let skipped = isStatic ? 0 : 1
        let plain = candidates.filter { Self.match($0, arguments, skipping: skipped) != nil }
        let protocols = type.conformances.isEmpty ? [] : compiler.conformedProtocols(type)
        guard members.count == 1, plain.count <= 1, type.fieldIndex(name) == nil, type.computed[name] == nil,
              !candidates.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } }),
              !protocols.contains(where: { $0.methods[name] != nil || compiler.hasGenericMember($0, name, isStatic: false) }),
              let types = ownTypes(arguments) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        let fits = !plain.isEmpty && plainSubscriptFits(plain, arguments, types, skipping: skipped)
        recordPlainMemberFits(fits, arguments)  // the generator's choice (`Compiler.compileGenericMemberCall`)
        if let info = plain.first, fits, let positions = Self.match(info, arguments, skipping: skipped) {
            for (argument, position) in zip(arguments, positions) where !Self.isContextFree(argument.value) {
                check(argument.value, expected: info.parameters[position].type)
            }
            return .some(info.returnType)
        }
        let member = members[0]
        guard let bindings = memberBindings(member, arguments, types) else { return .some(nil) }
        let declared = cellTypeDeclarations.contains { $0.methods.contains { $0 === member.decl || ($0.name == member.decl.name && $0.location == member.decl.location) } }
        if declared, type.genericArguments.isEmpty { specializedBody(member.decl, bindings, selfType: type) }
        return .some(under(bindings) { member.decl.returnType.map(resolve) ?? .void })
    }
}
