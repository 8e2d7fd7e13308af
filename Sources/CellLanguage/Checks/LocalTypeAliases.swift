import Diagnostics

/// `typealias` below a cell's top level (in a function, closure, accessor or any block), which nbrun refuses: its
/// type aliases are the cell's, declared before its code runs (`Compiler.declareTypeAlias`). At the declaration.
enum LocalTypeAliases {
    /// The refused type aliases of the cell whose top-level statements are `statements`.
    static func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var isTopLevel = true  // the walk's first list is the cell's top level
        var walk = SyntaxWalk()
        walk.statements = { list in
            defer { isTopLevel = false }
            guard !isTopLevel else { return }
            for case .typeAlias(_, _, let location) in list {
                diagnostics.append(CompileError.unsupported(.typealiasInFunction).diagnostic(at: location))
            }
        }
        walk.walk(statements)
        return diagnostics
    }
}
