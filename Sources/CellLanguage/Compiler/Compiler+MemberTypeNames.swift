/// `S.Element` written where `S` is a type parameter whose constraints give it no associated type `Element`
/// (`func f<S>(_ p: (S.Element) -> Bool)`): swiftc's `'Element' is not a member type of type 'S'`, at the member's
/// name, reported by the checker as it resolves the signature under placeholders (`TypeChecker.reportsMissingMemberType`).
extension Compiler {
    /// The associated types of the standard library's protocols a type parameter may be constrained to (those nbrun
    /// does not list here may have any: nothing is reported for them).
    static let libraryAssociatedTypes: [String: Set<String>] = [
        "Equatable": [], "Hashable": [], "Comparable": [], "CustomStringConvertible": [], "AdditiveArithmetic": [],
        "Numeric": ["Magnitude"], "SignedNumeric": ["Magnitude"], "Strideable": ["Stride"],
        "BinaryInteger": ["Magnitude", "Stride", "Words"], "SignedInteger": ["Magnitude", "Stride", "Words"],
        "FloatingPoint": ["Exponent", "Magnitude", "Stride"],
        "BinaryFloatingPoint": ["Exponent", "Magnitude", "Stride", "RawExponent", "RawSignificand"],
        "Sequence": ["Element", "Iterator"], "IteratorProtocol": ["Element"],
        "Collection": ["Element", "Index", "Indices", "Iterator", "SubSequence"],
    ]

    /// The member and its owner when the written type `name` is `Owner.Member`, `Owner` a type parameter bound (by
    /// `bound`) to a placeholder of a generic body's check whose constraints certainly have no associated type
    /// `Member`; nil otherwise.
    func missingMemberType(_ name: String, bound: (String) -> CType?) -> (member: String, owner: String)? {
        guard let dot = name.firstIndex(of: "."), !name.contains("<"), bound(name) == nil else { return nil }
        let owner = String(name[..<dot]), member = String(name[name.index(after: dot)...])
        guard !member.contains("."), case .user(let placeholder)? = bound(owner), placeholder.kind == .protocolType,
              protocolState.placeholderTypes.contains(placeholder) else { return nil }
        var members: Set<String> = []
        for proto in protocolFamily(placeholder) {
            if protocolState.builtinProtocols[proto.name] === proto {
                guard let library = Compiler.libraryAssociatedTypes[proto.name] else { return nil }
                members.formUnion(library)
                continue
            }
            members.formUnion(proto.protocolInfo?.associatedTypes.map(\.name) ?? [])
            for parent in proto.protocolInfo?.builtinParents ?? [] {
                guard let library = Compiler.libraryAssociatedTypes[parent] else { return nil }
                members.formUnion(library)
            }
        }
        return members.contains(member) ? nil : (member, owner)
    }
}
