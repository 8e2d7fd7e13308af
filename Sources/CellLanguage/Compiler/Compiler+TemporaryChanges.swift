import Diagnostics

extension Compiler {
    /// `layer.parameter("bias")` as the subscript `layer["bias"]` when the method is one of the type's
    /// `NativeType.subscriptAliases`, so a change through it is written back as through the subscript; nil otherwise.
    func subscriptForm(_ expr: Expr) -> Expr? {
        guard case .call(let callee, let arguments) = expr.kind, case .member(let base?, let name, _) = callee.kind,
              // The checker's type (`checkerType`): whether a call is a subscript in disguise is decided before it compiles.
              case .native(let typeName) = checkerType(base),
              registry.types[typeName]?.subscriptAliases.contains(name) == true else { return nil }
        return Compiler.copy(expr, kind: .subscriptAccess(base, arguments))
    }
}
