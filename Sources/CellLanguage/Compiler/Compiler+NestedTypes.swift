import Diagnostics

/// Types declared inside types (`struct BlackjackCard { enum Suit { … } }`): each is a type of its own, registered
/// under its qualified name (`BlackjackCard.Suit`), found by its own name inside the types that enclose it.
extension Compiler {
    /// The type `name` means here: one nested in the type being declared or compiled or in its enclosing types
    /// (innermost first), else a top-level type.
    func userType(named name: String) -> UserType? {
        if case .user(let aliased)? = declarations.typeAliases[name] { return aliased }
        if let prefix = typeNamePrefixes.last {
            var components = prefix.split(separator: ".").map(String.init)
            while !components.isEmpty {
                if let type = declarations.userTypes[(components + [name]).joined(separator: ".")] { return type }
                components.removeLast()
            }
        }
        return declarations.userTypes[name]
    }

    /// The nested type an expression names (`BlackjackCard.Suit`, or `Suit` inside `BlackjackCard`); nil for
    /// anything else, top-level types included (their uses are compiled as before).
    func nestedTypeReference(_ expr: Expr) -> UserType? {
        guard let type = typeReference(expr), type.qualifiedName.dropFirst(moduleName.count + 1).contains(".") else { return nil }
        return type
    }

    /// The declared type an expression names, top-level or nested; nil for values.
    func typeReference(_ expr: Expr) -> UserType? {
        switch expr.kind {
        case .name(let name):
            guard nameBinding(name, node: expr) == nil else { return nil }
            return userType(named: name)
        case .member(let base?, let name, _):
            guard let outer = typeReference(base) else { return nil }
            return declarations.userTypes[String(outer.qualifiedName.dropFirst(moduleName.count + 1)) + "." + name]
        default:
            return nil
        }
    }

    /// Registers the names of a type and of the types nested in it.
    func declareTypeNames(_ decl: TypeDecl) {
        declareTypeName(decl)
        for inner in decl.nested { declareTypeNames(inner) }
    }

    /// Declares the members of the nested types, then the type's own (which may use them); the type's member type
    /// aliases first, which the nested types' members may name.
    func declareTypeMembersWithNested(_ decl: TypeDecl) {
        typeNamePrefixes.append(decl.name)
        defer { typeNamePrefixes.removeLast() }
        qualifyNestedConformances(decl)
        if !decl.nested.isEmpty, !decl.typeAliases.isEmpty, let type = declarations.typeInfos[decl] {
            declareMemberTypeAliases(decl, of: type)
        }
        for inner in decl.nested { declareTypeMembersWithNested(inner) }
        declareTypeMembers(decl)
    }

    /// `struct T: P` declared inside `Outer` (or an extension of it) where `P` is the protocol `Outer.P`: the
    /// conformance renamed to the protocol's key, as if written `Outer.P`, for every later reader of the names.
    private func qualifyNestedConformances(_ decl: TypeDecl) {
        guard decl.name.contains("."), decl.kind != .extensionType else { return }
        decl.conformances = decl.conformances.map { name in
            guard declarations.userTypes[name] == nil, let found = userType(named: name), found.kind == .protocolType else { return name }
            return String(found.qualifiedName.dropFirst(moduleName.count + 1))
        }
    }

    /// Compiles the member bodies of the nested types, then the type's own.
    func compileTypeBodiesWithNested(_ decl: TypeDecl) -> ((Frame) throws -> Flow)? {
        typeNamePrefixes.append(decl.name)
        defer { typeNamePrefixes.removeLast() }
        var codes = decl.nested.compactMap { compileTypeBodiesWithNested($0) }
        if let own = compileTypeBodies(decl) { codes.append(own) }
        return codes.isEmpty ? nil : sequence(codes.map { StatementBox($0) })
    }
}
