/// `Swift.max(a, b)` and `Swift.min(…)`: the standard library's global functions named through the module, as
/// `Compiler.checkedCallee` compiles them (inside an extension of `Array`, whose `min()` and `max()` hide them).
extension TypeChecker {
    /// The call's type when `base.name` is `Swift.min` or `Swift.max` (`.some(nil)`: unknown); nil for any other
    /// member call.
    func libraryQualifiedCall(_ base: Expr, _ name: String, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard case .name("Swift") = base.kind, Compiler.hiddenByMembers.contains(name),
              compiler.declarations.userTypes["Swift"] == nil else { return nil }
        switch resolution.referent(of: base) {
        case .builtin?, .unresolved?: break
        default: return nil
        }
        return moduleBuiltinCall(name, .builtin, arguments, expected: expected) ?? .some(nil)
    }
}
