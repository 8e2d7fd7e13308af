import Diagnostics

/// Variables declared twice in one scope (`let a = 1; let a = 2`, `var b = 1, b = 2`, `let (c, c) = …`), at the
/// second one's name: a `let`/`var` statement naming a variable an earlier one of the same statement list declared, or
/// a `guard` binding before it. A statement list is a scope (the cell's top level within one cell: a later cell may
/// declare a name again); the parameters, the bindings of `if`, `for`, `switch` cases and `catch` are a scope around
/// their body. A name another kind of declaration took (a function) the generator reports as it declares names
/// (`Compiler.declareVariable`).
enum VariableRedeclarations {
    /// The redeclarations in `statements` and in every body inside them.
    static func check(_ statements: [Stmt]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var walk = SyntaxWalk()
        walk.statements = { list in diagnostics += redeclarations(in: list) }
        walk.walk(statements)
        return diagnostics
    }

    /// The redeclarations among one list's own declarations (a multi-binding declaration's included).
    private static func redeclarations(in list: [Stmt]) -> [Diagnostic] {
        var declared = Set<String>(), diagnostics: [Diagnostic] = []
        func visit(_ statement: Stmt) {
            switch statement {
            case .block(let inner):
                inner.forEach(visit)
            case .variable(_, let pattern, _, _, _):  // a variable with accessors (`var x: Int { 1 }`) too
                for (name, location) in names(pattern) where !declared.insert(name).inserted {
                    diagnostics.append(CompileError.invalidRedeclaration(name).diagnostic(at: location))
                }
            case .guardStatement(let conditions, _, _):
                for condition in conditions { declared.formUnion(names(condition)) }
            default:
                break
            }
        }
        list.forEach(visit)
        return diagnostics
    }

    /// The names a binding pattern declares, with their positions, in order (`_` declares none).
    private static func names(_ pattern: BindingPattern) -> [(String, SourceLocation)] {
        switch pattern {
        case .name(let name, let location): return name == "_" ? [] : [(name, location)]
        case .wildcard: return []
        case .tuple(let items): return items.flatMap(names)
        }
    }

    /// The names a `guard` condition binds in the scope after it.
    private static func names(_ condition: Condition) -> [String] {
        switch condition {
        case .expression: return []
        case .optionalBinding(_, let name, _, _, _): return [name]
        case .pattern(let pattern, _, _): return Resolver.casePatternNames(pattern)
        }
    }
}
