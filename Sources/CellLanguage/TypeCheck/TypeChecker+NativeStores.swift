/// Stores through a native type's subscript setter on a variable (`grid[column: 0] = t`, `grid[column: 0] += 1`), as
/// `Compiler.compileNativeStore` compiles them: the setter is chosen among the overloads the labels fit by the
/// indices and the new value (the value, or for a compound assignment the read of the target combined with the
/// value by the operator), and the choice is recorded where the generator makes it, which then compiles no argument
/// to learn its type.
extension TypeChecker {
    /// `name[indices] op value` where `name` holds a native value with subscript setters and no index calls a
    /// function; `.some(nil)` when the checker cannot tell the setter, nil for every other assignment.
    func nativeSubscriptStore(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> CType?? {
        guard op == "=" || !declaredOperators.contains(op), case .subscriptAccess(let base, let arguments) = target.kind,
              case .name(let name) = base.kind, let referent = resolution.referent(of: base),
              case .native(let typeName)? = type(of: referent, named: name),
              let setters = compiler.registry.types[typeName]?.subscriptSetters, !setters.isEmpty,
              !arguments.contains(where: { Compiler.containsCall($0.value) }) else { return nil }
        check(base, expected: nil)
        // The generator stores `target op value` for a compound assignment (`Compiler.compileNativeReadModifyWrite`).
        let newValue = op == "=" ? value : Expr(.binary(String(op.dropLast()), target, value, location), at: location)
        let setterArguments = arguments + [Argument(label: "newValue", value: newValue, location: value.location)]
        let role: NativeCallRole = op == "=" ? .subscriptStore(bracket: target.location) : .other
        guard let stored = nativeCall(setters, setterArguments, chosenAt: location, role: role) else { return .some(nil) }
        if stored.hasError { return .some(.error) }
        resolvedNative = nil  // the store's choice is recorded at its position, not on the assignment
        return .some(.void)
    }
}

/// Stores through a native value's property (`fig.title = "x"`, `layer.size += 1`) that the binding does not allow,
/// in swiftc's words: a property the type does not have, or one it has without a setter.
extension TypeChecker {
    /// `base.name op value` where `base` is a native value and `name` no property of its type (`value of type 'Figure'
    /// has no member 'titel'`, at the name) or one without a setter (`'size' is a get-only property`: at the name for
    /// `=`, at the operator for a compound assignment, as swiftc reports them). The error type after reporting; nil
    /// (nothing checked) for every other assignment.
    func nativePropertyStoreMistake(_ op: String, _ target: Expr, at location: SourceLocation) -> CType? {
        guard case .member(let base?, let name, let nameLocation) = target.kind, op == "=" || !declaredOperators.contains(op)
        else { return nil }
        let mark = beginTrial()
        guard case .native(let typeName)? = check(base, expected: nil), let native = compiler.registry.types[typeName] else {
            rollback(to: mark)
            return nil
        }
        let mistake: CompileError
        if let property = native.properties[name] {
            guard property.set == nil else {
                rollback(to: mark)
                return nil
            }
            mistake = op == "=" ? .getOnlyProperty(name) : .mutatingOperatorOnGetOnly(name)
        } else {
            mistake = .valueHasNoMember(.native(typeName), member: name, suggestion: nil)
        }
        commit(mark)
        report(mistake, at: op != "=" && native.properties[name] != nil ? location : nameLocation)
        return .error
    }
}
