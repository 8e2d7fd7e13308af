import Diagnostics

/// What the compiler tracks for error handling while it compiles (see `Compiler+Errors`).
struct ErrorHandlingState {
    /// Closure literals given to a standard-library member that rethrows (`map`, `filter`, `sorted(by:)` …): their
    /// context type throws (see `Compiler+RethrowingClosures`).
    var rethrowingArguments = IdentitySet<Expr>()
}

/// The type of `error` in a `catch` clause (`any Error`): its values are `Value.native(ThrownError)`.
let anyErrorType = CType.native("Error")

extension Compiler {
    /// Records that a call of `info` was compiled: in the calling function's callees (see `lentGlobalCheck`).
    /// (Whether it throws where nothing handles its error is the checker's: `TypeChecker+ThrowDiagnostics`.)
    func noteCall(_ info: FunctionInfo) {
        outsideUses += 1
        noteResolution(.declared(info))
        if let caller = compilingFunction, caller !== info, !caller.callees.contains(where: { $0.info === info }) {
            caller.callees.append(.init(info: info))
        }
    }

    /// Whether a value of `type` can be thrown: a type declared with the `Error` conformance, or a caught `error`.
    static func isError(_ type: CType) -> Bool {
        if type == anyErrorType { return true }
        if case .user(let userType) = type { return userType.conformances.contains("Error") }
        return false
    }

    // MARK: try, throw

    /// `try e` (no cost: the error travels as a Swift error), `try? e` (nil on error), `try! e` (a run-time error).
    func compileTry(_ operand: Expr, _ kind: TryKind, expected: CType?, at location: SourceLocation) -> Typed {
        let inner = compileExpr(operand, expected: kind == .optional ? expected?.unwrapped : expected)
        if inner.type.hasError { return inner }
        let code = inner.value
        switch kind {
        case .plain:
            return inner
        case .optional:
            let type: CType = { if case .optional = inner.type { return inner.type } else { return .optional(inner.type) } }()
            return Typed(type: type, code: .value { frame in
                do {
                    return try code(frame)
                } catch is ThrownError {
                    return .none
                }
            })
        case .forced:
            return Typed.fromValue(inner.type) { frame in
                do {
                    return try code(frame)
                } catch let thrown as ThrownError {
                    throw RuntimeError(message: "'try!' expression unexpectedly raised an error: \(thrown.qualifiedDescription)",
                                       location: location)
                }
            }
        }
    }

    /// `throw value` (a value that is no `Error`, or an error nothing handles, is the checker's:
    /// `TypeChecker.checkThrown`, `TypeChecker+ThrowDiagnostics`); in a body declared `throws(E)` the value has the
    /// checker's contextual type `E` (`throw .noRatings`).
    func compileThrow(_ value: Expr, at location: SourceLocation) -> (Frame) throws -> Flow {
        let typed = compileExpr(value, expected: checkedType(value))
        let code = typed.value
        let type = typed.type
        return { frame in
            let thrown = try code(frame)
            if case .native(let caught as ThrownError) = thrown { throw caught }
            throw ThrownError(value: thrown, type: type, location: location)
        }
    }

    // MARK: do–catch

    /// `do { … } catch … { … }`: the body runs; an error it throws runs the first clause that matches it, or goes on.
    func compileDoCatch(_ body: [Stmt], _ clauses: [CatchClause], at location: SourceLocation) -> (Frame) throws -> Flow {
        if clauses.isEmpty { return compileBlock(body) }  // `do { … }`: a scope
        let run = compileBlock(body)
        var handlers: [(matches: (Frame, ThrownError) throws -> Bool, body: (Frame) throws -> Flow)] = []
        for clause in clauses {
            // (The catch clauses nbrun refuses are the checker's: `TypeChecker.catchClause`.)
            let handler = withScope { () -> ((Frame, ThrownError) throws -> Bool, (Frame) throws -> Flow) in
                var tests: [(Frame, ThrownError) throws -> Bool] = []
                for (item, guardExpr) in clause.items {
                    var test = compileCatchItem(item, thrownType: clause.thrownType.map(resolveType))
                    if let guardExpr {
                        let condition = compileExpr(guardExpr, expected: .bool)
                        let matches = test, holds = condition.bool
                        test = { frame, thrown in try matches(frame, thrown) && holds(frame) }
                    }
                    tests.append(test)
                }
                let clauseTests = tests
                return ({ frame, thrown in try clauseTests.contains { try $0(frame, thrown) } }, compileBlock(clause.body))
            }
            handlers.append(handler)
        }
        return { frame in
            do {
                return try run(frame)
            } catch let thrown as ThrownError {
                for handler in handlers {
                    if try handler.matches(frame, thrown) { return try handler.body(frame) }
                }
                throw thrown
            }
        }
    }

    /// A test of one `catch` pattern against a thrown error, binding the pattern's names (a bare `catch` of a
    /// `do throws(E)` binds the error's value as an `E`, `thrownType`).
    private func compileCatchItem(_ item: CatchClause.Item, thrownType: CType?) -> (Frame, ThrownError) throws -> Bool {
        switch item {
        case .binding(let name, let location):
            if let thrownType { return compileTypedCatchBinding(name, thrownType, at: location) }
            let variable = declareVariable(name, type: anyErrorType, isLet: true, at: location)
            let slot = variable.slot
            let access = frameAccessor(level: variable.level)
            return { frame, thrown in
                access(frame).values[slot] = .native(thrown)
                return true
            }
        case .cast(let typeExpr, let name, let location):
            let type = resolveType(typeExpr)
            guard let name else { return { _, thrown in thrown.type == type } }
            let variable = declareVariable(name, type: type, isLet: true, at: location)
            let slot = variable.slot, isWord = type.isWord
            let access = frameAccessor(level: variable.level)
            return { frame, thrown in
                guard thrown.type == type else { return false }
                if isWord { access(frame).words[slot] = WordCoding.word(thrown.value) } else { access(frame).values[slot] = thrown.value }
                return true
            }
        case .enumCase(let typeName, let pattern, let location):
            let type = resolveType(.named(typeName, location))
            let matches = compileCasePattern(pattern, type: type)
            return { frame, thrown in try thrown.type == type && matches(frame, thrown.value) }
        }
    }

    /// `do throws(E) { … } catch { … }`: `error` is the thrown `E` itself (every error the body throws is one).
    private func compileTypedCatchBinding(_ name: String, _ type: CType,
                                          at location: SourceLocation) -> (Frame, ThrownError) throws -> Bool {
        let variable = declareVariable(name, type: type, isLet: true, at: location)
        let slot = variable.slot, isWord = type.isWord
        let access = frameAccessor(level: variable.level)
        return { frame, thrown in
            if isWord { access(frame).words[slot] = WordCoding.word(thrown.value) } else { access(frame).values[slot] = thrown.value }
            return true
        }
    }

    // MARK: defer

    /// `defer { … }` followed by the rest of its block: the rest runs, then the deferred statements, however the rest
    /// finishes (normally, `return`, `break`, `continue`, or a thrown error; a run-time error stops the cell as in Swift).
    /// (An exit or an error out of the body is the checker's: `TypeChecker+JumpDiagnostics`, `+ThrowDiagnostics`.)
    func compileDefer(_ body: [Stmt], rest: ArraySlice<Stmt>) -> StatementBox {
        let deferred = compileBlock(body)
        let remaining = sequence(compileRemaining(rest))
        return StatementBox { frame in
            let flow: Flow
            do {
                flow = try remaining(frame)
            } catch let thrown as ThrownError {
                _ = try deferred(frame)
                throw thrown
            }
            _ = try deferred(frame)
            return flow
        }
    }

    /// Compiles statements after a `defer` (their functions and types were declared with the whole block).
    func compileRemaining(_ statements: ArraySlice<Stmt>) -> [StatementBox] {
        var result: [StatementBox] = []
        var index = statements.startIndex
        while index < statements.endIndex {
            if case .deferStatement(let body, _) = statements[index] {
                result.append(compileDefer(body, rest: statements[(index + 1)...]))
                break
            }
            if let box = compileStatementBox(statements[index]) {
                let hook = scope === globalScope ? topLevelStatementHook : nil
                result.append(hook?(statements[index], box) ?? box)
            }
            index += 1
        }
        return result
    }

    /// The `return`, `break` and `continue` statements that would leave a `defer` body (not those inside a loop or
    /// `switch` of the body, for `break` and `continue`; closures and nested functions are bodies of their own).
    static func exitsFromDefer(_ statements: [Stmt], inLoop: Bool) -> [(String, SourceLocation)] {
        statements.flatMap { statement -> [(String, SourceLocation)] in
            switch statement {
            case .returnStatement(_, let location): return [("return", location)]
            case .breakStatement(let label, let location): return inLoop && label == nil ? [] : [("break", location)]
            case .continueStatement(let label, let location): return inLoop && label == nil ? [] : [("continue", location)]
            case .ifStatement(_, let then, let otherwise, _): return exitsFromDefer(then + (otherwise ?? []), inLoop: inLoop)
            case .guardStatement(_, let body, _), .block(let body): return exitsFromDefer(body, inLoop: inLoop)
            case .doCatch(let body, let clauses, _): return exitsFromDefer(body + clauses.flatMap(\.body), inLoop: inLoop)
            case .forIn(_, _, _, _, _, let body, _), .whileLoop(_, _, let body, _), .repeatWhile(_, let body, _, _):
                return exitsFromDefer(body, inLoop: true)
            case .switchStatement(_, _, let cases, _): return exitsFromDefer(cases.flatMap(\.body), inLoop: true)
            default: return []
            }
        }
    }
}
