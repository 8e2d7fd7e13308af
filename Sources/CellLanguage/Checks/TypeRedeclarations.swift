import Diagnostics

/// Types, protocols and type aliases declared twice in one cell (`struct A {}` and again `enum A {}`, a generic type
/// again, `typealias Z` again), at the second one's name: the cell's top-level declarations, where cells declare types
/// (a later cell may declare a name again and replaces it). Extensions declare no name.
enum TypeRedeclarations {
    /// The redeclarations among the top-level `statements` of a cell.
    static func check(_ statements: [Stmt]) -> [Diagnostic] {
        var declared = Set<String>(), diagnostics: [Diagnostic] = []
        for statement in statements {
            let name: String, location: SourceLocation
            switch statement {
            case .typeDeclaration(let decl) where decl.kind != .extensionType: (name, location) = (decl.name, decl.location)
            case .typeAlias(let alias, _, let at): (name, location) = (alias, at)
            default: continue
            }
            if !declared.insert(name).inserted {
                diagnostics.append(CompileError.invalidRedeclaration(name).diagnostic(at: location))
            }
        }
        return diagnostics
    }
}
