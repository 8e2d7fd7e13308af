/// `T.self`, `Int.self` and `Point.self` as values, typed as the generator compiles them (`Compiler.compileMetatypeValue`:
/// the metatype `type(of:)` gives).
extension TypeChecker {
    /// The metatype's type when `base` names a built-in type, a fixed-width integer, a declared non-generic struct,
    /// class or enum, or a generic parameter of the specialization being checked; nil otherwise.
    func metatypeValue(_ base: Expr) -> CType? {
        guard case .name(let name) = base.kind, let referent = resolution.referent(of: base),
              compiler.declarations.typeAliases[name] == nil else { return nil }
        switch referent {
        case .builtin, .unresolved:
            guard compiler.declarations.userTypes[name] == nil, compiler.registry.types[name] == nil,
                  Compiler.metatypeBuiltin(named: name) != nil else { return nil }
        case .global, .earlierGlobal:
            if declarationKind(of: referent) == .genericParameter { return specialization?[name] == nil ? nil : Compiler.metatype }
            guard declarationKind(of: referent) == .type || referent == .earlierGlobal,
                  compiler.protocolState.genericTypes[name] == nil,
                  let type = compiler.declarations.userTypes[name], type.kind != .protocolType else { return nil }
        default:
            guard declarationKind(of: referent) == .genericParameter, specialization?[name] != nil else { return nil }
        }
        return Compiler.metatype
    }
}
