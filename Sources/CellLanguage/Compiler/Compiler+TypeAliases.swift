import Diagnostics

extension Compiler {
    /// `typealias Name = Type`: at the top level only (a later cell may redefine it).
    func declareTypeAlias(_ name: String, _ type: TypeExpr, at location: SourceLocation) {
        guard scope.parent == nil, scope.context.level == 0 else {
            cannotGenerate(at: location)
            return
        }
        // A type this cell declared already is a redeclaration (`TypeRedeclarations`).
        if let existing = declarations.userTypes[name], existing.cell == currentCell { return }
        declarations.typeAliases[name] = resolveType(type)
    }
}

extension Compiler {
    /// The type a member type alias stands for (`Item` inside `struct S { typealias Item = Int }` or its
    /// extensions, innermost enclosing type first; `S.Item` anywhere); nil when `name` names none.
    func memberTypeAlias(named name: String) -> CType? {
        Compiler.memberTypeAlias(named: name, in: typeNamePrefixes.last, declarations, protocolState)
    }

    /// `memberTypeAlias(named:)` inside the type declaration `prefix` (`Outer.Inner`; nil: outside types).
    static func memberTypeAlias(named name: String, in prefix: String?, _ declarations: Declarations,
                                _ protocolState: ProtocolState) -> CType? {
        guard !protocolState.memberTypeAliases.isEmpty, !name.contains("<") else { return nil }
        if let dot = name.lastIndex(of: ".") {
            guard let owner = declarations.userTypes[String(name[..<dot])] else { return nil }
            return protocolState.memberTypeAliases[owner]?[String(name[name.index(after: dot)...])]
        }
        var components = prefix?.split(separator: ".").map(String.init) ?? []
        while !components.isEmpty {
            if let owner = declarations.userTypes[components.joined(separator: ".")],
               let alias = protocolState.memberTypeAliases[owner]?[name] { return alias }
            components.removeLast()
        }
        return nil
    }
}
