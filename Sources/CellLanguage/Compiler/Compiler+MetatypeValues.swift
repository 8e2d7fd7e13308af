import Diagnostics

/// `T.self`, `Int.self` and `Point.self` as values: the type's metatype (`Compiler.metatype`, as `type(of:)` gives),
/// which prints and interpolates as Swift prints it (`Int`, `Point`, a generic parameter's bound type). Only a name
/// written alone before `.self`: a built-in number, Boolean, string or character type, a fixed-width integer, a
/// declared struct, class or enum (not a generic template or a protocol), or a generic parameter.
extension Compiler {
    /// `base.self` where `base` names such a type; nil for anything else.
    func compileMetatypeValue(_ base: Expr) -> Typed? {
        guard case .name(let name) = base.kind, nameBinding(name, node: base) == nil, declarations.typeAliases[name] == nil,
              let type = genericBinding(name) ?? Compiler.metatypeBuiltin(named: name) ?? metatypeUserType(named: name) else {
            return nil
        }
        let value = MetatypeValue(type)
        return Typed(type: Compiler.metatype, code: .value { _ in .native(value) })
    }

    /// The built-in types `Name.self` may name.
    static func metatypeBuiltin(named name: String) -> CType? {
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Bool": return .bool
        case "String": return .string
        case "Character": return .character
        default: return IntegerKind(name: name).map { .integer($0) }
        }
    }

    /// A declared struct, class or enum `Name.self` may name (not a generic template or a protocol).
    private func metatypeUserType(named name: String) -> CType? {
        guard protocolState.genericTypes[name] == nil, let type = userType(named: name), type.kind != .protocolType,
              !name.contains(".") else { return nil }
        return .user(type)
    }
}
