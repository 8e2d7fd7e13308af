/// The implicit `init()` of a class that declares no initializer and no superclass, every stored property with a
/// default value (`class Person { var residence: Residence? }`, `Person()`).
extension TypeChecker {
    /// `C()` for such a class; nil (arguments checked when context-free) for any other call.
    func implicitClassInitializer(_ type: UserType, _ arguments: [Argument]) -> CType? {
        guard type.kind == .classType, type.superclass == nil, type.initializers.isEmpty, arguments.isEmpty,
              type.fields.allSatisfy({ $0.defaultValue != nil }) else {
            uncheckedArguments(arguments)
            return nil
        }
        return .user(type)
    }
}
