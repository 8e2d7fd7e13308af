import Diagnostics

/// `.init(…)` where the context names the type (`m = .init(repeating: 0, count: n)`, `var p: Point = .init(x: 1)`,
/// `return .init()`): that type's construction or initializer, as `Point(x: 1)` or `[Double](…)` would compile. The
/// type checker types the same calls (`TypeChecker.contextualInitializer`).
extension Compiler {
    /// `.init(arguments)` with the contextual type `expected` (an optional's wrapped type): a declared type's
    /// construction or a built-in type's initializer; nil when no such type is expected.
    func compileContextualInitializer(_ expected: CType?, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard let type = expected?.unwrapped, !type.hasError else { return nil }
        if case .user(let user) = type, user.kind != .protocolType { return compileConstruction(user, arguments, at: location) }
        return Compiler.isImplicitlyInitializable(type) ? compileInitializer(type, arguments, at: location) : nil
    }

    /// Whether `.init(…)` may construct a value of the built-in `type` from its context: the types whose
    /// initializers `compileInitializer` compiles.
    static func isImplicitlyInitializable(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .bool, .string, .character, .substring, .integer, .array, .set, .dictionary: return true
        default: return false
        }
    }
}
