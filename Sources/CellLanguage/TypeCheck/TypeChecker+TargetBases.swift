/// The bases of an assignment's target (`w.grad!` and `w.grad` in `w.grad![0] = 0`), and the target a compound
/// assignment reads (`x[next()]` in `x[next()] += 1`), which the generator asks the type of to pick the kind of place
/// or the setter before it compiles the target (`Compiler.checkerType`): typed alone when the assignment's checking
/// left them untyped.
extension TypeChecker {
    /// Checks alone each base of `target` the checker left untyped (and `target` itself when the assignment `reads`
    /// it), when checking the assignment reported nothing since `before` diagnostics (a base's mistake is the
    /// assignment's to report, once).
    func typeTargetBases(_ target: Expr, since before: Int, reads: Bool = false) {
        guard checked.diagnostics.count == before, specialization == nil, !Self.startsChain(target) else { return }
        if reads, !typeAlone(target, since: before) { return }
        guard let base = Self.targetBase(target), typeAlone(base, since: before) else { return }
        typeTargetBases(base, since: before)
    }

    /// Checks `expr` alone unless the checker typed it; false when that reports a mistake or leaves it untyped (the
    /// check is then undone).
    private func typeAlone(_ expr: Expr, since before: Int) -> Bool {
        guard checked.type(of: expr) == nil else { return true }
        let mark = beginTrial()
        guard check(expr, expected: nil) != nil, checked.diagnostics.count == before else {
            rollback(to: mark)
            return false
        }
        commit(mark)
        return true
    }

    /// The base of a place: a subscript's or member's base, a force unwrap's operand.
    private static func targetBase(_ target: Expr) -> Expr? {
        switch target.kind {
        case .subscriptAccess(let base, _), .member(let base?, _, _), .forceUnwrap(let base): return base
        default: return nil
        }
    }

    /// Whether `expr` holds an optional chain (typed as links of the chain, not alone).
    private static func startsChain(_ expr: Expr) -> Bool {
        Compiler.containsOptionalChain(expr)
    }

    /// Checks alone an optional chain passed inout (`&p?.x`: no place, an immutable `Int?`), whose type alone the
    /// generator asks for to refuse it, when that reports nothing.
    func typeOptionalChainAlone(_ target: Expr) {
        guard specialization == nil, Self.startsChain(target), checked.typeWithoutContext(of: target) == nil else { return }
        let before = checked.diagnostics.count, mark = beginTrial()
        guard check(target, expected: nil) != nil, checked.diagnostics.count == before else {
            rollback(to: mark)
            return
        }
        commit(mark)
    }
}
