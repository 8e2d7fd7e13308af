/// Protocol-typed values (existentials: `let shapes: [Shape]`, `any Shape`): a protocol named as a type, the
/// requirements read and called on such a value (their declared types; the value's concrete type runs them) and
/// the protocol extensions' properties and methods.
///
/// Only protocols without associated types (those are refused as types) that are neither compositions nor
/// class-bound to a superclass; their requirements then need no substitution. Static requirements, initializers and
/// subscripts stay unknown.
extension TypeChecker {
    /// The protocol `name` names, as the type of its values; nil when it is not such a protocol.
    func protocolType(named name: String) -> CType? {
        guard let proto = compiler.declarations.userTypes[name], isExistential(proto) else { return nil }
        return .user(proto)
    }

    /// Whether values of the protocol type `proto` are typed (see the file's header).
    private func isExistential(_ proto: UserType) -> Bool {
        guard proto.kind == .protocolType, let info = proto.protocolInfo, !info.isComposition, info.superclass == nil else { return false }
        let state = compiler.protocolState
        return !state.hasAssociatedTypes && !state.placeholderTypes.contains(proto)
            && !state.associatedTypeProtocols.contains(proto) && proto !== state.anyType && proto !== state.anyObject
    }

    /// `value.name` on a protocol-typed value: a property requirement's type, or a protocol extension's computed
    /// property's.
    func protocolMember(_ proto: UserType, _ name: String) -> CType? {
        guard isExistential(proto) else { return nil }
        if let requirement = compiler.findRequirement(proto, name) {
            return requirement.kind == .property && !requirement.isStatic ? requirement.type : nil
        }
        return compiler.protocolFamily(proto).first { $0.computed[name] != nil }?.computed[name]?.returnType
    }

    /// `value.name(arguments)` on a protocol-typed value: a method requirement (its arguments checked against its
    /// parameter types) or a protocol extension's method. Nil when unknown (the arguments then checked on their own).
    func protocolMethodCall(_ proto: UserType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard isExistential(proto) else {
            uncheckedArguments(arguments)
            return nil
        }
        if let requirement = compiler.findRequirement(proto, name) {
            guard requirement.kind == .method, !requirement.isStatic, requirement.labels == arguments.map(\.label),
                  requirement.parameterTypes.count == arguments.count else {
                uncheckedArguments(arguments)
                return nil
            }
            for (argument, parameter) in zip(arguments, requirement.parameterTypes) { check(argument.value, expected: parameter) }
            return requirement.type
        }
        guard let methods = compiler.protocolFamily(proto).first(where: { $0.methods[name] != nil })?.methods[name] else {
            uncheckedArguments(arguments)
            return nil
        }
        return declaredCall(methods, arguments, receiver: true)
    }
}
