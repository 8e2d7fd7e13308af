import Diagnostics

/// Printing a lazy wrapper the interpreter holds as an array (`print(xs.reversed())`, `"\(zip(a, b))"`, a variable
/// declared from one without a type): Swift prints its structure, nbrun refuses it, at the printed value
/// (`Compiler.lazyWrapperName` tells the wrapper from the value's form and the checker's types).
extension TypeChecker {
    /// Reports `expr`, a printed value already checked, when it gives one of these wrappers.
    func refusePrintedWrapper(_ expr: Expr) {
        guard let wrapper = lazyWrapper(expr) else { return }
        reportOnce(.unsupported(.printingLazyWrapper, "\(wrapper)<…>"), at: expr.location)
    }

    /// Notes the wrapper the variable `let name = value` (without a type) holds, for the uses of the name.
    func noteLazyWrapper(_ pattern: BindingPattern, _ annotation: TypeExpr?, _ value: Expr?) {
        guard annotation == nil, let value, case .name(let name, let location) = pattern,
              let index = declarationIndex(name, at: location), let wrapper = lazyWrapper(value) else { return }
        lazyWrapperDeclarations[index] = wrapper
    }

    /// The wrapper `expr` gives (its nodes checked), nil for any other value.
    private func lazyWrapper(_ expr: Expr) -> String? {
        Compiler.lazyWrapperName(expr, variable: { node, name in
            guard let referent = resolution.referent(of: node) else { return nil }
            if case .earlierGlobal = referent {
                guard case .variable(let variable)? = compiler.globalScope.names[name] else { return nil }
                return variable.lazyWrapper
            }
            return referent.declaration.flatMap { lazyWrapperDeclarations[$0] }
        }, type: { checked.type(of: $0) })
    }
}
