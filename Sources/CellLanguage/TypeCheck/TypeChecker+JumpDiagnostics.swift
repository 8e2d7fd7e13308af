import Diagnostics

/// The checker's diagnostics about jumps and switch cases (issue 12, session 17): `break` and `continue` outside a loop
/// or switch, labels no enclosing loop or switch has, exits out of a `defer` body, and `case` labels without a
/// statement. Each is reported as the generator reports it (same `CompileError`, same position: `Compiler.loopID`,
/// `Compiler.compileDefer`, `Compiler.compileSwitch`). The walk is syntactic and covers one body (the cell's top level,
/// a function's, a nested function's or a closure's): it does not enter nested functions, types or expressions, whose
/// bodies are walked when the checker checks them, as the generator gives each its own loops.
extension TypeChecker {
    /// What encloses the statement being walked in one body: its loops and switches (innermost last), whether it is
    /// inside an `if` body, and the exits of the `defer` bodies walked (only `exitFromDefer` is reported there).
    struct JumpWalk {
        var loops: [(name: String?, isSwitch: Bool)] = []
        var insideIf = false
        var deferExits = Set<SourceLocation>()
    }

    /// Walks the statements of one body and reports its stray jumps and empty `case` labels.
    func checkJumps(_ body: [Stmt]) {
        var walk = JumpWalk()
        jumpWalk(body, &walk)
    }

    private func jumpWalk(_ statements: [Stmt], _ walk: inout JumpWalk) {
        for statement in statements { jumpWalk(statement, &walk) }
    }

    private func jumpWalk(_ statement: Stmt, _ walk: inout JumpWalk) {
        switch statement {
        case .ifStatement(_, let then, let otherwise, _):
            let inside = walk.insideIf
            walk.insideIf = true
            jumpWalk(then + (otherwise ?? []), &walk)
            walk.insideIf = inside
        case .guardStatement(_, let body, _), .block(let body):
            jumpWalk(body, &walk)
        case .doCatch(let body, let clauses, _):
            jumpWalk(body + clauses.flatMap(\.body), &walk)
        case .forIn(let label, _, _, _, _, let body, _), .whileLoop(let label, _, let body, _), .repeatWhile(let label, let body, _, _):
            walk.loops.append((label, false))
            jumpWalk(body, &walk)
            walk.loops.removeLast()
        case .switchStatement(let label, _, let cases, _):
            for item in cases where item.body.isEmpty && !item.fallsThrough {
                reportOnce(.emptyCaseBody(isDefault: item.isDefault), at: item.location)
            }
            checkFallthroughs(cases)
            walk.loops.append((label, true))
            jumpWalk(cases.flatMap(\.body), &walk)
            walk.loops.removeLast()
        case .deferStatement(let body, _):
            let exits = Compiler.exitsFromDefer(body, inLoop: false)
            for (keyword, location) in exits { reportOnce(.exitFromDefer(keyword), at: location) }
            let saved = walk.deferExits
            walk.deferExits.formUnion(exits.map(\.1))
            jumpWalk(body, &walk)
            walk.deferExits = saved
        case .breakStatement(let label, let location):
            strayJump(label, "break", at: location, walk)
        case .continueStatement(let label, let location):
            strayJump(label, "continue", at: location, walk)
        default:
            break
        }
    }

    /// The `fallthrough`s nbrun refuses: into a case that binds names (at that case) and out of the last case (at it).
    private func checkFallthroughs(_ cases: [SwitchCase]) {
        for (index, item) in cases.enumerated() where item.fallsThrough {
            guard index + 1 < cases.count else {
                reportOnce(.unsupported(.fallthroughInLastCase), at: item.location)
                continue
            }
            let next = cases[index + 1]
            if next.patterns.contains(where: { !DefiniteInitialization.names(in: $0).isEmpty }) {
                reportOnce(.unsupported(.fallthroughIntoBindingCase), at: next.location)
            }
        }
    }

    /// A `break` or `continue` (`keyword`) with `label` that no enclosing loop or switch takes: the generator's
    /// `'continue' is only allowed inside a loop`, `unlabeled 'break' is only allowed …` or `cannot find label 'x' in
    /// scope` (`Compiler.loopID`), at the keyword.
    private func strayJump(_ label: String?, _ keyword: String, at location: SourceLocation, _ walk: JumpWalk) {
        guard !walk.deferExits.contains(location) else { return }
        if keyword == "continue", label == nil, !walk.loops.contains(where: { !$0.isSwitch }) {
            reportOnce(.continueOutsideLoop, at: location)
        } else if let label {
            if !walk.loops.contains(where: { $0.name == label }) { reportOnce(.cannotFindLabel(label), at: location) }
        } else if walk.loops.isEmpty {
            reportOnce(.breakOutsideLoop(insideIfOrDo: walk.insideIf), at: location)
        }
    }

    /// Reports `kind` at `location` unless the checker already did (a body checked more than once).
    func reportOnce(_ kind: CompileError, at location: SourceLocation) {
        guard !checked.hasReported(kind.diagnostic(at: location)) else { return }
        report(kind, at: location)
    }
}
