import Diagnostics

/// Static members in extensions of built-in types (`extension Int { static func make() -> Int }`): `Int.make()`
/// would not find them, so they are dropped where they are declared (operator functions are taken).
extension Compiler {
    /// Drops the static methods (other than operators) and static properties of `decl`, which nbrun refuses (the
    /// checks report them, `BuiltinExtensionStatics`).
    func refuseStaticMembers(of decl: TypeDecl) {
        decl.methods.removeAll { $0.isStatic && !BuiltinExtensionStatics.isOperator($0.name) }
        decl.computed.removeAll(where: \.isStatic)
        decl.fields.removeAll(where: \.isStatic)
    }

    /// Whether the declare phase takes `decl` for an extension of a built-in type whose static members it drops
    /// (`refuseStaticMembers`): `extension Array` without conformances, or of a number, String or Character type no
    /// declaration of the cells (`cellTypes`: this cell's type names) hides.
    func extendsBuiltinDroppingStatics(_ decl: TypeDecl, cellTypes: Set<String>) -> Bool {
        guard decl.kind == .extensionType, declarations.userTypes[decl.name] == nil, !cellTypes.contains(decl.name),
              protocolState.genericTypes[decl.name] == nil else { return false }
        if decl.name == "Array" { return decl.conformances.isEmpty }
        return decl.whereRequirements.isEmpty && extensibleBuiltin(decl.name) != nil
    }
}
