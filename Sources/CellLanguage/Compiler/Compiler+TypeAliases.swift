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
