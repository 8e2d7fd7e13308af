/// Type aliases (`typealias Score = Int`, `typealias Point = (x: Double, y: Double)`, member aliases `S.Item`): a written type naming one is
/// the type the compiler resolved the alias to when it declared it (`Compiler.declareTypeAlias`, before the cell is
/// checked), as `Compiler.resolveType` reads it: after the built-in types' names, before every other name.
extension TypeChecker {
    /// The type the alias `name` stands for; nil when `name` is no alias, or a name `resolveType` reads first.
    func aliasedType(named name: String) -> CType? {
        if let member = Compiler.memberTypeAlias(named: name, in: bodyContext.typeNamePrefix, compiler.declarations,
                                                 compiler.protocolState) {
            return member.hasError ? nil : member
        }
        guard !name.hasPrefix("$__"), !name.contains("<"), name != "Set", CType.plainBuiltin(named: name) == nil,
              let aliased = compiler.declarations.typeAliases[name], !aliased.hasError else { return nil }
        return aliased
    }
}

extension TypeChecker {
    /// The non-generic struct, class or enum a top-level alias names (`typealias Member = Player`), which
    /// `Compiler.userType(named:)` finds before any type of that name: `Member(name: "Ada")` constructs a Player.
    func aliasedUserType(named name: String, _ referent: Referent) -> UserType? {
        guard namesTopLevelType(referent) else { return nil }
        guard case .user(let type)? = compiler.declarations.typeAliases[name], type.kind != .protocolType, !isGeneric(type),
              type.genericArguments.isEmpty else { return nil }
        return type
    }
}
