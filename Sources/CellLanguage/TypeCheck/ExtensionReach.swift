/// Whether the notebook's extensions may give a standard-library type members its table does not list (issue 12): the
/// one rule the checker's diagnostics about a library value's members ask. The sources are an extension of the type
/// itself (`extension Int`, `extension [Double]`: `Compiler.builtinExtensionOwner`) and the protocols it conforms the
/// type to (`extension Int: Describable {}`), the protocols arrays conform to (`extension Array: P {}`, and the hidden
/// protocol of `extension Array`, `Sequence` or `Collection`), the templates of protocols with associated types
/// (`TypeChecker.protocolExtensionsReach`), and the members of `extension Sequence` or `Collection`, which reach every
/// library sequence in Swift (nbrun gives them to some and refuses them on the others). Nothing else reaches a library
/// type: an extension of a generic type of the notebook does not, nor does `extension Array: P {}` reach a string.
struct ExtensionReach {
    /// The checker whose notebook is asked about.
    unowned let checker: TypeChecker

    private var state: ProtocolState { checker.compiler.protocolState }

    /// Whether an extension, a protocol extension or a conformance of the notebook may give values of the library type
    /// `type` the member `name` (any member when nil). A member an extension of another built-in type declares counts
    /// too, as a literal receiver's type may still change (`[1, 2].average` is a `[Double]` when `extension [Double]`
    /// declares `average`). With `besidesTemplates`, what else than a template may give exactly `type` the member: its
    /// own extension and the protocols arrays conform to (`TypeChecker.arrayExtensionCall`).
    func mayAdd(_ name: String?, to type: CType, besidesTemplates: Bool = false) -> Bool {
        guard let name else { return mayAddAny(to: type) }
        let isArray = Self.isArray(type)
        if besidesTemplates {
            return ownExtension(of: type).map { declares($0, name) } == true || (isArray && arrayConformancesGive(name))
        }
        return checker.extendsBuiltin(member: name)
            || state.builtinExtensions.values.contains { !checker.conformancesLack($0.conformances, name) }
            || (isArray && arrayConformancesGive(name)) || checker.protocolExtensionsSupply(name, to: type)
            || (state.collectionExtensionMembers[name] != nil && (isArray || Compiler.isLibrarySequence(type)))
    }

    /// The extension of exactly the built-in type `type` (`extension [Double]` for `[Double]`), if the notebook has one.
    func ownExtension(of type: CType) -> UserType? {
        switch type {
        case .user, .native, .tuple, .function, .throwingFunction: return nil
        default: return state.builtinExtensions[type.description]
        }
    }

    /// Whether the extension `owner` of a built-in type declares an instance member `name` (a method, a computed or
    /// stored property, a generic method).
    func declares(_ owner: UserType, _ name: String) -> Bool {
        owner.methods[name] != nil || owner.computed[name] != nil || owner.fieldIndex(name) != nil
            || state.genericMembers[owner]?[name] != nil
    }

    /// Whether something of the notebook may give values of `type` any member: its own extension (any extension of
    /// an array when the element type is not known, as in a generic body), a protocol arrays conform to, a template,
    /// or an extension of `Sequence` or `Collection`.
    private func mayAddAny(to type: CType) -> Bool {
        let isArray = Self.isArray(type)
        if ownExtension(of: type) != nil { return true }
        if case .array(let element) = type, !checker.isClosed(element),
           state.builtinExtensions.values.contains(where: { Self.isArray($0.extendedBuiltin) }) {
            return true
        }
        return (isArray && !state.arrayConformances.isEmpty) || checker.protocolExtensionsReach(type)
            || (!state.collectionExtensionMembers.isEmpty && (isArray || Compiler.isLibrarySequence(type)))
    }

    /// Whether the protocols arrays conform to (with the protocols they refine) declare or require a member `name`.
    private func arrayConformancesGive(_ name: String) -> Bool {
        state.arrayConformances.contains { proto in
            checker.compiler.protocolFamily(proto).contains { member in
                member.methods[name] != nil || member.computed[name] != nil || member.staticMethods[name] != nil
                    || (member.protocolInfo?.requirements ?? []).contains { $0.name == name }
            }
        }
    }

    /// Whether `type` is an array.
    private static func isArray(_ type: CType?) -> Bool {
        if case .array? = type { return true }
        return false
    }
}

extension TypeChecker {
    /// What the notebook's extensions may add to library types (`ExtensionReach`).
    var extensionReach: ExtensionReach { ExtensionReach(checker: self) }
}
