import Diagnostics

/// `model.predict` as a value (`xs.map(model.predict)`): a declared method with its receiver bound, as Swift's
/// partial application gives it. The receiver is evaluated once, where the reference is: a struct's value as it is
/// then, a class's object (whose class chooses the implementation, as a call would). Generator and checker decide
/// alike (`boundMethodChoice`).
extension Compiler {
    /// What `receiver.name` read as a value means when `name` is a method of `type`.
    enum BoundMethodChoice {
        /// The method to bind.
        case method(FunctionInfo)
        /// A mistake to report (a `mutating` method).
        case refused(CompileError)
    }

    /// The method `receiver.name` binds on a value of the declared type `type` (the one overload, or the one of the
    /// expected function type); nil when `name` is no such method (a generic one, several without a function type).
    func boundMethodChoice(_ type: UserType, _ name: String, expected: CType?) -> BoundMethodChoice? {
        let protocols = type.kind == .protocolType ? [type] : conformedProtocols(type)
        if type.methods[name] == nil, protocols.contains(where: { proto in
            findRequirement(proto, name).map { $0.kind == .method && !$0.isStatic } ?? false
        }) {
            // `m.predict` on a protocol value or a generic parameter: a closure calls it (`{ m.predict($0) }`).
            return .refused(.unsupported(.requirementMethodAsValue, name))
        }
        guard type.kind != .protocolType, let overloads = type.methods[name], !overloads.isEmpty,
              !hasGenericMember(type, name, isStatic: false) else { return nil }
        var candidates = overloads
        if overloads.count > 1, let expected, expected.isFunction {
            candidates = overloads.filter { FunctionInfo.withoutSelf($0).type == expected }
        }
        guard candidates.count == 1, let info = candidates.first,
              !info.parameters.contains(where: { $0.isInout || $0.isVariadic }) else { return nil }
        if info.isMutating && type.kind != .classType { return .refused(.mutatingMethodReference) }
        return .method(info)
    }

    /// `receiver.name` as a function value when `name` is a method of `type`; nil when it is none.
    func compileBoundMethod(_ receiver: Typed, _ type: UserType, _ name: String, expected: CType?,
                            at location: SourceLocation) -> Typed? {
        switch boundMethodChoice(type, name, expected: expected) {
        case nil:
            return nil
        case .refused?:
            cannotGenerate(at: location)  // the checker's `boundMethod`
            return .invalid
        case .method(let info)?:
            let signature = FunctionInfo.withoutSelf(info)
            let receiverCode = receiver.value, parentAccess = frameAccessor(level: info.level), runtime = self.runtime
            let dispatches = type.kind == .classType && Compiler.mayBeOverridden(info, in: type)
            return Typed(type: signature.type, code: .value { frame in
                let object = try receiverCode(frame)
                let parent = parentAccess(frame)
                let target = dispatches ? Compiler.dispatchTarget(info, object) : info
                return .function(FunctionValue(arity: signature.parameters.count) { arguments in
                    let callee = try Compiler.invoke(target, parent: parent, arguments: [object] + arguments, runtime: runtime,
                                                     location: location)
                    return Compiler.result(of: target, in: callee)
                })
            })
        }
    }
}
