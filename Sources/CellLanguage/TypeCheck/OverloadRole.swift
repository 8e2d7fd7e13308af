/// What a set of overloads is, for swiftc's wording when no overload fits a call.
enum OverloadRole {
    case function, instanceMethod, staticMethod, subscriptAccess

    /// The role of a member's overloads (`first` among them): a subscript's, an instance method's (called with a
    /// receiver), else a static method's; initializers have their own message (`noMatch`).
    static func member(_ first: FunctionInfo, receiver: Bool) -> OverloadRole {
        first.name == "subscript" ? .subscriptAccess : receiver ? .instanceMethod : .staticMethod
    }

    /// swiftc's `no exact matches in call to …` for overloads of `first`'s name.
    func noMatch(_ first: FunctionInfo) -> CompileError {
        if first.name == "init" { return .noMatchingInitializer }
        switch self {
        case .function where first.level > 0: return .noMatchingFunction(first.name, role: "local function")
        case .function: return .noMatchingGlobalFunction(first.name)
        case .instanceMethod: return .noMatchingInstanceMethod(first.name)
        case .staticMethod: return .noMatchingFunction(first.name, role: "static method")
        case .subscriptAccess: return .noMatchingSubscript
        }
    }
}
