/// Everything bindings registered with an interpreter: global functions, native types, constant sets.
final class NativeRegistry {
    var functions: [String: [NativeFunction]] = [:]
    var types: [String: NativeType] = [:]
    /// Enum-like constant sets: type name → case names.
    var constants: [String: [String]] = [:]
    /// Operators on native values, by symbol.
    var operators: [String: [NativeOperator]] = [:]
}
