import Diagnostics

/// `Hasher`, `ObjectIdentifier` and `hashValue`, as the generator compiles them (`Compiler+UserHashing`,
/// `HasherMembers`).
extension TypeChecker {
    /// `x.hashValue` on a Hashable value whose type declares no `hashValue` (`Compiler.compileHashValue`): Int.
    func hashValueMember(_ receiver: CType, _ name: String) -> CType? {
        guard name == "hashValue", receiver.isHashable else { return nil }
        if case .user(let type) = receiver, type.computed[name] != nil || type.fieldIndex(name) != nil { return nil }
        return .int
    }

    /// `hasher.combine(x)` of a Hashable `x` (its generic parameter is not modelled by `StdlibSignature`): Void; a
    /// value of a known type that is not Hashable is swiftc's unmet requirement, at the method's name (`location`).
    func hasherCombine(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard receiver == .hasher, name == "combine", arguments.count == 1, arguments[0].label == nil,
              let type = check(arguments[0].value, expected: nil), !type.hasError else { return nil }
        if type.isHashable { return .void }
        if case .user(let user) = type, user.kind == .protocolType { return nil }
        guard closedPlaceholder(type) == nil, !compiler.mentionsPlaceholder(type), !isTypeParameterPlaceholder(type) else { return nil }
        report(.genericRequirement("instance method 'combine'", type: type, protocolName: "Hashable"), at: location)
        return .error
    }

    /// `Hasher()`, and `ObjectIdentifier(object)` of a class instance (`Compiler.compileHashingInitializer`); nil
    /// inside for a call the generator refuses.
    func hashingInitializer(_ name: String, _ arguments: [Argument]) -> CType?? {
        switch name {
        case "Hasher": return .some(arguments.isEmpty ? .hasher : nil)
        case "ObjectIdentifier":
            guard arguments.count == 1, arguments[0].label == nil,
                  case .user(let type)? = check(arguments[0].value, expected: nil), type.kind == .classType else { return .some(nil) }
            return .some(.objectIdentifier)
        default: return nil
        }
    }
}
