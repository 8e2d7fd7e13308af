import Diagnostics

extension Compiler {
    /// `p.x = 1` or `p.a.b += 1` where `p` is a `let` holding a value (no class on the way): swiftc reports the
    /// constant by name, at the property for `=` and at the operator for a compound assignment. Returns true when it
    /// reported; other targets are left to `compilePlace`.
    func reportConstantPropertyTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        if reportInaccessibleSetter(op, target, at: location) { return true }
        guard inoutArgumentLocation == nil, case .member(_, _, let propertyLocation) = target.kind,
              let root = constantValueRoot(of: target) else { return false }
        if op == "=" {
            error(.assignToConstantProperty(root), at: propertyLocation)
        } else {
            error(.mutatingOperatorOnConstant(root), at: location)
        }
        return true
    }

    /// `s.count = 1` where `count` is `private(set)` and the assignment is outside the type's own members: swiftc's
    /// error, at the property for `=` and at the operator for a compound assignment.
    private func reportInaccessibleSetter(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        // Typing the base can specialize generic types, so it is done only when some type has a `private(set)`.
        guard case .member(let base?, let name, let propertyLocation) = target.kind,
              userTypes.values.contains(where: { $0.fields.contains(where: \.hasPrivateSetter) }),
              case .user(let type) = compileExprTypeOnly(base), let index = type.fieldIndex(name),
              type.fields[index].hasPrivateSetter, !selfContexts.contains(where: { $0.type === type }) else { return false }
        error(.setterInaccessible(name, compound: op != "="), at: op == "=" ? propertyLocation : location)
        return true
    }

    /// The name of the `let` variable a chain of stored-property accesses starts from, when every value on the way
    /// is a struct or tuple (through a class instance the property is assignable).
    private func constantValueRoot(of target: Expr) -> String? {
        guard case .member(let base?, _, _) = target.kind else { return nil }
        switch base.kind {
        case .name(let name):
            guard name != "self", case .variable(let variable)? = scope.lookup(name), variable.isLet,
                  !variable.initializedLater, isValueType(variable.type) else { return nil }
            if case .user(let type) = variable.type, isInitializing(type) { return nil }
            return name
        case .member:
            guard isValueType(compileExprTypeOnly(base)) else { return nil }
            return constantValueRoot(of: base)
        default:
            return nil
        }
    }

    private func isValueType(_ type: CType) -> Bool {
        switch type {
        case .user(let user): return user.kind != .classType
        case .tuple: return true
        default: return false
        }
    }
}
