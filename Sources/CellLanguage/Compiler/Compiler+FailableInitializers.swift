import Diagnostics

/// Thrown when an initializer delegation (`self.init(…)`, `super.init(…)`) to a failable initializer fails: the
/// initializer being run fails too, up to the construction, which gives nil.
struct InitializationFailed: Error {}

/// Failable initializers (`init?`, `init!`): their result is optional and `return nil` fails; a failure in a
/// delegated initializer fails the whole construction at once (nothing after the delegation runs).
extension Compiler {
    /// A construction calling `info`: nil when a failable initializer failed through one of its delegations.
    func failableConstruction(_ info: FunctionInfo, _ call: Typed) -> Typed {
        guard info.isInitializer, case .optional = info.returnType else { return call }
        let code = call.value
        return Typed(type: call.type, code: .value { frame in
            do {
                return try code(frame)
            } catch is InitializationFailed {
                return .none
            }
        })
    }

    /// The result of delegating to `info`: when it is nil, the current initializer fails (or, delegating from a
    /// non-failable initializer to an `init!`, stops with swiftc's error for a nil implicitly unwrapped value).
    func delegatedResult(_ info: FunctionInfo, _ call: @escaping (Frame) throws -> Value,
                         at location: SourceLocation) -> (Frame) throws -> Value {
        guard case .optional = info.returnType else { return call }
        var currentFails = false
        if case .optional? = scope.context.function.returnType { currentFails = true }
        if forcedDelegation {
            forcedDelegation = false  // the `!` applies to this delegation alone, not to one in its arguments
            return forcedDelegationResult(call, at: location)
        }
        return { frame in
            let value = try call(frame)
            guard case .none = value else { return value }
            if currentFails { throw InitializationFailed() }
            throw RuntimeError(message: "unexpectedly found nil while implicitly unwrapping an Optional value",
                               location: location)
        }
    }

    /// `self.init(…)` in a struct or enum initializer to a failable initializer: `self` is its result, unless it fails.
    func compileFailableValueDelegation(_ type: UserType, _ info: FunctionInfo, _ arguments: [Argument],
                                        at location: SourceLocation) -> Typed {
        guard let selfVariable = scope.context.function.initializerSelf else { return .invalid }
        let call = compileMemberCall(info, receiver: nil, arguments, at: location).value
        let store = variablePlace(selfVariable).assign(Typed(type: .user(type), code: .value(delegatedResult(info, call, at: location))))
        return Typed(type: .void, code: .void(store))
    }
}
