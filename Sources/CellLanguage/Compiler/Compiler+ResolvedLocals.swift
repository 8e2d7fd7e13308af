import Diagnostics

/// A local declaration, named by its name and position (positions are notebook coordinates, unique across cells).
struct DeclaredLocal: Hashable {
    var name: String
    var location: SourceLocation
}

/// Reads of locals take their variable from the cell's `Resolution` instead of walking the scope chain: the
/// resolution names the declaration, and `declaredLocals` holds the variable the compiler allocated when it
/// compiled that declaration, with the layout of the function it belongs to.
///
/// The compiler may compile one declaration more than once (a generic function per specialization, a closure
/// typed before it is compiled), each time in a new function layout; the variable is taken only when it belongs
/// to the layout being compiled, so a read never sees another compilation's variable. Everything else (globals,
/// captures, members, names the resolution did not see, such as nodes from earlier cells or synthesized ones)
/// goes through the scope chain as before. Debug builds check that both give the same variable.
extension Compiler {
    /// The variable the `.name` expression `node` reads when the resolution says it is a local of the function being
    /// compiled; nil when the scope chain must decide.
    func resolvedLocal(_ node: Expr) -> VariableInfo? {
        guard let resolution, case .local(let index)? = resolution.referent(of: node) else { return nil }
        let declaration = resolution.declarations[index]
        guard let (variable, context) = declaredLocals[DeclaredLocal(name: declaration.name, location: declaration.location)],
              context === scope.context else { return nil }
        assert(isVisible(variable), "the resolution's local \(declaration.name) at \(declaration.location) is not in scope")
        return variable
    }

    /// Whether the scope chain finds `variable` for its name (the check of debug builds).
    private func isVisible(_ variable: VariableInfo) -> Bool {
        if case .variable(let found)? = scope.lookup(variable.name) { return found === variable }
        return false
    }
}
