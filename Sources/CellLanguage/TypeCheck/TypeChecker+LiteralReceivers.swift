/// A literal receiver whose type the member read or called on it decides, as in Swift: `[1, 2].average` is a
/// `[Double]` when only `extension [Double]` declares `average` (and `[Int]` has no member of that name). The checker
/// decides it, checks the receiver against that type and records it (`CheckedTypes.literalReceiverType`); the
/// generator compiles the receiver with the type recorded (`Compiler.checkedLiteralReceiverType`), so both read the
/// extension's member.
extension TypeChecker {
    /// The type the literal receiver `base` of the member `name` takes, recorded for the generator; nil when its own
    /// default type is kept.
    func literalReceiverType(_ base: Expr, _ name: String) -> CType? {
        guard case .array(let elements) = base.kind, !elements.isEmpty,
              elements.allSatisfy({ $0.isNumericLiteral && !$0.containsFloatLiteral }) else { return nil }
        let extensions = compiler.protocolState.builtinExtensions
        guard let doubles = extensions[CType.array(.double).description], Self.declaresInstanceMember(doubles, name),
              extensions.values.allSatisfy({ $0 === doubles || !Self.declaresInstanceMember($0, name) }),
              !protocolsMayGive(name), StdlibTables.table(for: .array(.int))?.property(named: name) == nil,
              StdlibTables.table(for: .array(.int))?.methods(named: name).isEmpty ?? true else { return nil }
        recordLiteralReceiver(base, .array(.double))
        return .array(.double)
    }

    /// Whether a protocol (of the notebook or a library protocol it extends: `extension Sequence where Element:
    /// Numeric`) or an extension of `Sequence` or `Collection` declares a member `name`, which may reach an `[Int]`.
    private func protocolsMayGive(_ name: String) -> Bool {
        let state = compiler.protocolState
        if state.collectionExtensionMembers[name] != nil { return true }
        // `extension Array where Element: Numeric { func total() … }` and the other protocol extensions' bodies.
        if state.protocolExtensions.contains(where: { extended in
            extended.decl.methods.contains { $0.name == name } || extended.decl.computed.contains { $0.name == name }
        }) { return true }
        let protocols = Array(compiler.declarations.userTypes.values) + Array(state.builtinProtocols.values) + state.arrayConformances
        return protocols.contains { type in
            type.kind == .protocolType && (Self.declaresInstanceMember(type, name) || state.genericMembers[type]?[name] != nil)
        }
    }

    /// Whether the extension `owner` of a built-in type declares the instance member `name` (a method, a computed or
    /// stored property).
    private static func declaresInstanceMember(_ owner: UserType, _ name: String) -> Bool {
        owner.methods[name] != nil || owner.computed[name] != nil || owner.fieldIndex(name) != nil
    }
}

extension Compiler {
    /// The type the checker gave the literal receiver `base` of a member (`[1, 2].average`: a `[Double]`,
    /// `TypeChecker.literalReceiverType`), the contextual type the generator compiles it with; nil when it keeps its
    /// own default type (or the checker did not run).
    func checkedLiteralReceiverType(_ base: Expr) -> CType? {
        guard Compiler.readsCheckedTypes, case .array = base.kind else { return nil }
        return typeTable.checked?.literalReceiverType(of: typeTable.sameTypeNode(base))
    }
}
