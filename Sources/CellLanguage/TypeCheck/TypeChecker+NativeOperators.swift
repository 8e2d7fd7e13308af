/// Operators the bindings register (`NativeOperator`): `+ - * /` and comparisons between tensors and with numbers on
/// either side, prefix `-`, and compound assignments (`w -= g`) on a native variable. The operator is chosen as the
/// generator chooses it (`Compiler.compileNativeOperator`: the first registered one the operand types fit, a numeric
/// literal adapting to a Double or Int operand) and recorded, for the oracle and for the generator to take.
extension TypeChecker {
    /// `lhs op rhs` when a binding registers `op` for the operands' types (`a`, `b`, as checked): the operator's
    /// result type, a literal operand re-checked with the operator's operand type; nil otherwise.
    func nativeBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> CType? {
        guard let match = nativeOperator(op, lhs, rhs, a, b), let right = match.rhs else { return nil }
        if a != match.lhs { check(lhs, expected: match.lhs) }
        if b != right { check(rhs, expected: right) }
        resolvedNative = .nativeOperator(match)
        return match.returnType
    }

    /// The first operator registered for `op` the operands fit, as the generator looks it up.
    private func nativeOperator(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> NativeOperator? {
        func fits(_ type: CType, _ expr: Expr, _ wanted: CType) -> Bool {
            if type == wanted { return true }
            return expr.isNumericLiteral
                && (wanted == .double || (wanted == .int && !expr.containsFloatLiteral))
        }
        return compiler.registry.operators[op]?.first { candidate in
            guard let right = candidate.rhs else { return false }
            return fits(a, lhs, candidate.lhs) && fits(b, rhs, right)
        }
    }

    /// `op x` when a binding registers the prefix operator for the operand's type: its result type.
    func nativePrefix(_ op: String, _ type: CType) -> CType? {
        guard let match = compiler.registry.operators[op]?.first(where: { $0.rhs == nil && $0.lhs == type }) else {
            return nil
        }
        resolvedNative = .nativeOperator(match)
        return match.returnType
    }

    /// `w -= g` on a variable of a native type a binding registers the compound operator for
    /// (`Compiler.compileNativeCompoundAssignment`): the operator's result type; nil when it is not one.
    /// Only a variable target is modelled here (stores through subscripts and properties are places).
    func nativeCompoundAssignment(_ op: String, _ target: Expr, _ value: Expr) -> CType? {
        guard op != "=", !declaredOperators.contains(op), let candidates = compiler.registry.operators[op],
              case .name(let name) = target.kind, let referent = resolution.referent(of: target),
              case .native? = type(of: referent, named: name) else { return nil }
        guard let targetType = check(target, expected: nil), candidates.contains(where: { $0.lhs == targetType }) else {
            return nil
        }
        guard let valueType = check(value, expected: value.isNumericLiteral ? nil : targetType) else { return nil }
        return nativeBinary(op, target, value, targetType, valueType)
    }
}
