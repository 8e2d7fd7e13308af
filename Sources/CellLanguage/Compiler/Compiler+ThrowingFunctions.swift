import Diagnostics

/// Throwing function types (`() throws -> Int`): values stored like other functions, whose calls need `try`; a
/// non-throwing function converts to a throwing type, never the other way.
extension Compiler {
    /// Calls a value of throwing function type (`callee` retyped as the non-throwing function it is stored as): the
    /// enclosing call expression then checks it is covered by `try`.
    func compileThrowingValueCall(_ callee: Typed, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        let call = compileValueCall(callee, arguments, at: location)
        errorHandling.pendingThrowingCall = true
        // Of its own unless the callee is a parameter of the `rethrows` function being compiled (see `.call`).
        errorHandling.pendingOwnThrow = true
        return call
    }

    /// Converts between function types that differ only in `throws`: `() -> Int` to `() throws -> Int` freely,
    /// the other way refused as swiftc refuses it. Nil when the types are not two such function types.
    func functionEffectCoercion(_ value: Typed, to type: CType, at location: SourceLocation) -> Typed? {
        switch (value.type, type) {
        case (.function(let parameters, let result), .throwingFunction(let expected, let expectedResult))
            where parameters == expected && result == expectedResult:
            return Typed(type: type, code: value.code)
        case (.function(let parameters, let result), .optional(.throwingFunction(let expected, let expectedResult)))
            where parameters == expected && result == expectedResult:
            return Typed(type: type, code: .value(value.value))
        case (.throwingFunction(let parameters, let result), .function(let expected, let expectedResult))
            where parameters == expected && result == expectedResult:
            error(.throwingToNonThrowing(value.type, type), at: location)
            return Typed(type: type, code: value.code)
        default:
            return nil
        }
    }
}

extension CType {
    /// The parameter types of a function type, throwing or not (nil for other types).
    var functionParameters: [CType]? {
        switch self {
        case .function(let parameters, _), .throwingFunction(let parameters, _): return parameters
        default: return nil
        }
    }
}

extension Compiler {
    /// Whether an argument passed to a `rethrows` function can throw: a throwing closure literal, or a value of
    /// throwing function type.
    func argumentFunctionThrows(_ argument: Expr) -> Bool {
        if case .closure = argument.kind {
            // Just compiled as a throwing argument: whether an error leaves it, without compiling it again.
            if let leaves = closureErrorsLeave[argument] { return leaves }
            if let throwsOut = checkedClosureThrows(argument) { return throwsOut }
            cannotGenerate(at: argument.location)
            return false
        }
        // The checker's type (`checkerType`): a query (does the argument throw?) asked before the call compiles.
        if case .throwingFunction = checkerType(argument) { return true }
        return false
    }

    /// Whether `expr` names a parameter of the `rethrows` function being compiled (calling it, or passing it on to
    /// a `rethrows` function, throws only when the caller's argument does).
    func isRethrowingParameter(_ expr: Expr) -> Bool {
        guard case .name(let name) = expr.kind, let info = compilingFunction, info.isRethrowing,
              info.context === scope.context.function else { return false }
        return info.parameters.contains { $0.name == name }
    }

    /// Whether a throwing function argument passed to a `rethrows` function from a `rethrows` body makes the call
    /// throw of its own: a throwing value other than a parameter of the body's function (swiftc lets closure
    /// literals through).
    func argumentThrowsOfItsOwn(_ argument: Expr) -> Bool {
        if case .closure = argument.kind { return false }
        return argumentFunctionThrows(argument) && !isRethrowingParameter(argument)
    }

    /// Reports an error that would leave the body of a `rethrows` function of its own (a `throw`, or a call of a
    /// throwing function that no `catch` handles, `marked` with `try` or not), as swiftc refuses it; true when reported.
    func throwsOutOfRethrowingBody(at location: SourceLocation, isCall: Bool, marked: Bool = true) -> Bool {
        let function = scope.context.function
        guard let info = compilingFunction, info.isRethrowing, info.context === function,
              !errorHandling.catches.contains(where: { $0.context === function && $0.exhaustive }) else { return false }
        error(.rethrowingFunctionThrows(isCall: isCall, marked: marked), at: location)
        return true
    }
}
