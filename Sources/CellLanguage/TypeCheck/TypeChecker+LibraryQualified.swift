import Diagnostics

/// `Swift.max(a, b)`, `Swift.min(…)` and `Foundation.sqrt(x)`: global functions named through their module, as
/// `Compiler.checkedCallee` compiles them (inside an extension of `Array`, whose `min()` and `max()` hide them).
extension TypeChecker {
    /// The call's type when `base.name` is `Swift.min` or `Swift.max` (`.some(nil)`: unknown); nil for any other
    /// member call.
    func libraryQualifiedCall(_ base: Expr, _ name: String, _ arguments: [Argument], expected: CType?,
                              at nameLocation: SourceLocation) -> CType?? {
        guard case .name(let module) = base.kind, Compiler.isLibraryFunction(module, name),
              compiler.declarations.userTypes[module] == nil else { return nil }
        switch resolution.referent(of: base) {
        case .builtin?, .unresolved?: break
        default: return nil
        }
        if module != "Swift" { return .some(mathCall(name, .builtin, arguments)) }
        return moduleBuiltinCall(name, .builtin, arguments, expected: expected, at: nameLocation) ?? .some(nil)
    }
}
