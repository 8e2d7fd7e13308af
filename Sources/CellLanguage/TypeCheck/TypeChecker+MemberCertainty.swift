import Diagnostics

/// What the checker knows of every member a receiver has (issue 12): a member read or call is reported as missing
/// (`TypeChecker.missingMember`) only when no source of members may supply it. The sources are the type's own
/// declarations (and, for a class, its superclasses'), the protocols it conforms to (declared ones with the members
/// of their extensions and the protocols they refine; the library's as `LibraryProtocolMembers` lists them, any
/// other library protocol may give anything), the standard-library tables for built-in types, the cell's
/// extensions of built-in types, and protocol extensions' templates (asked by the caller).
extension TypeChecker {
    /// Whether the protocols named `conformances` certainly give no member `name`: declared protocols (with the
    /// protocols they refine) that declare none, and library protocols whose members nbrun lists without it.
    func conformancesLack(_ conformances: some Sequence<String>, _ name: String) -> Bool {
        conformances.allSatisfy { conformance in
            if let proto = compiler.declarations.userTypes[conformance], proto.kind == .protocolType {
                return protocolFamilyLacks(proto, name)
            }
            return LibraryProtocolMembers.names(of: conformance).map { !$0.contains(name) } ?? false
        }
    }

    /// Whether `proto` and every protocol it refines certainly give no member `name`: no requirement, no member of an
    /// extension, no library parent that has it, and no class bound (of a composition) that has it.
    func protocolFamilyLacks(_ proto: UserType, _ name: String) -> Bool {
        let state = compiler.protocolState
        return compiler.protocolFamily(proto).allSatisfy { member in
            if member === state.anyObject { return true }  // `protocol P: AnyObject`: no members on Linux
            if state.builtinProtocols[member.name] === member {
                return LibraryProtocolMembers.names(of: member.name).map { !$0.contains(name) } ?? false
            }
            guard let info = member.protocolInfo, compiler.declarations.userTypes[member.name] === member
                    || state.compositions[member.name] === member || state.placeholderTypes.contains(member) else { return false }
            return declaredMembersLack(member, name) && !info.requirements.contains { $0.name == name }
                && conformancesLack(info.builtinParents.union(member.conformances), name)
                && (info.superclass.map { declaredTypeLacks($0, name) } ?? true)
        }
    }

    /// Whether a declared struct, enum or class (with its superclasses and conformances) certainly has no member
    /// `name`, instance or static: its members are all known (not a generic template, a result builder, an opaque
    /// type or an extension of a built-in type) and none of its sources declares one.
    func declaredTypeLacks(_ type: UserType, _ name: String) -> Bool {
        guard type.kind != .protocolType, compiler.protocolState.opaqueTypes[type] == nil, type.extendedBuiltin == nil,
              !hasTemplateMembers(type), !hasGenericMember(named: name) else { return false }
        var current: UserType? = type
        while let owner = current {
            guard declaredMembersLack(owner, name), conformancesLack(owner.conformances, name) else { return false }
            current = owner.superclass
        }
        return true
    }

    /// Whether `type`'s own declarations (stored, computed, static members, methods, cases, a raw value, generic
    /// members) have nothing called `name`.
    private func declaredMembersLack(_ type: UserType, _ name: String) -> Bool {
        type.fieldIndex(name) == nil && type.computed[name] == nil && type.methods[name] == nil
            && type.staticFields[name] == nil && type.staticMethods[name] == nil && type.staticComputed[name] == nil
            && type.caseIndex(name) == nil && (name != "rawValue" || type.rawType == nil)
            && compiler.protocolState.genericMembers[type]?[name] == nil
            && compiler.protocolState.genericMembers[type]?["static " + name] == nil
    }

    /// Whether `receiver.name` is certainly the table's member `name`: the receiver's members are all its table's
    /// (`certainlyBuiltinMembers`) and no extension of a built-in type declares a member `name` that may stand for it.
    func certainlyTableMember(_ name: String, of receiver: CType) -> Bool {
        certainlyBuiltinMembers(of: receiver) && !extendsBuiltin(member: name)
    }

    /// Whether values of `type` certainly have no member `name`: a declared type, a protocol value or a type
    /// parameter, a built-in type with a table, an optional of one of these (neither the optional nor its wrapped
    /// value has it), a tuple without such an element.
    func certainlyLacksMember(_ type: CType, _ name: String) -> Bool {
        guard !protocolExtensionsSupply(name, to: type) else { return false }
        switch type {
        case .user(let user) where user.kind == .protocolType: return protocolReceiverLacks(user, name)
        case .user(let user): return declaredTypeLacks(user, name)
        case .tuple(let elements):
            return !elements.contains { $0.label == name } && Int(name) == nil
        default: return builtinLacks(type, name)
        }
    }

    /// Whether a protocol value (`any Shape`, a composition `Named & Aged` or `Location & Named`) or a type
    /// parameter's placeholder in a generic body (`s` of `S: Sequence`) certainly has no member `name`.
    func protocolReceiverLacks(_ proto: UserType, _ name: String) -> Bool {
        let state = compiler.protocolState
        if proto === state.anyType { return true }  // `Any` has no member and no extension (`[0, "s"]`'s elements)
        guard proto !== state.anyObject, state.opaqueTypes[proto] == nil,
              isExistential(proto) || state.placeholderTypes.contains(proto) || proto.protocolInfo?.isComposition == true
        else { return false }
        return protocolFamilyLacks(proto, name)
    }

    /// Whether a value of the built-in type `type` certainly has no member `name`: its table has none (an optional's
    /// neither, nor its wrapped type), no extension of the notebook may add one (`ExtensionReach`), and the cell
    /// declares no member of that name (in an extension nbrun refuses, `extension Substring`, which registers nothing).
    func builtinLacks(_ type: CType, _ name: String) -> Bool {
        guard let table = StdlibTables.table(for: type), table.property(named: name) == nil, table.methods(named: name).isEmpty,
              !extensionReach.mayAdd(name, to: type), !cellDeclaresMember(named: name) else { return false }
        if case .optional(let wrapped) = type { return certainlyLacksMember(wrapped, name) }
        return true
    }

    /// Whether a declaration of the cell being checked is a member called `name` that may be a built-in type's: one
    /// of a type or extension nbrun registers nowhere (`extension Substring`, which it refuses; `extension Array: P {}`
    /// counts as registered). The resolver declares
    /// a type's members at the type's name; the members of the types and extensions nbrun registers are their own or
    /// what `ExtensionReach` sees (`struct Vec2 { var x … }` gives an array no `x`, nor does `extension Describable`
    /// give a string its members when only arrays conform).
    private func cellDeclaresMember(named name: String) -> Bool {
        let declared = resolution.declarations.filter { $0.kind == .member && $0.name == name }
        guard !declared.isEmpty else { return false }
        let registered = Set(compiler.declarations.typeInfos.keys.map(\.location)
                             + compiler.protocolState.arrayConformanceDecls.map(\.location))
        return declared.contains { !registered.contains($0.location) }
    }

    /// Whether the built-in type `type`, named as a type (`Double.pi`, or the contextual type of `.init(…)`), certainly
    /// has no static or instance member `name`: neither its table nor an extension of a built-in type has one.
    func builtinTypeLacks(_ type: CType, _ name: String) -> Bool {
        guard let table = StdlibTables.table(for: type), table.staticProperty(named: name) == nil,
              table.staticMethods(named: name).isEmpty,
              compiler.protocolState.builtinExtensions.values.allSatisfy({
                  $0.staticFields[name] == nil && $0.staticMethods[name] == nil && $0.staticComputed[name] == nil
              }) else { return false }
        return builtinLacks(type, name)
    }
}
