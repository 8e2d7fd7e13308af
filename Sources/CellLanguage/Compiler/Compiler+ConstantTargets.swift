import Diagnostics

extension Compiler {
    /// `value = 1`, `self.value += 1` in a method of a generic struct or enum that is not `mutating` (where `self` is a
    /// constant): swiftc's `cannot assign to property: 'self' is immutable` at the property, and `left side of
    /// mutating operator isn't mutable: 'self' is immutable` at the operator of a compound assignment. The checker
    /// reports it for a type that is not generic (`TypeChecker.reportsImmutableSelfTarget`), not yet in the members
    /// of a generic type, which it checks per specialization without noting `self`'s mutability. True when it reported.
    func reportImmutableSelfTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        var member = target
        if case .name(let name) = target.kind, name != "self", case .member(let implicit)? = resolvedName(name, node: target) {
            member = implicit
        }
        guard inoutArgumentLocation == nil, case .member(let base?, _, let propertyLocation) = member.kind,
              case .name("self") = base.kind, case .variable(let variable)? = nameBinding("self", node: base), variable.isLet,
              !variable.initializedLater, case .user(let type) = variable.type, type.kind != .classType,
              !isClassBound(variable.type), !type.genericArguments.isEmpty, !isInitializing(type) else { return false }
        if op == "=" {
            error(.assignToConstantProperty("self"), at: target === member ? propertyLocation : target.location)
        } else {
            error(.mutatingOperatorOnConstant("self"), at: location)
        }
        return true
    }
}
