/// Members of the templates the generator adds to library collections, used on them: `extension Array { … }`,
/// `extension Sequence`/`Collection`… (`[1, 2, 3].chunked(into: 2)`, `names.middle`, `"abc".frequencies()`) and the
/// extensions of protocols with associated types that arrays conform to (`extension Array: Container {}`). The
/// generator adds a template to a collection type only when one of its members is first looked up on it
/// (`Compiler.applyProtocolExtensions(toCollection:member:)`), while generating, after the checker ran: the
/// checker reads the templates' declarations instead (`Compiler.templates(addedTo:)`), their types written with the
/// type arguments the generator compiles them with (`templateCopies(addedTo:)`: `Element`, `Self`, associated types).
extension TypeChecker {
    /// A template added to a collection type, with the type arguments its bodies are compiled with.
    typealias TemplateCopy = (decl: TypeDecl, bindings: [String: CType])

    /// `xs.name(arguments)`: the result of the one non-mutating method of an applicable template called `name`, its
    /// arguments checked against its parameters; nil when there is no such method or something else may be the one
    /// called (the standard library's member, an extension of the collection type itself).
    func arrayExtensionCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard let copies = templateCopies(receiver, name, isCall: true), let (method, bindings) = templateMethod(copies, name) else { return nil }
        if !method.genericParameters.isEmpty { return genericArrayExtensionCall(method, receiver, bindings, arguments) }
        let signature: (parameters: [CType], result: CType)? = under(bindings) {
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

    /// `xs.paired(with: ys)`, a generic method of a template: its type parameters bound from the arguments with the
    /// template's own (`Element`, `Self`…) the receiver's (as the generator specializes it), its body checked under
    /// them (`self` the collection, the members named without `self` the collection's).
    private func genericArrayExtensionCall(_ method: FunctionDecl, _ receiver: CType, _ outer: [String: CType],
                                           _ arguments: [Argument]) -> CType? {
        guard let bindings = bindings(method, arguments, outer: outer, expected: nil) else {
            uncheckedArguments(arguments)
            return nil
        }
        if let owner = cellTypeDeclarations.first(where: { $0.methods.contains { $0 === method } }) {
            specializedBody(method, bindings, instance: ConformingSelf(owner: owner.name, type: receiver), declaresSelf: true)
        }
        return under(bindings) { method.returnType.map(resolve) ?? .void }
    }

    /// `xs.name`: the type of the one computed property of an applicable template called `name`.
    func arrayExtensionProperty(_ receiver: CType, _ name: String) -> CType? {
        guard let copies = templateCopies(receiver, name, isCall: false) else { return nil }
        let properties = copies.flatMap { copy in
            copy.decl.computed.filter { $0.name == name && !$0.isStatic }.map { (computed: $0, bindings: copy.bindings) }
        }
        guard properties.count == 1, copies.allSatisfy({ !$0.decl.methods.contains { $0.name == name } }) else { return nil }
        return under(properties[0].bindings) { resolve(properties[0].computed.type) }
    }

    /// Before `name` is looked up on `receiver`: the generator adds the templates to a library collection's type
    /// whenever a template declares such a name (`Compiler.templatesDeclare`), even when the library's member is the
    /// one meant, so their bodies are checked for that type then. A subscript (`name` nil) adds them when a template
    /// declares one.
    func noteTemplateLookup(_ receiver: CType, _ name: String?) {
        guard Compiler.sequenceElement(receiver) != nil, compiler.templatesApply(member: name) else { return }
        checkTemplateBodies(addedTo: receiver)
    }

    /// The templates added to a library collection receiver (an array, a string, a set, a range) when `name` can only
    /// be a template's member: not the standard library's (a call may name a template's method beside the library's
    /// property of another type: `s.count(where:)`), not an extension's of the receiver's type itself nor of a
    /// protocol without associated types that arrays conform to; nil when there is none.
    private func templateCopies(_ receiver: CType, _ name: String, isCall: Bool) -> [TemplateCopy]? {
        let table = StdlibTables.table(for: receiver)
        let property = table?.property(named: name).flatMap { StdlibSignature($0.declaration, receiver: receiver).propertyType }
        guard !receiver.hasError, Compiler.sequenceElement(receiver) != nil,
              ownsNoMember(receiver, name),
              !compiler.protocolState.arrayConformances.contains(where: { proto in
                  compiler.protocolFamily(proto).contains { $0.methods[name] != nil || $0.computed[name] != nil }
              }),
              table?.property(named: name) == nil || (isCall && property.map(Self.isPlainValue) == true),
              table?.methods(named: name).isEmpty ?? true else { return nil }
        let copies = templateCopies(addedTo: receiver)
        return copies.isEmpty ? nil : copies
    }

    /// Whether a value of `type` cannot be called (no function, no optional function).
    private static func isPlainValue(_ type: CType) -> Bool {
        switch type.unwrapped {
        case .function, .throwingFunction, .error: return false
        default: return true
        }
    }

    /// The one method `name` of the templates `copies` whose own `where` clause holds (as the generator copies them),
    /// with its template's type arguments, when it is not mutating and no computed property shares its name.
    private func templateMethod(_ copies: [TemplateCopy], _ name: String) -> (FunctionDecl, [String: CType])? {
        let methods = copies.flatMap { copy in
            copy.decl.methods.filter { method in
                method.name == name && !method.isStatic
                    && (!method.genericParameters.isEmpty || holds(method.genericRequirements, under: copy.bindings))
            }.map { ($0, copy.bindings) }
        }
        guard methods.count == 1, let (method, bindings) = methods.first,
              method.genericParameters.isEmpty || method.genericRequirements.isEmpty, !method.isMutating, !method.parameters.contains(where: { $0.isInout || $0.isVariadic || $0.isAutoclosure }),
              copies.allSatisfy({ !$0.decl.computed.contains { $0.name == name } }) else { return nil }
        return (method, bindings)
    }

    /// Whether no extension of the collection type itself (`extension Array where Element == Double`, its own owner of
    /// members, `Compiler.builtinExtensions`) declares a member or generic member `name` (an extension of another
    /// built-in type declaring it, `extension String { func counted(…) }`, does not reach arrays): the templates added
    /// to that owner then give it, as to a collection type without one.
    private func ownsNoMember(_ receiver: CType, _ name: String) -> Bool {
        guard let owner = compiler.protocolState.builtinExtensions[receiver.description] else { return true }
        return owner.methods[name] == nil && owner.computed[name] == nil && owner.fieldIndex(name) == nil
            && compiler.protocolState.genericMembers[owner]?[name] == nil
    }
}
