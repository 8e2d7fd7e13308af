import Diagnostics

extension Compiler {
    /// `self.init(…)` inside an initializer of a struct or enum: delegates to another initializer of the same type,
    /// whose result becomes `self` (Swift's initializer delegation for value types). Nil for any other call.
    func compileInitializerDelegation(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard case .member(let base?, "init", let nameLocation) = callee.kind, case .name("self") = base.kind,
              let context = selfContexts.last, scope.context.function.initializerSelf != nil else { return nil }
        guard context.type.kind != .classType else {
            error(.initializerDelegationInClass,
                  at: nameLocation)
            return .invalid
        }
        let construction = Expr(.call(Expr(.name(context.type.name), at: nameLocation), arguments), at: location)
        construction.openingLocation = callee.closingLocation
        return compileAssignment("=", Expr(.name("self"), at: base.location), construction, at: location)
    }
}
