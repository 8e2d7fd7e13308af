/// `C()` for a class that declares no initializer and no superclass: Swift's default initializer, which gives
/// every stored property its default value (the evaluation-order programs' `Box()`, `Link()`).
extension TypeChecker {
    /// The class instance `C()` makes with the default initializer; nil when `type` has none (an initializer
    /// declared, a superclass, a stored property without a default value, arguments) or is generic.
    func defaultInitialized(_ type: UserType, _ arguments: [Argument]) -> CType? {
        guard type.kind == .classType, arguments.isEmpty, type.initializers.isEmpty, type.superclass == nil,
              !isGeneric(type), type.fields.allSatisfy({ $0.defaultValue != nil }) else { return nil }
        return .user(type)
    }
}
