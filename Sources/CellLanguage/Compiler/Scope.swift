import Diagnostics

/// A lexical scope: names declared in it, its parent, and the function whose frame holds its variables.
final class Scope {
    var names: [String: Binding] = [:]
    let parent: Scope?
    let context: FunctionContext
    /// Label ids of the loops enclosing this point, innermost last (only for the scope that opens a loop body).
    var loopLabels: [(name: String?, id: Int)] = []
    /// Whether this scope is the body of an `if` (either branch) or a `do` block: statements a labeled `break` may leave.
    var isIfOrDoBody = false
    /// How many `lookup`/`lookupWithLevel` walks the scopes of one interpreter made (shared by all its scopes; the
    /// measure of issue 12's "names decided by the resolution, not by walking scopes").
    let walks: LookupWalks
    /// The declarations this scope recorded in `Compiler.declaredScopes` (removed from it when the scope closes).
    var declared: [DeclaredLocal] = []

    init(parent: Scope?, context: FunctionContext) {
        self.parent = parent
        self.context = context
        walks = parent?.walks ?? LookupWalks()
    }

    /// Finds a name in this scope or an enclosing one.
    func lookup(_ name: String) -> Binding? {
        if !walks.paused { walks.count += 1 }
        var scope: Scope? = self
        while let current = scope {
            if let binding = current.names[name] { return binding }
            scope = current.parent
        }
        return nil
    }

    /// Finds a name and the level of the function whose frame holds it.
    func lookupWithLevel(_ name: String) -> (Binding, Int)? {
        if !walks.paused { walks.count += 1 }
        var scope: Scope? = self
        while let current = scope {
            if let binding = current.names[name] { return (binding, current.context.level) }
            scope = current.parent
        }
        return nil
    }

    /// Whether this point is inside the body of an `if` or `do` of the current function (swiftc words a stray `break`
    /// there differently).
    func isInsideIfOrDo() -> Bool {
        var scope: Scope? = self
        while let current = scope, current.context.function === context.function {
            if current.isIfOrDoBody { return true }
            scope = current.parent
        }
        return false
    }

    /// The innermost enclosing loops, innermost last.
    func enclosingLoops() -> [(name: String?, id: Int)] {
        var chain: [[(name: String?, id: Int)]] = []
        var scope: Scope? = self
        while let current = scope, current.context.function === context.function {
            chain.append(current.loopLabels)
            scope = current.parent
        }
        return chain.reversed().flatMap { $0 }
    }
}

/// A counter of scope-chain walks shared by the scopes of one interpreter (see `Scope.walks`).
final class LookupWalks {
    var count = 0
    /// Set while debug builds check the resolution against the scopes (those walks are not counted).
    var paused = false
}
