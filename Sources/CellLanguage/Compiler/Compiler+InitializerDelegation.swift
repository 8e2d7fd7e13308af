import Diagnostics

extension Compiler {
    /// `self.init(…)` inside an initializer of a struct or enum: delegates to another initializer of the same type,
    /// whose result becomes `self` (Swift's initializer delegation for value types). Nil for any other call.
    func compileInitializerDelegation(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard case .member(let base?, "init", let nameLocation) = callee.kind, case .name("self") = base.kind,
              let context = selfContexts.last, scope.context.function.initializerSelf != nil else { return nil }
        if context.type.kind == .classType {
            return compileClassInitializerDelegation(context.type, arguments, at: nameLocation)
        }
        if context.type.initializers.contains(where: { Compiler.isOptional($0.returnType) }),
           let (info, _) = selectOverload(context.type.initializers, arguments, at: nameLocation), Compiler.isOptional(info.returnType) {
            return compileFailableValueDelegation(context.type, info, arguments, at: nameLocation)
        }
        let construction = synthesized(Expr(.call(Expr(.name(context.type.name), at: nameLocation), arguments), at: location))
        construction.openingLocation = callee.closingLocation
        return compileAssignment("=", synthesizedSelf(at: base.location), construction, at: location)
    }
}
