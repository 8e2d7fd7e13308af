/// `-> Self` on a method of a class that is not `final` (`FunctionDecl.returnsSelf`, see `Lowering+SelfType`): the
/// method returns the class, and a call on a subclass's instance is typed as that subclass, as in Swift
/// (`HTML().add("a").tag()`). The checker types it the same way (`TypeChecker.methodCall`).
extension Compiler {
    /// A call of a class method declared `-> Self` (`FunctionInfo.returnsSelf`) on a receiver whose static type is a
    /// subclass: the result is typed as the receiver's class (the value is the receiver's object, so the same code).
    static func covariantSelfResult(_ call: Typed, _ methods: [FunctionInfo], receiver: UserType) -> Typed {
        guard let type = covariantSelfType(call.type, methods, receiver: receiver) else { return call }
        return Typed(type: type, code: call.code)
    }

    /// The receiver's class when `result` is the class type a `-> Self` method of `methods` returns and the receiver's
    /// class is a subclass of it; nil otherwise.
    static func covariantSelfType(_ result: CType, _ methods: [FunctionInfo], receiver: UserType) -> CType? {
        guard !methods.isEmpty, methods.allSatisfy(\.returnsSelf), case .user(let declared) = result, declared !== receiver,
              receiver.kind == .classType, receiver.isSubclass(of: declared) else { return nil }
        return .user(receiver)
    }
}
