import Diagnostics

/// Swift's evaluation order in assignments through an optional chain: each link is checked when it is reached, and
/// the subscript arguments after it are evaluated (once, left to right) only when it is not nil, before the right
/// side: `root.next?[f()].next?[g()].values[h()] = v` runs `f`, `g`, `h`, `v` in that order, and stops after `f`
/// when the second link is nil.
extension Compiler {
    /// `a?[f()].x = g()`, `a?[f()].y += g()`, `d[k]?[i()] = v`: the calling subscript arguments of each segment after
    /// a `?` are kept in hidden constants, evaluated once the link before them is found not nil. Nil when there are
    /// none, or when the first link has effects (hoisted before, see `compileAssignment`), or when something other
    /// than a subscript argument calls a function along the chain.
    func compileOptionalChainAssignmentWithHoistedIndices(_ op: String, _ target: Expr, _ value: Expr,
                                                          at location: SourceLocation) -> Typed? {
        guard let first = Compiler.outermostOptionalLink(target), Compiler.isSideEffectFree(first),
              Compiler.callsOnlyInIndices(target), hasCallingIndex(target) else { return nil }
        let asValue = assignmentAsOptionalVoid
        assignmentAsOptionalVoid = false
        return withScope { () -> Typed in
            var steps: [(probe: (Frame) throws -> Value, stores: [(Frame) throws -> Void])] = []
            var current = target
            let linkCount = Compiler.optionalLinks(target).count
            for step in 0..<linkCount {
                let links = Compiler.optionalLinks(current)
                let saved = optionalChainSpine
                optionalChainSpine = Compiler.optionalChainSpine(of: current)
                let probe = compileExpr(links[step], expected: nil)
                optionalChainSpine = saved
                if probe.type.hasError { return .invalid }
                // The segment after this link: up to the next link, or the whole target after the last one.
                let segment = step + 1 < linkCount ? links[step + 1] : current
                var stores: [(Frame) throws -> Void] = []
                guard let rewritten = hoistingIndices(segment, into: &stores, stoppingAt: links[step]) else { return .invalid }
                current = Compiler.replacing(segment, with: rewritten, in: current)
                noteSynthesized(current, from: target)
                steps.append((probe.value, stores))
            }
            assignmentAsOptionalVoid = asValue
            let inner = compileOptionalChainAssignment(op, current, value, at: location)
            assignmentAsOptionalVoid = false
            if inner.type.hasError { return inner }
            let prepare: (Frame) throws -> Bool = { frame in
                for step in steps {
                    do { _ = try step.probe(frame) } catch is OptionalChainNil { return false }
                    for store in step.stores { try store(frame) }
                }
                return true
            }
            if case .void(let code) = inner.code {
                return Typed(type: .void, code: .void { frame in if try prepare(frame) { try code(frame) } })
            }
            let code = inner.value
            return Typed(type: inner.type, code: .value { frame in try prepare(frame) ? try code(frame) : .none })
        }
    }

    /// The `?` links of the postfix chain of `expr`, from its root outwards.
    static func optionalLinks(_ expr: Expr) -> [Expr] {
        switch expr.kind {
        case .optionalChain(let base): return optionalLinks(base) + [expr]
        case .member(let base?, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base): return optionalLinks(base)
        default: return []
        }
    }

    /// Whether the postfix chain of `expr` calls functions only inside subscript arguments.
    static func callsOnlyInIndices(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name: return true
        case .member(let base?, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base), .optionalChain(let base):
            return callsOnlyInIndices(base)
        default: return false
        }
    }

    /// `target` with the node `old` (a link of its chain, or the target itself) replaced by `new`.
    static func replacing(_ old: Expr, with new: Expr, in target: Expr) -> Expr {
        if target === old { return new }
        switch target.kind {
        case .member(let base?, let name, let location):
            return copy(target, kind: .member(replacing(old, with: new, in: base), name, location))
        case .subscriptAccess(let base, let arguments):
            return copy(target, kind: .subscriptAccess(replacing(old, with: new, in: base), arguments))
        case .forceUnwrap(let base):
            return copy(target, kind: .forceUnwrap(replacing(old, with: new, in: base)))
        case .optionalChain(let base):
            return copy(target, kind: .optionalChain(replacing(old, with: new, in: base)))
        default:
            return target
        }
    }
}
