/// Static members reached through a type parameter (`A.apply(x)`, `A.name`, `A: Activation` with static
/// requirements): in a specialized body, the bound type's static method; in a body checked with placeholders, the
/// requirement of the placeholder's protocols (`Compiler.placeholderStaticCall`, `placeholderStaticProperty`).
extension TypeChecker {
    /// `A.name(arguments)` where `A` is a type parameter: `.some` with the call's type when the binding decides it
    /// (`.some(nil)`: unknown), nil when `base` is no type parameter with such a binding.
    func boundStaticCall(_ base: Expr, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard let bound = boundTypeParameter(base) else { return nil }
        if bound.kind == .protocolType {
            guard let requirement = compiler.staticRequirement(of: bound, name, kind: .method),
                  arguments.map(\.label) == requirement.labels else { return nil }
            for (argument, type) in zip(arguments, requirement.parameterTypes) { check(argument.value, expected: type) }
            return .some(requirement.type)
        }
        guard !isGeneric(bound), let infos = bound.staticMethods[name], !hasGenericMember(named: name) else { return nil }
        return .some(declaredCall(infos, arguments))
    }

    /// `A.name` read where `A` is a type parameter bound to a placeholder: the static property requirement's type.
    func placeholderStaticProperty(_ base: Expr, _ name: String) -> CType? {
        guard let bound = boundTypeParameter(base), bound.kind == .protocolType else { return nil }
        return compiler.staticRequirement(of: bound, name, kind: .property)?.type
    }

    /// The declared type or placeholder a type parameter named by `expr` is bound to in the body being checked.
    private func boundTypeParameter(_ expr: Expr) -> UserType? {
        guard case .name(let name) = expr.kind, let referent = resolution.referent(of: expr),
              declarationKind(of: referent) == .genericParameter, case .user(let type)? = specialization?[name] else {
            return nil
        }
        return type
    }
}
