/// Types declared inside types (`struct ChessPiece { enum Kind { … } }`), found as the generator finds them
/// (`Compiler.userType(named:)`, `typeReference`): by their own name inside the declarations that enclose them
/// (innermost first), by their qualified name (`ChessPiece.Kind`) anywhere.
extension TypeChecker {
    /// The nested type a written type name means here (`Kind` inside `ChessPiece`, `ChessPiece.Kind`); nil for a
    /// name that finds a top-level type or none (those are resolved as before), or a type the checker does not
    /// type (generic, protocol).
    func nestedType(named name: String) -> UserType? {
        guard !name.contains("<"), compiler.declarations.typeAliases[name] == nil, name != "Unicode.Scalar",
              let path = nestedTypePath(named: name), path.contains(".") else { return nil }
        return checkableNestedType(path)
    }

    /// The nested type an expression names: a bare name inside the declarations that enclose it, or
    /// `Outer.Inner` where `Outer` names a declared type; nil for anything else.
    func nestedTypeNamed(_ expr: Expr) -> UserType? {
        switch expr.kind {
        case .name(let name):
            guard let referent = resolution.referent(of: expr) else { return nil }
            switch referent {
            case .builtin, .unresolved: break
            case .global(let index) where resolution.declarations[index].kind == .type: break
            case .earlierGlobal where compiler.globalScope.names[name] == nil: break
            case .member(let owner) where compiler.declarations.userTypes[owner + "." + name] != nil: break  // a member type
            default: return nil
            }
            return nestedType(named: name)
        case .member(let base?, let name, _):
            guard let outer = typeNamed(base) else { return nil }
            return checkableNestedType(Self.declarationPath(of: outer, in: compiler) + "." + name)
        default:
            return nil
        }
    }

    /// The protocol nested in a type that `name` finds inside the declarations enclosing it (`Delegate` inside
    /// `class DiceGame { protocol Delegate … }`); nil otherwise.
    func nestedProtocol(named name: String) -> UserType? {
        guard !name.contains("."), let path = nestedTypePath(named: name), path.contains("."),
              let proto = compiler.declarations.userTypes[path], proto.kind == .protocolType else { return nil }
        return proto
    }

    /// The key of the type `name` finds: one nested in the declaration being checked or in those enclosing it
    /// (innermost first), else `name` itself.
    private func nestedTypePath(named name: String) -> String? {
        if let prefix = bodyContext.typeNamePrefix {
            var components = prefix.split(separator: ".").map(String.init)
            while !components.isEmpty {
                let path = (components + [name]).joined(separator: ".")
                if compiler.declarations.userTypes[path] != nil { return path }
                components.removeLast()
            }
        }
        return compiler.declarations.userTypes[name] != nil ? name : nil
    }

    /// The declared type registered under `path` when the checker types its values: a non-generic struct, class
    /// or enum.
    private func checkableNestedType(_ path: String) -> UserType? {
        guard let type = compiler.declarations.userTypes[path], type.kind != .protocolType, !isGeneric(type) else {
            return nil
        }
        return type
    }

    /// The name a declared type is registered under (`ChessPiece.Kind`): its qualified name without the module.
    static func declarationPath(of type: UserType, in compiler: Compiler) -> String {
        String(type.qualifiedName.dropFirst(compiler.moduleName.count + 1))
    }
}
