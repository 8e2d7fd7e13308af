/// A literal receiver whose type the member read or called on it decides, as in Swift: `[1, 2].average` is a
/// `[Double]` when only `extension [Double]` declares `average` (and `[Int]` has no member of that name). The checker
/// checks the receiver against this type and the generator compiles it so (`TypeChecker.member`,
/// `Compiler.compileMember`), so both read the extension's member.
extension Compiler {
    /// The type the literal receiver `base` of the member `name` takes; nil when its own default type is kept.
    func literalReceiverType(_ base: Expr, _ name: String) -> CType? {
        guard case .array(let elements) = base.kind, !elements.isEmpty,
              elements.allSatisfy({ $0.isNumericLiteral && !$0.containsFloatLiteral }) else { return nil }
        let extensions = protocolState.builtinExtensions
        guard let doubles = extensions[CType.array(.double).description], Compiler.declaresInstanceMember(doubles, name),
              extensions.values.allSatisfy({ $0 === doubles || !Compiler.declaresInstanceMember($0, name) }),
              !protocolsMayGive(name), StdlibTables.table(for: .array(.int))?.property(named: name) == nil,
              StdlibTables.table(for: .array(.int))?.methods(named: name).isEmpty ?? true else { return nil }
        return .array(.double)
    }

    /// Whether a protocol (of the notebook or a library protocol it extends: `extension Sequence where Element:
    /// Numeric`) or an extension of `Sequence` or `Collection` declares a member `name`, which may reach an `[Int]`.
    private func protocolsMayGive(_ name: String) -> Bool {
        if protocolState.collectionExtensionMembers[name] != nil { return true }
        // `extension Array where Element: Numeric { func total() … }` and the other protocol extensions' bodies.
        if protocolState.protocolExtensions.contains(where: { extended in
            extended.decl.methods.contains { $0.name == name } || extended.decl.computed.contains { $0.name == name }
        }) { return true }
        let protocols = Array(declarations.userTypes.values) + Array(protocolState.builtinProtocols.values) + protocolState.arrayConformances
        return protocols.contains { type in
            type.kind == .protocolType && (Compiler.declaresInstanceMember(type, name) || protocolState.genericMembers[type]?[name] != nil)
        }
    }

    /// Whether the extension `owner` of a built-in type declares the instance member `name` (a method, a computed or
    /// stored property).
    private static func declaresInstanceMember(_ owner: UserType, _ name: String) -> Bool {
        owner.methods[name] != nil || owner.computed[name] != nil || owner.fieldIndex(name) != nil
    }
}
