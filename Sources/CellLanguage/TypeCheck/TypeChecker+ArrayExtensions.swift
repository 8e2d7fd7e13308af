/// Members of the templates the generator adds to library collections, used on them: `extension Array { … }`,
/// `extension Sequence`/`Collection`… (`[1, 2, 3].chunked(into: 2)`, `names.middle`, `"abc".frequencies()`) and the
/// extensions of protocols with associated types that arrays conform to (`extension Array: Container {}`). The
/// generator adds a template to a collection type only when one of its members is first looked up on it
/// (`Compiler.applyProtocolExtensions(toCollection:member:)`), while generating, after the checker ran: the
/// checker reads the templates' declarations instead (`Compiler.templates(addedTo:)`), their types written with the
/// type arguments the generator compiles them with (`templateCopies(addedTo:)`: `Element`, `Self`, associated types).
extension TypeChecker {
    /// `xs.name(arguments)`: the result of the one non-mutating method of an applicable template called `name`
    /// (`templateCall`); nil when there is none or something else may be the one called (the standard library's
    /// member, an extension of the collection type itself).
    func arrayExtensionCall(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard let copies = collectionTemplateCopies(receiver, name, isCall: true) else { return nil }
        return templateCall(copies, name, arguments, receiver: receiver)
    }

    /// `xs.name`: the type of the one computed property of an applicable template called `name`.
    func arrayExtensionProperty(_ receiver: CType, _ name: String) -> CType? {
        collectionTemplateCopies(receiver, name, isCall: false).flatMap { templateProperty($0, name) }
    }

    /// Whether `name` called on the library collection `receiver` can only be a template's method and each such
    /// method is `mutating` (`xs.rotate()` for `extension Array { mutating func rotate() }`): on a constant, swiftc's
    /// `cannot use mutating member on immutable value` (`isCertainlyMutating`).
    func isMutatingTemplateMethod(_ receiver: CType, _ name: String) -> Bool {
        guard let copies = collectionTemplateCopies(receiver, name, isCall: true) else { return false }
        let methods = copies.flatMap { $0.decl.methods.filter { $0.name == name && !$0.isStatic } }
        return !methods.isEmpty && methods.allSatisfy(\.isMutating)
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
    /// property of another type: `s.count(where:)`), not an extension's of the receiver's type itself (`extension
    /// Array where Element == Double`: the templates added to it then give the member, as to a collection type without
    /// one) nor of a protocol that arrays conform to (`ExtensionReach`); nil when there is none.
    private func collectionTemplateCopies(_ receiver: CType, _ name: String, isCall: Bool) -> [TemplateCopy]? {
        let table = StdlibTables.table(for: receiver)
        let property = table?.property(named: name).flatMap { StdlibSignature($0.declaration, receiver: receiver).propertyType }
        guard !receiver.hasError, Compiler.sequenceElement(receiver) != nil,
              !extensionReach.mayAdd(name, to: receiver, besidesTemplates: true),
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
}
