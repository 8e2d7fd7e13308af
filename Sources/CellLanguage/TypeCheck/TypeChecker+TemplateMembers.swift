/// Members of extensions of protocols with associated types (templates, `Compiler+ProtocolExtensions`) on values of
/// a conforming declared type whose copy of the template the generator adds after this pass (a type of this cell:
/// its associated types are bound then). The checker reads the template's member as the copy will declare it: its
/// parameter and result types resolved with `Self` and the associated types bound as for that type
/// (`extensionBindings`), where exactly one applying extension declares a member of that name.
extension TypeChecker {
    /// The one member `name` the templates applying to `type` declare (a method when `method`, else a computed
    /// property), with the bindings its copy compiles under; nil when none or several, or when `type` has a member
    /// of that name already (the copy added, or its own).
    private func templateMember(_ type: UserType, _ name: String, method: Bool)
        -> (decl: TypeDecl, bindings: [String: CType])? {
        let state = compiler.protocolState
        guard !state.protocolExtensions.isEmpty, type.kind != .protocolType, type.extendedBuiltin == nil,
              !hasTemplateMembers(type), type.methods[name] == nil, type.fieldIndex(name) == nil, type.computed[name] == nil
        else { return nil }
        var found: [(decl: TypeDecl, bindings: [String: CType])] = []
        for (proto, decl) in state.protocolExtensions where compiler.conforms(.user(type), to: proto) {
            let declares = method ? decl.methods.contains { $0.name == name } : decl.computed.contains { $0.name == name }
            guard declares else { continue }
            guard let bindings = extensionBindings(proto, for: .user(type)) else { return nil }
            if holds(decl.whereRequirements, under: bindings) { found.append((decl, bindings)) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// `value.name(arguments)` where a template gives `type` the plain instance method `name` (one of that name, its
    /// parameters neither defaulted, variadic nor `inout`, its labels the arguments'): its result, each argument
    /// checked against its parameter's type; nil when no template gives it or the checker cannot tell.
    func templateMethodCall(_ type: UserType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard let (decl, bindings) = templateMember(type, name, method: true) else { return nil }
        let methods = decl.methods.filter { $0.name == name }
        guard methods.count == 1, let method = methods.first, !method.isStatic, method.genericParameters.isEmpty,
              method.resultBuilder == nil, holds(method.genericRequirements, under: bindings),
              method.parameters.map(\.label) == arguments.map(\.label),
              !method.parameters.contains(where: { $0.isVariadic || $0.isInout || $0.isAutoclosure || $0.defaultValue != nil })
        else { return nil }
        // The types resolved under the copy's bindings; the arguments checked where the call is (outside them).
        let (parameters, result) = under(bindings) { (method.parameters.compactMap { resolve($0.type) }, method.returnType.map(resolve) ?? .void) }
        guard parameters.count == arguments.count, let result else { return nil }
        for (argument, parameter) in zip(arguments, parameters) { check(argument.value, expected: parameter) }
        return result
    }

    /// `value.name` where a template gives `type` the instance computed property `name`: its type; nil otherwise.
    func templateProperty(_ type: UserType, _ name: String) -> CType? {
        guard let (decl, bindings) = templateMember(type, name, method: false),
              let computed = decl.computed.first(where: { $0.name == name }), !computed.isStatic else { return nil }
        return under(bindings) { resolve(computed.type) }
    }
}
