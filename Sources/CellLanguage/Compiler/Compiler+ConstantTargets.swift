import Diagnostics

extension Compiler {
    /// `p.x = 1` or `p.a.b += 1` where `p` is a `let` holding a value (no class on the way): swiftc reports the
    /// constant by name, at the property for `=` and at the operator for a compound assignment. Returns true when it
    /// reported; other targets are left to `compilePlace`.
    func reportConstantPropertyTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        if reportInaccessibleSetter(op, target, at: location) { return true }
        if reportImmutableSelfTarget(op, target, at: location) { return true }
        if reportConstantElementTarget(op, target, at: location) { return true }
        guard inoutArgumentLocation == nil, case .member(_, _, let propertyLocation) = target.kind,
              let root = constantValueRoot(of: target) else { return false }
        if op == "=" {
            error(.assignToConstantProperty(root), at: propertyLocation)
        } else {
            error(.mutatingOperatorOnConstant(root), at: location)
        }
        return true
    }

    /// `xs[0] = 1`, `xs[0] += 1` or `s.a[0] = 1` where `xs` (or `s`) is a `let` holding a value: swiftc names the
    /// constant, at the `[` for `=` and at the operator for a compound assignment.
    private func reportConstantElementTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        guard inoutArgumentLocation == nil, case .subscriptAccess(let base, _) = target.kind,
              let root = constantElementRoot(of: base) else { return false }
        if op == "=" {
            error(.assignThroughSubscriptOfConstant(root), at: target.location)
        } else {
            error(.mutatingOperatorOnConstant(root), at: location)
        }
        return true
    }

    /// The `let` variable a chain of subscripts and stored properties of arrays, dictionaries, structs and tuples
    /// starts from (nil through anything else: a class instance, a declared subscript, a native value).
    private func constantElementRoot(of base: Expr) -> String? {
        switch base.kind {
        case .name(let name):
            guard name != "self",
                  case .variable(let variable)? = nameBinding(name, node: base), variable.isLet, !variable.initializedLater else { return nil }
            switch variable.type {
            case .array, .dictionary: return name
            case .user(let type) where type.kind != .classType && !isInitializing(type): return name
            case .tuple: return name
            default: return nil
            }
        case .subscriptAccess(let inner, _):
            // The checker's type (`checkerType`): diagnosis queries (is the target's root a constant?) asked before it compiles.
            guard case .array = checkerType(inner) else { return nil }
            return constantElementRoot(of: inner)
        case .member:
            // The checker's type (`checkerType`): diagnosis queries (is the target's root a constant?) asked before it compiles.
            let type = checkerType(base)
            guard case .array = type else { return nil }
            return constantValueRoot(of: base)
        default:
            return nil
        }
    }

    /// `s.count = 1` where `count` is `private(set)` and the assignment is outside the type's own members: swiftc's
    /// error, at the property for `=` and at the operator for a compound assignment.
    private func reportInaccessibleSetter(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        // Typing the base can specialize generic types, so it is done only when some type has a `private(set)`.
        guard case .member(let base?, let name, let propertyLocation) = target.kind,
              declarations.userTypes.values.contains(where: { $0.fields.contains(where: \.hasPrivateSetter) }),
              // The checker's type (`checkerType`): a diagnosis query (a private setter?) asked before the target compiles.
              case .user(let type) = checkerType(base), let index = type.fieldIndex(name),
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
            guard name != "self", case .variable(let variable)? = nameBinding(name, node: base), variable.isLet,
                  !variable.initializedLater, isValueType(variable.type) else { return nil }
            if case .user(let type) = variable.type, isInitializing(type) { return nil }
            return name
        case .member:
            // The checker's type (`checkerType`): diagnosis queries (is the target's root a constant?) asked before it compiles.
            guard isValueType(checkerType(base)) else { return nil }
            return constantValueRoot(of: base)
        case .subscriptAccess(let inner, _):
            // `z[0].x += 1`: an element of a `let` array, itself a value.
            // The checker's type (`checkerType`): diagnosis queries (is the target's root a constant?) asked before it compiles.
            guard isValueType(checkerType(base)), case .array = checkerType(inner) else { return nil }
            return constantElementRoot(of: inner)
        default:
            return nil
        }
    }

    /// `value = 1`, `self.value += 1` in a method of a struct or enum that is not `mutating` (where `self` is a
    /// constant): swiftc's `cannot assign to property: 'self' is immutable` at the property, and `left side of
    /// mutating operator isn't mutable: 'self' is immutable` at the operator of a compound assignment.
    private func reportImmutableSelfTarget(_ op: String, _ target: Expr, at location: SourceLocation) -> Bool {
        var member = target
        if case .name(let name) = target.kind, name != "self", case .member(let implicit)? = resolvedName(name, node: target) {
            member = implicit
        }
        guard inoutArgumentLocation == nil, case .member(let base?, _, let propertyLocation) = member.kind,
              case .name("self") = base.kind, case .variable(let variable)? = nameBinding("self", node: base), variable.isLet,
              !variable.initializedLater, isValueType(variable.type) else { return false }
        if case .user(let type) = variable.type, isInitializing(type) { return false }
        if op == "=" {
            error(.assignToConstantProperty("self"), at: target === member ? propertyLocation : target.location)
        } else {
            error(.mutatingOperatorOnConstant("self"), at: location)
        }
        return true
    }

    private func isValueType(_ type: CType) -> Bool {
        switch type {
        case .user(let user): return user.kind != .classType && !isClassBound(type)
        case .tuple: return true
        default: return false
        }
    }
}
