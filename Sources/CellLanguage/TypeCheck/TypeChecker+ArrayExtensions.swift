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

/// Templates and conditional conformances of arrays whose `where` clause an array's element type misses
/// (`extension Array: TextRepresentable where Element: TextRepresentable`, used on `[Int]`): the generator adds
/// neither the members nor the conformance to such an array, and swiftc names the element type that misses the
/// clause.
extension TypeChecker {
    /// `xs.name` (`called`: `xs.name(…)`) where `name` is a member only templates of arrays declare and none of them
    /// applies to the array `receiver` because its element type misses their clause: swiftc's `property 'name'
    /// requires that 'Int' conform to 'P'` (`referencing instance method 'name(x:)' on 'Array' requires …`) at the name,
    /// and the error type; nil otherwise.
    /// An array of `Any` is left to the literal's rules (`["s", 1].sum()`: swiftc joins the elements as numbers,
    /// `TypeChecker+AnyLiterals`).
    func unmetTemplateClause(_ receiver: CType, _ name: String, _ labels: [String?]?, at location: SourceLocation) -> CType? {
        let state = compiler.protocolState
        guard case .array(let element) = receiver, !element.hasError, !compiler.mentionsPlaceholder(receiver),
              state.anyType.map({ element != .user($0) }) ?? true,
              let hidden = state.builtinProtocols["Array"], StdlibTables.table(for: receiver)?.property(named: name) == nil,
              StdlibTables.table(for: receiver)?.methods(named: name).isEmpty ?? true,
              !extensionReach.mayAdd(name, to: receiver, besidesTemplates: true),
              !templateCopies(addedTo: receiver).contains(where: { Self.declares($0.decl, name, labels) }) else { return nil }
        let declaring = state.protocolExtensions.filter { $0.proto === hidden && Self.declares($0.decl, name, labels) }
        guard let unmet = declaring.lazy.compactMap({ template in
            template.decl.whereRequirements.first { !$0.isSameType && $0.left == "Element" && !self.compiler.satisfies(element, $0.right) }
        }).first else { return nil }
        if let labels {
            let method = name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            report(.sequenceMethodRequires(method: method, element: element, protocolName: unmet.right, owner: "Array"), at: location)
        } else {
            report(.genericRequirement("property '\(name)'", type: element, protocolName: unmet.right), at: location)
        }
        return .error
    }

    /// Whether a template declares an instance method `name` with these labels (`labels` given) or a computed
    /// property `name` (`labels` nil).
    private static func declares(_ decl: TypeDecl, _ name: String, _ labels: [String?]?) -> Bool {
        guard let labels else { return decl.computed.contains { $0.name == name && !$0.isStatic } }
        return decl.methods.contains { $0.name == name && !$0.isStatic && $0.parameters.map(\.label) == labels }
    }

    /// The type and protocol swiftc names when `type` misses the protocol `constraint`: for an array whose conditional
    /// conformance to it does not hold, the element type that misses the conformance's clause (`requires that 'Int'
    /// conform to 'P'` for `[[Int]]`); `type` and `constraint` otherwise.
    func unmetConformance(_ type: CType, _ constraint: String) -> (type: CType, protocolName: String) {
        guard case .array(let element) = type, let proto = compiler.declarations.userTypes[constraint], proto.kind == .protocolType,
              let unmet = compiler.unmetConditionalRequirement(element, for: proto) else { return (type, constraint) }
        return unmet
    }

    /// The context an array literal is typed in where a protocol type that arrays conform to conditionally is expected
    /// (`let t: TextRepresentable = [d6, d12]`): none, the literal's own type then converted, as the generator types
    /// it; `expected` otherwise.
    func conditionalConformanceContext(_ expected: CType?) -> CType? {
        guard case .user(let proto)? = expected, proto.kind == .protocolType,
              compiler.protocolState.conditionalArrayConformances.contains(where: { conformance in
                  compiler.protocolFamily(conformance.proto).contains { $0 === proto }
              }) else { return expected }
        return nil
    }

    /// An array converted to a protocol type for an annotated declaration (`let t: P = [1]`) where the arrays'
    /// conditional conformance to it does not hold: swiftc's `protocol 'P' requires that 'Int' conform to 'P'`; nil
    /// for any other conversion mistake.
    func conditionalConformanceMistake(_ conversion: CompileError, _ found: CType, _ expected: CType) -> CompileError? {
        guard case .specifiedType = conversion, case .array(let element) = found, case .user(let proto) = expected,
              proto.kind == .protocolType, let unmet = compiler.unmetConditionalRequirement(element, for: proto) else { return nil }
        return .genericRequirement("protocol '\(proto.name)'", type: unmet.type, protocolName: unmet.protocolName)
    }
}
