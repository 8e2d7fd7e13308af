import Diagnostics

/// Generator helpers left from nbrun's swiftc wording (the wording itself is the checker's): literals, a get-only
/// property reached through `!` (no place to build), whether the code being compiled is a closure's body.
extension Compiler {
    /// Whether `expr` is a literal (`1`, `"a"`, `true`, `nil`).
    static func isLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .stringLiteral, .nilLiteral: return true
        default: return false
        }
    }

    /// `xs.first! = 2`, `xs.first! += 1` where the property is get-only: no place to build (true after noting it).
    func reportForceUnwrappedGetOnly(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard case .forceUnwrap(let operand) = target.kind, case .member(let base?, let name, _) = operand.kind,
              inoutArgumentLocation == nil, staticTypeReference(base) == nil else { return false }
        // The checker's type (`checkerType`): a diagnosis query, asked before the target compiles.
        let baseType = checkerType(base)
        let getOnly: Bool
        if let type = Compiler.declaredType(baseType) {
            getOnly = type.computed[name] != nil && type.setters[name] == nil
        } else {
            getOnly = !baseType.hasError && StdlibTables.table(for: baseType)?.property(named: name) != nil
        }
        guard getOnly else { return false }
        cannotGenerate(at: location)
        return true
    }

    /// Whether the code being compiled is a closure's body (directly, or in a loop inside it), where swiftc
    /// type-checks statements with the closure's context and words some mistakes differently.
    var inClosureBody: Bool {
        var context: FunctionContext? = scope.context
        while let current = context, current.loopParent != nil { context = current.loopParent }
        return context?.isClosure == true
    }
}
