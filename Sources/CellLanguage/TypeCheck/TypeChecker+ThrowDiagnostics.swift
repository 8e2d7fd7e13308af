import Diagnostics

/// The checker's diagnostics for calls of throwing functions (issue 12), worded and placed as the generator reports
/// them (`Compiler.checkThrowingCall`): in a declared function that does not throw, a call of a declared throwing
/// function without `try` (`callNotMarkedTry(handled: false)`, at the call) or under a plain `try`
/// (`errorNotHandled`, once per `try`, at the `try`); in one that throws, a call without `try`
/// (`callNotMarkedTry(handled: true)`); in a `defer` body, any call of one (`throwFromDefer`, at the call); in a
/// `rethrows` one, any call of one outside `defer` and `do` bodies, `try` or not (`rethrowingFunctionThrows`: its
/// error is its own, not its parameter's, `Compiler.throwsOutOfRethrowingBody`). Only
/// calls the checker typed, reached from the body through nodes it typed (a node with a mistake may not be compiled)
/// and statements whose handling it knows: not in a `do`/`catch` of a function that does not throw or in a `defer`,
/// a closure, a nested function, a loop's body or a `switch`'s cases.
extension TypeChecker {
    /// How the body being walked handles errors, and the `try`s already reported.
    private struct ThrowWalk {
        let functionThrows: Bool
        /// Whether the body is a `rethrows` function's.
        var inRethrowingBody = false
        var reportedTries = IdentitySet<Expr>()
        /// Whether the statements walked are a `defer` body's (no error may leave it).
        var inDefer = false
    }

    /// Reports the unmarked and unhandled calls of throwing functions in `statements`, the body of `decl` (a
    /// declared or nested function, not an initializer).
    func checkThrowingCalls(_ statements: [Stmt], _ decl: FunctionDecl) {
        guard decl.name != "init", specialization == nil, genericSelf == nil, protocolSelf == nil else { return }
        var walk = ThrowWalk(functionThrows: decl.isThrowing || decl.isRethrowing, inRethrowingBody: decl.isRethrowing)
        throwWalk(statements, &walk)
    }

    private func throwWalk(_ statements: [Stmt], _ walk: inout ThrowWalk) {
        for statement in statements {
            switch statement {
            case .expression(let expr), .returnStatement(let expr?, _), .variable(_, _, _, let expr?, _):
                throwWalk(expr, tried: nil, &walk)
            case .ifStatement(let conditions, let then, let otherwise, _):
                throwWalk(conditions, &walk)
                throwWalk(then, &walk)
                if let otherwise { throwWalk(otherwise, &walk) }
            case .guardStatement(let conditions, let body, _), .whileLoop(_, let conditions, let body, _):
                throwWalk(conditions, &walk)
                throwWalk(body, &walk)
            case .block(let body):
                throwWalk(body, &walk)
            case .deferStatement(let body, _):
                let outer = walk.inDefer
                walk.inDefer = true
                throwWalk(body, &walk)
                walk.inDefer = outer
            case .doCatch(let body, let clauses, _) where walk.functionThrows && !walk.inDefer && !walk.inRethrowingBody:
                throwWalk(body, &walk)
                for clause in clauses { throwWalk(clause.body, &walk) }
            default:
                continue
            }
        }
    }

    private func throwWalk(_ conditions: [Condition], _ walk: inout ThrowWalk) {
        for condition in conditions {
            switch condition {
            case .expression(let expr), .optionalBinding(_, _, let expr?, _, _): throwWalk(expr, tried: nil, &walk)
            default: continue
            }
        }
    }

    /// Walks an expression the checker typed; `tried`: the plain `try` it is under.
    private func throwWalk(_ expr: Expr, tried: Expr?, _ walk: inout ThrowWalk) {
        guard checked.type(of: expr) != nil else { return }
        switch expr.kind {
        case .tryExpr(let operand, let kind):
            // `try?` and `try!` handle what their operand throws.
            guard kind == .plain else { return }
            throwWalk(operand, tried: tried ?? expr, &walk)
            return
        case .call(let callee, _):
            if case .name = callee.kind, callsThrowingFunction(expr, callee) { reportThrowingCall(expr, tried: tried, &walk) }
        default:
            break
        }
        var children: [Expr] = []
        expr.forEachChild { children.append($0) }
        for child in children { throwWalk(child, tried: tried, &walk) }
    }

    /// Whether `call` certainly calls a function declared `throws` (a declared one the checker resolved, or a nested
    /// one whose signature it read).
    private func callsThrowingFunction(_ call: Expr, _ callee: Expr) -> Bool {
        if let info = checked.callee(of: call) { return info.isThrowing && !info.isRethrowing }
        switch resolution.referent(of: callee) {
        case .local(let index)?, .capture(let index)?: return nestedFunctions[index]?.throwsErrors == true
        default: return false
        }
    }

    /// Reports the call of a throwing function `call`, under the plain `try` `tried` if any, as the generator does.
    private func reportThrowingCall(_ call: Expr, tried: Expr?, _ walk: inout ThrowWalk) {
        if walk.inRethrowingBody {
            if !walk.inDefer { report(.rethrowingFunctionThrows(isCall: true, marked: tried != nil), at: call.location) }
            return
        }
        if walk.inDefer {
            report(.throwFromDefer(isCall: true), at: call.location)
            return
        }
        guard let tried else {
            report(.callNotMarkedTry(handled: walk.functionThrows), at: call.location)
            return
        }
        guard !walk.functionThrows, !walk.reportedTries.contains(tried) else { return }
        walk.reportedTries.insert(tried)
        report(.errorNotHandled(isThrow: false, catchNotExhaustive: false), at: tried.location)
    }
}
