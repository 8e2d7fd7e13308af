/// The nodes the generator makes on the fly to evaluate an assignment's, a call's or an in-place mutation's parts
/// once (`Compiler+EvaluationOrder`): copies of the user's target with its calling subscript arguments replaced by
/// hidden constants (`$index3.7`, `$receiver0`, `$argument1`, `$chain0`). They are noted in the typed AST as
/// standing for the user's nodes (`TypeTable.origins`), so what the generator records is keyed by the nodes the
/// user wrote, which the type checker types.
extension Compiler {
    /// Notes every node of `copy` that is not the user's node at the same place in `original` as standing for it:
    /// the two are walked in parallel while they have the same shape, and a hidden constant stands for the
    /// expression it holds.
    func noteSynthesized(_ copy: Expr, from original: Expr) {
        guard copy !== original else { return }
        if case .name(let name) = copy.kind, name.hasPrefix("$") {
            if case .name(let originalName) = original.kind, originalName == name { return }
            typeTable.noteOrigin(of: copy, original)
            return
        }
        guard Compiler.sameShape(copy, original) else { return }
        typeTable.noteOrigin(of: copy, original)
        var copies: [Expr] = [], originals: [Expr] = []
        copy.forEachChild { copies.append($0) }
        original.forEachChild { originals.append($0) }
        guard copies.count == originals.count else { return }
        for (child, originalChild) in zip(copies, originals) { noteSynthesized(child, from: originalChild) }
    }

    /// Whether two nodes are the same kind of node with the same operator, name or labels (children aside).
    private static func sameShape(_ first: Expr, _ second: Expr) -> Bool {
        switch (first.kind, second.kind) {
        case (.member(let a, let name, _), .member(let b, let other, _)): return name == other && (a == nil) == (b == nil)
        case (.subscriptAccess(_, let a), .subscriptAccess(_, let b)), (.call(_, let a), .call(_, let b)):
            return a.map(\.label) == b.map(\.label)
        case (.forceUnwrap, .forceUnwrap), (.optionalChain, .optionalChain), (.inoutArgument, .inoutArgument):
            return true
        case (.assign(let op, _, _, _), .assign(let other, _, _, _)): return op == other
        case (.prefix(let op, _), .prefix(let other, _)): return op == other  // a one-sided range's copy (`...$index3.7`)
        default: return false
        }
    }
}

/// Nodes the compiler writes itself while generating (the `self` behind an implicit member or `super`, the
/// `self.x` an implicit member stands for): they are compiled but not recorded in the typed AST, whose entries are
/// the nodes of the user's program (the name the user wrote is recorded with the member's type).
extension Compiler {
    /// `expr`, marked as written by the compiler.
    func synthesized(_ expr: Expr) -> Expr {
        typeTable.markSynthesized(expr)
        return expr
    }

    /// A `self` the compiler writes at `location`.
    func synthesizedSelf(at location: SourceLocation) -> Expr {
        synthesized(Expr(.name("self"), at: location))
    }
}
