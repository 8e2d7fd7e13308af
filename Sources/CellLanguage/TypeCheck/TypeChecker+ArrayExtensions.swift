/// Members of `extension Array { … }` used on arrays of the basic types (`[1, 2, 3].chunked(into: 2)`,
/// `names.middle`). The generator adds the extension's template to an array type only when a member is first looked
/// up on it (`Compiler.applyProtocolExtensions(toArray:)`), while generating, after the checker ran: the checker
/// reads the template's declaration instead, its types written with `Element` (and `Self`) bound to the receiver's.
extension TypeChecker {
    /// `xs.name(arguments)`: the result of the one non-generic, non-mutating method of an applicable `extension
    /// Array` called `name`, its arguments checked against its parameters; nil when there is no such method or
    /// something else may be the one called (the standard library's member, an extension of the array type itself).
    func arrayExtensionCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard let element = templateElement(receiver, name), let method = arrayTemplateMethod(element, name) else { return nil }
        if !method.genericParameters.isEmpty { return genericArrayExtensionCall(method, element, arguments) }
        let signature: (parameters: [CType], result: CType)? = withElementBound(element) {
            let types = method.parameters.compactMap { resolve($0.type) }
            guard types.count == method.parameters.count else { return nil }
            guard let written = method.returnType else { return (types, .void) }
            return resolve(written).map { (types, $0) }
        }
        guard let signature else { return nil }
        let shapes = zip(method.parameters, signature.parameters).map { ($0.label, $1, $0.defaultValue != nil) }
        guard let positions = Self.match(shapes, arguments) else { return nil }
        var fits = true
        for (argument, position) in zip(arguments, positions) where check(argument.value, expected: signature.parameters[position])
            != signature.parameters[position] { fits = false }
        return fits ? signature.result : nil
    }

    /// `xs.paired(with: ys)`, a generic method of `extension Array`: its type parameters bound from the arguments with
    /// `Element` and `Self` the receiver's (as the generator specializes it), its body checked under them (`self` the
    /// array, the members named without `self` the array's).
    private func genericArrayExtensionCall(_ method: FunctionDecl, _ element: CType, _ arguments: [Argument]) -> CType? {
        let outer: [String: CType] = ["Element": element, "Self": .array(element)]
        guard let bindings = bindings(method, arguments, outer: outer, expected: nil) else {
            uncheckedArguments(arguments)
            return nil
        }
        if let owner = cellTypeDeclarations.first(where: { $0.methods.contains { $0 === method } }) {
            specializedBody(method, bindings, instance: ConformingSelf(owner: owner.name, type: .array(element)), declaresSelf: true)
        }
        return under(bindings) { method.returnType.map(resolve) ?? .void }
    }

    /// `xs.name`: the type of the one computed property of an applicable `extension Array` called `name`.
    func arrayExtensionProperty(_ receiver: CType, _ name: String) -> CType? {
        guard let element = templateElement(receiver, name) else { return nil }
        let properties = arrayTemplates(element).flatMap { $0.computed.filter { $0.name == name && !$0.isStatic } }
        guard properties.count == 1, arrayTemplates(element).allSatisfy({ !$0.methods.contains { $0.name == name } }) else {
            return nil
        }
        return withElementBound(element) { resolve(properties[0].type) }
    }

    /// The element type of an array receiver the templates are added to (numbers, Booleans, strings and characters)
    /// when `name` can only be a template's member: not the standard library's, not an extension's of the array
    /// type itself (an extension of another built-in type declaring it, `extension String { func counted(…) }`, does
    /// not reach arrays), with the hidden `Array` protocol the only one arrays conform to.
    private func templateElement(_ receiver: CType, _ name: String) -> CType? {
        guard case .array(let element) = receiver, [.int, .double, .bool, .string, .character].contains(element),
              let proto = compiler.protocolState.builtinProtocols["Array"],
              compiler.protocolState.arrayConformances.allSatisfy({ $0 === proto }),
              ownsNoMember(receiver, name),
              StdlibTables.table(for: receiver)?.property(named: name) == nil,
              StdlibTables.table(for: receiver)?.methods(named: name).isEmpty ?? true else { return nil }
        return element
    }

    /// Whether no extension of the array type itself (`extension Array where Element == Double`, its own owner of
    /// members, `Compiler.builtinExtensions`) declares a member or generic member `name`: the templates added to that
    /// owner then give it, as to an array type without one (`Compiler.applyProtocolExtensions(toArray:)`).
    private func ownsNoMember(_ receiver: CType, _ name: String) -> Bool {
        guard let owner = compiler.protocolState.builtinExtensions[receiver.description] else { return true }
        return owner.methods[name] == nil && owner.computed[name] == nil && owner.fieldIndex(name) == nil
            && compiler.protocolState.genericMembers[owner]?[name] == nil
    }

    /// The one method `name` of the templates applicable to arrays of `element`, when it is not mutating, has no
    /// `where` clause of its own and no computed property shares its name.
    private func arrayTemplateMethod(_ element: CType, _ name: String) -> FunctionDecl? {
        let templates = arrayTemplates(element)
        let methods = templates.flatMap { $0.methods.filter { $0.name == name && !$0.isStatic } }
        guard methods.count == 1, let method = methods.first, method.genericRequirements.isEmpty,
              !method.isMutating, !method.parameters.contains(where: { $0.isInout || $0.isVariadic || $0.isAutoclosure }),
              templates.allSatisfy({ !$0.computed.contains { $0.name == name } }) else { return nil }
        return method
    }

    /// The `extension Array` declarations whose `where` clause arrays of `element` meet (`Compiler.satisfies`).
    private func arrayTemplates(_ element: CType) -> [TypeDecl] {
        guard let proto = compiler.protocolState.builtinProtocols["Array"] else { return [] }
        return compiler.protocolState.protocolExtensions.filter { $0.proto === proto }.map(\.decl).filter { decl in
            decl.whereRequirements.allSatisfy { $0.left == "Element" && !$0.isSameType && compiler.satisfies(element, $0.right) }
        }
    }

    /// `body`'s result with `Element` standing for `element` and `Self` for an array of it in written types.
    private func withElementBound<T>(_ element: CType, _ body: () -> T?) -> T? {
        let saved = bodyContext.specialization
        bodyContext.specialization = ["Element": element, "Self": .array(element)]
        defer { bodyContext.specialization = saved }
        return body()
    }
}
