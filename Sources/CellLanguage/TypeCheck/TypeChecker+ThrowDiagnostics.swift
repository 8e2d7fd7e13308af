import Diagnostics

/// The checker's diagnostics for errors that nothing handles (issue 12), as swiftc reports them, over the whole cell
/// once it is checked (`TypeChecker.check`): a call of a throwing function without `try` (`callNotMarkedTry`, at the
/// call: `handled` when the body lets errors out), an error under a plain `try` or a `throw` that leaves a body that
/// may not throw (`errorNotHandled`, once per `try`, or at the `throw`; `catchNotExhaustive` when a `do` catches part
/// of them), any error in a `defer` body (`throwFromDefer`), an error of its own in a `rethrows` function
/// (`rethrowingFunctionThrows`), and a closure nbrun gives no throwing type that an error leaves
/// (`notSupported("throwing closure")`, at the `try` or `throw`). A call throws when its callee (the checker's) is
/// declared `throws`, is a value of throwing function type, is declared `rethrows` and given a function that throws,
/// or is a standard-library member given a closure an error leaves or a throwing function value. The top level lets
/// errors out; accessors do not; a closure does when its type (the checker's) throws or it is given to a rethrowing
/// standard-library member.
extension TypeChecker {
    /// Reports the errors nothing handles in `statements`, the cell's.
    func checkThrowing(_ statements: [Stmt]) {
        ThrowWalk(checker: self).walk(statements)
    }
}

/// Why an error thrown at some place is not handled (nil when it is).
private enum Unhandled {
    case notThrowing, catchNotExhaustive, deferBody
}

/// One body being walked (the cell's top level, a function's, an accessor's or a closure's).
private struct ThrowBody {
    /// Whether errors may leave the body.
    var canThrow: Bool
    var isClosure = false
    /// The parameters of a `rethrows` function (nil for any other body): it may throw only through them.
    var rethrowingParameters: Set<String>?
    /// The `do` bodies with `catch` clauses (`exhaustive`: one catches every error) and `defer` bodies, innermost last.
    var handlers: [(exhaustive: Bool, isDefer: Bool)] = []
    /// The `try` expressions around the expression walked, innermost last.
    var tries: [(expr: Expr, kind: TryKind)] = []

    /// Why an error thrown here is not handled: a `defer` body, a `catch` that takes only some, a body that may not throw.
    var unhandled: Unhandled? {
        var sawCatch = false
        for handler in handlers.reversed() {
            if handler.isDefer { return sawCatch ? .catchNotExhaustive : .deferBody }
            if handler.exhaustive { return nil }
            sawCatch = true
        }
        if canThrow { return nil }
        return sawCatch ? .catchNotExhaustive : .notThrowing
    }

    /// Whether an error of the body's own leaves a `rethrows` function (no `catch` takes every error).
    var leavesRethrowingFunction: Bool {
        rethrowingParameters != nil && !handlers.contains(where: \.exhaustive)
    }
}

/// The walk of `TypeChecker.checkThrowing`.
private final class ThrowWalk {
    let checker: TypeChecker
    var bodies: [ThrowBody] = [ThrowBody(canThrow: true)]
    var reportedTries = IdentitySet<Expr>()
    /// The closure literals given to a standard-library member (which rethrows): errors may leave them.
    var rethrowingClosures = IdentitySet<Expr>()

    init(checker: TypeChecker) {
        self.checker = checker
    }

    private var body: ThrowBody {
        get { bodies[bodies.count - 1] }
        set { bodies[bodies.count - 1] = newValue }
    }

    private func within(_ body: ThrowBody, _ walk: () -> Void) {
        bodies.append(body)
        walk()
        bodies.removeLast()
    }

    // MARK: Statements

    func walk(_ statements: [Stmt]) {
        for statement in statements { walk(statement) }
    }

    private func walk(_ statement: Stmt) {
        switch statement {
        case .expression(let expr): walk(expr)
        case .variable(_, _, _, let value, _): if let value { walk(value) }
        case .function(let decl): walk(decl)
        case .ifStatement(let conditions, let then, let otherwise, _):
            walk(conditions)
            walk(then)
            if let otherwise { walk(otherwise) }
        case .guardStatement(let conditions, let body, _), .whileLoop(_, let conditions, let body, _):
            walk(conditions)
            walk(body)
        case .forIn(_, _, _, let sequence, let whereClause, let body, _):
            walk(sequence)
            if let whereClause { walk(whereClause) }
            walk(body)
        case .repeatWhile(_, let body, let condition, _):
            walk(body)
            walk(condition)
        case .returnStatement(let value, _): if let value { walk(value) }
        case .block(let body): walk(body)
        case .switchStatement(_, let subject, let cases, _):
            walk(subject)
            for item in cases {
                for condition in item.guards.compactMap({ $0 }) { walk(condition) }
                walk(item.body)
            }
        case .typeDeclaration(let decl): walk(decl)
        case .throwStatement(let value, let location):
            walk(value)
            // A value that is no `Error` is that mistake alone (`TypeChecker.checkThrown`).
            if let type = checker.checked.type(of: value), checker.isNoError(type) { return }
            thrown(at: location)
        case .doCatch(let body, let clauses, _):
            walkDoCatch(body, clauses)
        case .deferStatement(let body, _):
            self.body.handlers.append((false, true))
            walk(body)
            self.body.handlers.removeLast()
        case .breakStatement, .continueStatement, .typeAlias, .invalid:
            break
        }
    }

    private func walkDoCatch(_ body: [Stmt], _ clauses: [CatchClause]) {
        guard !clauses.isEmpty else { return walk(body) }
        let exhaustive = clauses.contains { clause in
            clause.items.isEmpty || clause.items.contains { item in
                if case .binding = item.item { return item.condition == nil }
                return false
            }
        }
        self.body.handlers.append((exhaustive, false))
        walk(body)
        self.body.handlers.removeLast()
        for clause in clauses {
            for condition in clause.items.compactMap(\.condition) { walk(condition) }
            walk(clause.body)
        }
    }

    private func walk(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .expression(let expr), .pattern(_, let expr, _): walk(expr)
            case .optionalBinding(_, _, let value, _, _): if let value { walk(value) }
            }
        }
    }

    /// A function, method or initializer: errors leave it when it is declared `throws` or `rethrows`.
    private func walk(_ decl: FunctionDecl) {
        var body = ThrowBody(canThrow: decl.isThrowing || decl.isRethrowing)
        if decl.isRethrowing { body.rethrowingParameters = Set(decl.parameters.map(\.name)) }
        within(body) { walk(decl.body) }
    }

    /// An accessor's body: no error may leave it.
    private func walkAccessor(_ statements: [Stmt]) {
        within(ThrowBody(canThrow: false)) { walk(statements) }
    }

    private func walk(_ decl: TypeDecl) {
        for field in decl.fields + decl.observedOverrides {
            for accessor in [field.willSet, field.didSet].compactMap({ $0 }) { walkAccessor(accessor.body) }
        }
        for property in decl.computed {
            walkAccessor(property.body)
            if let setter = property.setter { walkAccessor(setter.body) }
        }
        for method in decl.methods + decl.initializers { walk(method) }
        for item in decl.subscripts {
            walkAccessor(item.getter)
            if let setter = item.setter { walkAccessor(setter.body) }
        }
        for nested in decl.nested { walk(nested) }
    }

    // MARK: Expressions

    private func walk(_ expr: Expr) {
        switch expr.kind {
        case .closure(let literal):
            walkClosure(expr, literal)
            return
        case .tryExpr(let operand, let kind):
            body.tries.append((expr, kind))
            walk(operand)
            body.tries.removeLast()
            return
        case .call(let callee, let arguments):
            if isLibraryMember(expr, callee) {
                for argument in arguments where Self.isClosure(argument.value) { rethrowingClosures.insert(argument.value) }
            }
            expr.forEachChild { walk($0) }
            if let ownThrow = callThrows(expr, callee, arguments) { throwingCall(expr, ownThrow: ownThrow) }
            return
        default:
            expr.forEachChild { walk($0) }
        }
    }

    /// A closure literal (or a variable's accessors): its body is a body of its own.
    private func walkClosure(_ expr: Expr, _ literal: ClosureLiteral) {
        for capture in literal.ownedCaptures { if let value = literal.ownedCaptureValues[capture.name] { walk(value) } }
        if let accessors = literal.accessors {
            if let value = accessors.initialValue { walk(value) }
            for accessor in [accessors.setter, accessors.willSet, accessors.didSet].compactMap({ $0 }) { walkAccessor(accessor.body) }
            walkAccessor(literal.body)
            return
        }
        var closure = ThrowBody(canThrow: closureThrows(expr))
        closure.isClosure = true
        within(closure) { walk(literal.body) }
    }

    /// Whether errors may leave the closure literal `expr`: its type (the checker's) throws, or it is given to a
    /// standard-library member that rethrows.
    private func closureThrows(_ expr: Expr) -> Bool {
        if rethrowingClosures.contains(expr) || checker.rethrowingClosureArguments.contains(expr) { return true }
        return isThrowingValue(expr)
    }

    /// Whether `call` calls a member of a built-in type (the standard library's), not a declared function.
    private func isLibraryMember(_ call: Expr, _ callee: Expr) -> Bool {
        guard case .member(let base?, _, _) = callee.kind, checker.checked.callee(of: call) == nil,
              let receiver = checker.checked.type(of: base) else { return false }
        return checker.certainlyBuiltinMembers(of: receiver)
    }

    // MARK: Throwing calls

    /// Whether `call` throws: nil when it does not, true when it throws of its own, false when it throws only through
    /// the closures and function values it is given.
    private func callThrows(_ call: Expr, _ callee: Expr, _ arguments: [Argument]) -> Bool? {
        if let info = checker.checked.callee(of: call) {
            if info.isRethrowing { return throwingArguments(arguments) }
            return info.isThrowing ? true : nil
        }
        if isThrowingValue(callee) { return !isRethrowingParameter(callee) }
        if case .name = callee.kind {
            switch checker.resolution.referent(of: callee) {
            case .local(let index)?, .capture(let index)?:
                if checker.nestedFunctions[index]?.throwsErrors == true { return true }
            default: break
            }
        }
        // A standard-library member that rethrows (`map`, `filter`, `sorted(by:)` …).
        guard isLibraryMember(call, callee) else { return nil }
        let throwing = arguments.contains { argument in
            Self.isClosure(argument.value) ? checker.recordClosureThrows(argument.value) == true : isThrowingValue(argument.value)
        }
        return throwing ? false : nil
    }

    /// Whether the arguments of a `rethrows` function make its call throw: nil when none throws, true when one is a
    /// throwing value that is not a parameter of the `rethrows` function being walked (the call's own error).
    private func throwingArguments(_ arguments: [Argument]) -> Bool? {
        var throwsThrough = false
        for argument in arguments {
            if Self.isClosure(argument.value) {
                if checker.recordClosureThrows(argument.value) == true { throwsThrough = true }
            } else if isThrowingValue(argument.value) {
                if !isRethrowingParameter(argument.value) { return true }
                throwsThrough = true
            }
        }
        return throwsThrough ? false : nil
    }

    /// Whether `expr`'s type (the checker's, or its declaration's for a name) is a throwing function type.
    private func isThrowingValue(_ expr: Expr) -> Bool {
        var type = checker.checked.type(of: expr)
        if type == nil, case .name = expr.kind, let index = checker.resolution.referent(of: expr)?.declaration {
            type = checker.declarationTypes[index]
        }
        if case .throwingFunction? = type?.unwrapped { return true }
        return false
    }

    private static func isClosure(_ expr: Expr) -> Bool {
        if case .closure = expr.kind { return true }
        return false
    }

    /// Whether `expr` names a parameter of the `rethrows` function whose body is walked.
    private func isRethrowingParameter(_ expr: Expr) -> Bool {
        guard case .name(let name) = expr.kind, let parameters = body.rethrowingParameters else { return false }
        return parameters.contains(name)
    }

    /// Reports the call `call` of a throwing function where nothing handles its error.
    private func throwingCall(_ call: Expr, ownThrow: Bool) {
        let tried = body.tries.last
        if tried.map({ $0.kind != .plain }) ?? false { return }  // `try?` and `try!` handle it
        if ownThrow, body.leavesRethrowingFunction {
            checker.reportOnce(.rethrowingFunctionThrows(isCall: true, marked: tried != nil), at: call.location)
            return
        }
        let reason = body.unhandled
        if reason == .deferBody { return checker.reportOnce(.throwFromDefer(isCall: true), at: call.location) }
        guard let tried else { return checker.reportOnce(.callNotMarkedTry(handled: reason == nil), at: call.location) }
        guard let reason, !reportedTries.contains(tried.expr) else { return }
        reportedTries.insert(tried.expr)
        checker.reportOnce(body.isClosure ? .notSupported("throwing closure")
                           : .errorNotHandled(isThrow: false, catchNotExhaustive: reason == .catchNotExhaustive),
                           at: tried.expr.location)
    }

    /// Reports `throw` at `location` where nothing handles its error.
    private func thrown(at location: SourceLocation) {
        if body.leavesRethrowingFunction { return checker.reportOnce(.rethrowingFunctionThrows(isCall: false), at: location) }
        guard let reason = body.unhandled else { return }
        checker.reportOnce(reason == .deferBody ? .throwFromDefer(isCall: false)
                           : body.isClosure ? .notSupported("throwing closure")
                           : .errorNotHandled(isThrow: true, catchNotExhaustive: reason == .catchNotExhaustive), at: location)
    }
}
