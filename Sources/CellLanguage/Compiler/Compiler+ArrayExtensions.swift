import Diagnostics

/// `extension Array { func chunked(into size: Int) -> [[Element]] { … } }` (and `extension Array where Element:
/// Equatable`): members every array (meeting the clause) gets, written with `Element` for its element type. The
/// extension is a template, as an extension of a protocol with associated types is: its members are checked once with
/// `Element` standing for an unknown type with only the clause's constraints (`self` an array of it), then added to
/// the arrays of each element type a member is looked up on (numbers, Booleans, strings and characters, the element
/// types extensions of built-in types take), whose own members win. Arrays conform to a hidden protocol, `Array`,
/// whose one associated type is `Element`, so the protocol-extension machinery applies the template.
extension Compiler {
    /// Pass 1: registers `extension Array { … }` as a template (true); false for any other declaration.
    func declareGenericArrayExtension(_ decl: TypeDecl) -> Bool {
        guard decl.kind == .extensionType, decl.name == "Array", decl.conformances.isEmpty,
              !decl.methods.isEmpty || !decl.computed.isEmpty || !decl.subscripts.isEmpty || !decl.fields.isEmpty
                || !decl.initializers.isEmpty else { return false }
        if let initializer = decl.initializers.first {
            error(.notSupported("initializer in an extension of 'Array'"), at: initializer.location)
            decl.initializers = []
        }
        refuseStaticMembers(of: decl)
        if let field = decl.fields.first {
            error(.extensionStoredProperty, at: field.location)
            decl.fields = []
        }
        if let requirement = decl.whereRequirements.first(where: { $0.left != "Element" || $0.isSameType }) {
            error(.notSupported("generic where clause"), at: requirement.location)
            return true
        }
        protocolState.protocolExtensions.append((arrayExtensionProtocol(), decl))
        return true
    }

    /// The hidden protocol every array conforms to, its associated type `Element` the array's element type.
    func arrayExtensionProtocol() -> UserType {
        if let existing = protocolState.builtinProtocols["Array"] { return existing }
        let proto = UserType(kind: .protocolType, name: "Array", qualifiedName: "Swift.Array")
        let info = ProtocolInfo()
        let element = UserType(kind: .protocolType, name: "Element", qualifiedName: "Swift.Array.Element")
        element.protocolInfo = ProtocolInfo()
        info.associatedTypes = [("Element", element)]
        proto.protocolInfo = info
        protocolState.builtinProtocols["Array"] = proto
        protocolState.arrayConformances.append(proto)
        return proto
    }

    /// Pass 2: checks the template's members once, `Element` a placeholder with the `where` clause's constraints.
    /// False when `proto` is not the hidden `Array` protocol.
    func checkGenericArrayExtension(_ decl: TypeDecl, of proto: UserType) -> Bool {
        guard proto === protocolState.builtinProtocols["Array"] else { return false }
        let constraints = decl.whereRequirements.map(\.right)
        guard var bindings = placeholders([("Element", constraints)], at: decl.location), let element = bindings["Element"] else {
            return true
        }
        bindings["Self"] = .array(element)
        let owner = UserType(kind: .structure, name: "Array<Element>", qualifiedName: "Array<Element>")
        owner.extendedBuiltin = .array(element)
        let copy = decl.copy(named: decl.name)
        declarations.checkedCopies[decl] = copy
        typeCheckPlaceholderBody { $0.placeholderExtensionBodies(decl, copy: copy, self: .array(element), bindings) }
        atTopLevel(with: bindings) {
            declarations.typeInfos[copy] = owner
            declareTypeMembers(copy)
            _ = compileTypeBodies(copy)
        }
        return true
    }

    /// Remembers the members an extension of `Sequence` or `Collection` declares: arrays get them, other collections
    /// refuse them (`refusesArrayExtensionMember`).
    func noteCollectionExtensionMembers(_ decl: TypeDecl, of proto: String) {
        for name in decl.methods.map(\.name) + decl.computed.map(\.name) + decl.fields.map(\.name) {
            protocolState.collectionExtensionMembers[name] = proto
        }
    }

    /// The refusal of `value.name` when `name` is a member of an extension of `Sequence` or `Collection` and `type` a
    /// collection other than an array (generator and checker report it alike).
    func collectionExtensionRefusal(_ type: CType, _ name: String) -> CompileError? {
        guard let proto = protocolState.collectionExtensionMembers[name], Compiler.isCollectionOtherThanArray(type) else { return nil }
        return .notSupported("a member of 'extension \(proto)' called on a '\(type)' value (arrays get them)")
    }

    /// Whether values of `type` are a standard-library sequence other than an array (a string, a set, a dictionary,
    /// a range, a slice), which Swift's `Sequence` extensions reach and nbrun's do not.
    static func isCollectionOtherThanArray(_ type: CType) -> Bool {
        switch type {
        case .string, .substring, .set, .dictionary, .range, .closedRange, .arraySlice, .stringView: return true
        default: return false
        }
    }

    /// `points.chunked(into: 2)` on an array whose element type the templates are not added to (a user type, a
    /// collection): refused as not supported rather than as a missing member (true after reporting).
    func refusesArrayExtensionMember(_ type: CType, _ name: String, at location: SourceLocation) -> Bool {
        if let refusal = collectionExtensionRefusal(type, name) {
            error(refusal, at: location)
            return true
        }
        if refusesSliceMember(type, name, at: location) { return true }
        guard case .array(let element) = type, !(element.isWord || element == .string || element == .character),
              let proto = protocolState.builtinProtocols["Array"],
              protocolState.protocolExtensions.contains(where: { $0.proto === proto
                  && ($0.decl.methods.contains { $0.name == name } || $0.decl.computed.contains { $0.name == name }) }) else {
            return false
        }
        error(.notSupported("members of 'extension Array' on arrays of '\(element)'"), at: location)
        return true
    }
}
