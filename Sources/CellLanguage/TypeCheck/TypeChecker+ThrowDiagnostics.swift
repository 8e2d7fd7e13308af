import Diagnostics

/// The checker's diagnostics for errors that nothing handles (issue 12), as swiftc reports them, over the whole cell
/// once it is checked (`TypeChecker.check`): a call of a throwing function without `try` (`callNotMarkedTry`, at the
/// call: `handled` when the body lets errors out), an error under a plain `try` or a `throw` that leaves a body that
/// may not throw (`errorNotHandled`, once per `try`, or at the `throw`; `catchNotExhaustive` when a `do` catches part
/// of them), any error in a `defer` body (`throwFromDefer`), an error of its own in a `rethrows` function
/// (`rethrowingFunctionThrows`), and a closure nbrun gives no throwing type that an error leaves
/// (`unsupported(.throwingClosure)`, at the `try` or `throw`). A call throws when its callee (the checker's) is
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
    /// The `E` of a function declared `throws(E)` (`Never` for `throws(Never)`): the errors leaving it must be `E`s.
    var errorType: CType?
    /// The `do` bodies with `catch` clauses (`exhaustive`: one catches every error; `errorType`: the `E` of
    /// `do throws(E)`) and `defer` bodies, innermost last.
    var handlers: [(exhaustive: Bool, isDefer: Bool, errorType: CType?)] = []
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

    /// The error type an error thrown here must have: the innermost `do throws(E)`'s, else the function's `throws(E)`
    /// when the error leaves the body; nil when any error may be thrown here.
    var requiredErrorType: CType? {
        for handler in handlers.reversed() {
            if let type = handler.errorType { return type }
            if handler.exhaustive || handler.isDefer { return nil }
        }
        return errorType
    }

    /// Whether an error of the body's own leaves a `rethrows` function (no `catch` takes every error).
    var leavesRethrowingFunction: Bool {
        rethrowingParameters != nil && !handlers.contains(where: \.exhaustive)
    }
}

/// The walk of `TypeChecker.checkThrowing`: a `SyntaxWalk` whose scopes open and close the bodies errors may leave
/// (functions, accessors, closures), the `do` bodies whose `catch` clauses take them and the `defer` bodies none may
/// leave; a stored value (a property's initial value, a default argument, a raw value) is walked without reports.
private final class ThrowWalk {
    let checker: TypeChecker
    var bodies: [ThrowBody] = [ThrowBody(canThrow: true)]
    var reportedTries = IdentitySet<Expr>()
    /// The closure literals given to a standard-library member (which rethrows): errors may leave them.
    var rethrowingClosures = IdentitySet<Expr>()
    /// How many stored values the walk is inside: nothing is reported there.
    private var storedValues = 0
    /// How many `if` or `switch` expressions with a `throw` branch the walk is inside.
    private var inlineExpressions = 0

    init(checker: TypeChecker) {
        self.checker = checker
    }

    private var body: ThrowBody {
        get { bodies[bodies.count - 1] }
        set { bodies[bodies.count - 1] = newValue }
    }

    func walk(_ statements: [Stmt]) {
        var walk = SyntaxWalk()
        walk.enter = { [unowned self] in enter($0) }
        walk.leave = { [unowned self] in leave($0) }
        walk.expression = { [unowned self] in enter($0) }
        walk.leaveExpression = { [unowned self] in leave($0) }
        walk.leaveStatement = { [unowned self] statement in
            guard case .throwStatement(let value, let location) = statement else { return }
            // A value that is no `Error` is that mistake alone (`TypeChecker.checkThrown`).
            if let type = checker.checked.type(of: value), checker.isNoError(type) { return }
            thrown(value, at: location)
        }
        walk.walk(statements)
    }

    // MARK: Scopes

    private func enter(_ scope: SyntaxWalk.Scope) {
        switch scope {
        case .function(let decl):
            // A function, method or initializer: errors leave it when it is declared `throws` or `rethrows`.
            var function = ThrowBody(canThrow: decl.isThrowing || decl.isRethrowing)
            function.errorType = decl.throwsNever ? neverType : declaredErrorType(decl)
            if decl.isRethrowing { function.rethrowingParameters = Set(decl.parameters.map(\.name)) }
            bodies.append(function)
        case .accessor: bodies.append(ThrowBody(canThrow: false))
        case .closure(_, let literal) where literal.isInlineExpression:
            inlineExpressions += 1  // an `if` or `switch` expression with a `throw` branch: its errors are the body's
        case .closure(let expr, _):
            var closure = ThrowBody(canThrow: closureThrows(expr))
            closure.isClosure = true
            bodies.append(closure)
        case .doBody(let clauses):
            guard !clauses.isEmpty else { return }
            let exhaustive = clauses.contains { clause in
                clause.items.isEmpty || clause.items.contains { item in
                    if case .binding = item.item { return item.condition == nil }
                    return false
                }
            }
            body.handlers.append((exhaustive, false, clauses.first?.thrownType.flatMap(checker.resolve)))
        case .deferBody: body.handlers.append((false, true, nil))
        case .storedValue: storedValues += 1
        }
    }

    private func leave(_ scope: SyntaxWalk.Scope) {
        switch scope {
        case .closure(_, let literal) where literal.isInlineExpression: inlineExpressions -= 1
        case .function, .accessor, .closure: bodies.removeLast()
        case .doBody(let clauses): if !clauses.isEmpty { body.handlers.removeLast() }
        case .deferBody: body.handlers.removeLast()
        case .storedValue: storedValues -= 1
        }
    }

    // MARK: Expressions

    private func enter(_ expr: Expr) {
        switch expr.kind {
        case .tryExpr(_, let kind): body.tries.append((expr, kind))
        case .call(let callee, let arguments):
            if isLibraryMember(expr, callee) {
                for argument in arguments where Self.isClosure(argument.value) { rethrowingClosures.insert(argument.value) }
            }
        default: break
        }
    }

    private func leave(_ expr: Expr) {
        switch expr.kind {
        case .tryExpr: body.tries.removeLast()
        case .call(let callee, let arguments) where storedValues == 0:
            if let ownThrow = callThrows(expr, callee, arguments) { throwingCall(expr, ownThrow: ownThrow) }
        default: break
        }
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
        if case .closure(let literal) = callee.kind, literal.isInlineExpression { return nil }  // its `throw`s are walked
        if let info = checker.checked.callee(of: call) {
            if info.isRethrowing { return throwingArguments(arguments) }
            return info.isThrowing ? true : nil
        }
        if isThrowingValue(callee) { return !isRethrowingParameter(callee) }
        if callsThrowingGenericMethod(callee) { return true }
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

    /// Whether `callee` names a generic method of a declared type (`c.check(a, b)` for `func check<T>(…) throws`, whose
    /// call the checker records per specialization, without its callee) of which every declaration throws.
    private func callsThrowingGenericMethod(_ callee: Expr) -> Bool {
        guard case .member(let base?, let name, _) = callee.kind, case .user(let type)? = checker.checked.type(of: base)?.unwrapped,
              let generic = checker.compiler.protocolState.genericMembers[type]?[name], !generic.isEmpty else { return false }
        let methods = type.methods[name] ?? []
        return generic.allSatisfy { $0.decl.isThrowing && !$0.decl.isRethrowing }
            && methods.allSatisfy { $0.isThrowing && !$0.isRethrowing }
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
        if tried != nil, let required = body.requiredErrorType {  // typed throws: the call's error type is `required`
            let thrown = calleeThrownType(call) ?? anyErrorType
            if thrown != required {
                return checker.reportOnce(.thrownTypeMismatch(thrown, errorType: required), at: call.location)
            }
        }
        if ownThrow, body.leavesRethrowingFunction {
            checker.reportOnce(.rethrowingFunctionThrows(isCall: true, marked: tried != nil), at: call.location)
            return
        }
        let reason = body.unhandled
        if reason == .deferBody { return checker.reportOnce(.throwFromDefer(isCall: true), at: call.location) }
        guard let tried else { return checker.reportOnce(.callNotMarkedTry(handled: reason == nil), at: call.location) }
        guard let reason, !reportedTries.contains(tried.expr) else { return }
        reportedTries.insert(tried.expr)
        checker.reportOnce(body.isClosure ? .unsupported(.throwingClosure)
                           : .errorNotHandled(isThrow: false, catchNotExhaustive: reason == .catchNotExhaustive),
                           at: tried.expr.location)
    }

    /// Reports `throw value` at `location` where nothing handles its error (in an `if` or `switch` expression of a
    /// body that may not throw, as swiftc words it: the value's type to `Never`, at the value).
    private func thrown(_ value: Expr, at location: SourceLocation) {
        guard storedValues == 0 else { return }
        if body.leavesRethrowingFunction { return checker.reportOnce(.rethrowingFunctionThrows(isCall: false), at: location) }
        guard let reason = body.unhandled else { return }
        if reason == .notThrowing, inlineExpressions > 0, !body.isClosure, let type = checker.checked.type(of: value) {
            return checker.reportOnce(.thrownTypeMismatch(type, errorType: neverType), at: value.conversionLocation)
        }
        if reason == .notThrowing, body.requiredErrorType == neverType {  // `throws(Never)`
            return checker.reportOnce(.thrownTypeMismatch(anyErrorType, errorType: neverType), at: location)
        }
        checker.reportOnce(reason == .deferBody ? .throwFromDefer(isCall: false)
                           : body.isClosure ? .unsupported(.throwingClosure)
                           : .errorNotHandled(isThrow: true, catchNotExhaustive: reason == .catchNotExhaustive), at: location)
    }

    // MARK: Typed throws

    /// The `E` of a function's `throws(E)`: as the compiler declared it, else (a nested function) as the checker reads it.
    private func declaredErrorType(_ decl: FunctionDecl) -> CType? {
        guard let written = decl.thrownType else { return nil }
        if let info = checker.compiler.declarations.functionInfos[decl] { return info.thrownType }
        return checker.resolve(written).flatMap { Compiler.isError($0) ? $0 : nil }
    }

    /// `Never`, the error type of `throws(Never)`.
    private var neverType: CType { .native("Never") }

    /// The `E` of the `throws(E)` function `call` calls (a declared one the checker resolved, or a nested one).
    private func calleeThrownType(_ call: Expr) -> CType? {
        if let info = checker.checked.callee(of: call) { return info.thrownType }
        guard case .call(let callee, _) = call.kind, case .name = callee.kind else { return nil }
        switch checker.resolution.referent(of: callee) {
        case .local(let index)?, .capture(let index)?: return checker.nestedFunctions[index]?.thrownType
        default: return nil
        }
    }
}

