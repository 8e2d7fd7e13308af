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
    /// A conditional conformance's members (`extension Array: P where Element: Q { … }`) are such a template too.
    func declareGenericArrayExtension(_ decl: TypeDecl) -> Bool {
        if declareConditionalArrayConformance(decl), !Compiler.declaresMembers(decl) { return true }
        guard decl.kind == .extensionType, decl.name == "Array", Compiler.declaresMembers(decl) else { return false }
        if let initializer = decl.initializers.first {
            cannotGenerate(at: initializer.location)
            decl.initializers = []
        }
        refuseStaticMembers(of: decl)
        if let field = decl.fields.first {
            cannotGenerate(at: field.location)
            decl.fields = []
        }
        if let requirement = decl.whereRequirements.first(where: { $0.left != "Element" || $0.isSameType }) {
            cannotGenerate(at: requirement.location)
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

    /// Remembers the members an extension of `Sequence` or `Collection` declares: the collections it reaches get them
    /// (`collectionExtension(_:reaches:)`), the others refuse them (`collectionExtensionRefusal`).
    /// An extension with `where Element == T` (lowered as `extension [T]`) reaches arrays only, and is remembered
    /// with its clause.
    func noteCollectionExtensionMembers(_ decl: TypeDecl, of proto: String) {
        let extended = decl.name.hasPrefix("[") ? "\(proto) where Element == \(decl.name.dropFirst().dropLast())" : proto
        for name in decl.methods.map(\.name) + decl.computed.map(\.name) + decl.fields.map(\.name) {
            protocolState.collectionExtensionMembers[name] = extended
        }
    }

    /// The refusal of `value.name` when `name` is a member of an extension of `Sequence` or `Collection` and `type` a
    /// library sequence nbrun does not give it to (a slice, a substring, a string view; generator and checker report
    /// it alike).
    func collectionExtensionRefusal(_ type: CType, _ name: String) -> CompileError? {
        if Compiler.collectionNesting(type) > Compiler.maxTemplateNesting, Compiler.sequenceElement(type) != nil,
           templatesDeclare(name) {
            return .unsupported(.extensionMemberOnDeepCollections, "\(Compiler.maxTemplateNesting)")
        }
        guard let proto = protocolState.collectionExtensionMembers[name], Compiler.isLibrarySequence(type),
              !Compiler.collectionExtension(proto, reaches: type) else { return nil }
        return .unsupported(.extensionMemberOnType, "\(proto)", "\(type)")
    }

    /// Whether values of `type` are a standard-library sequence other than an array (a string, a set, a dictionary,
    /// a range, a slice, a view), which Swift's `Sequence` extensions reach.
    static func isLibrarySequence(_ type: CType) -> Bool {
        switch type {
        case .string, .substring, .set, .dictionary, .range, .closedRange, .arraySlice, .stringView: return true
        default: return false
        }
    }

    /// Whether nbrun gives the members of `extension proto` (`Sequence`, `Collection`, `BidirectionalCollection`,
    /// `RandomAccessCollection`; nil for `extension Array`) to values of `type`: arrays get them all, strings those of
    /// `Sequence`, `Collection` and `BidirectionalCollection` (as Swift), ranges of Int and sets `Sequence`'s only
    /// (their indices are not nbrun's; Swift also gives them `Collection`'s), dictionaries, slices, substrings and
    /// string views none (refused: `collectionExtensionRefusal`).
    static func collectionExtension(_ proto: String?, reaches type: CType) -> Bool {
        switch type {
        case .array: return true
        case .string: return proto == "Sequence" || proto == "Collection" || proto == "BidirectionalCollection"
        case .range, .closedRange, .set: return proto == "Sequence"
        default: return false
        }
    }
}
