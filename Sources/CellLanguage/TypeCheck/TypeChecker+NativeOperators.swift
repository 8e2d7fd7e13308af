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
    func nativeOperator(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> NativeOperator? {
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
    /// An operator registered for none of the operands' types (`w -= "x"`, `g += 1` on a native value without `+=`)
    /// is the mistake `nativeOperandMistake` reports, at the operator.
    func nativeCompoundAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> CType? {
        guard op != "=", !declaredOperators.contains(op), let candidates = compiler.registry.operators[op],
              case .name(let name) = target.kind, let referent = resolution.referent(of: target),
              case .native? = type(of: referent, named: name) else { return nil }
        guard let targetType = check(target, expected: nil), candidates.contains(where: { $0.lhs == targetType }) else {
            return nil
        }
        guard let valueType = check(value, expected: value.isNumericLiteral ? nil : targetType) else { return nil }
        return nativeBinary(op, target, value, targetType, valueType)
            ?? nativeOperandMistake(op, target, value, targetType, valueType, at: location)
    }
}

/// Operators on native values that no binding registers (`Compiler.nativeOperandMismatch` reported them when the
/// generator found no operator): the checker's mistakes, in swiftc's words for a type without that operator.
extension TypeChecker {
    /// `lhs op rhs` where an operand is a native value (or an optional one) and neither a binding nor the cell
    /// declares `op` for the operands: `binary operator '%' cannot be applied to two 'Tensor' operands` (or `… to
    /// operands of type 'Tensor' and 'String'`), at the operator; a range of two values of one native type is swiftc's
    /// unmet `Comparable` requirement; an optional operand a registered operator takes unwrapped is to be unwrapped,
    /// at that operand. Nil (nothing reported) for other operands and for comparisons of optionals the generator
    /// compiles (`o == nil`, `o == t`).
    func nativeOperandMistake(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType,
                              at location: SourceLocation) -> CType? {
        guard isNativeOperand(a) || isNativeOperand(b), !a.hasError, !b.hasError,
              !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return nil }
        if op == "==" || op == "!=", a.isOptional || b.isOptional, a == b || a.unwrapped == b.unwrapped { return nil }
        let optionals = [(a, lhs), (b, rhs)].filter { $0.0.isOptional }
        if !optionals.isEmpty, nativeOperator(op, lhs, rhs, a.unwrapped, b.unwrapped) != nil {
            for (type, operand) in optionals { report(.optionalNotUnwrapped(type, wrapped: type.unwrapped), at: operand.location) }
            return .error
        }
        if (op == "..." || op == "..<"), a == b {
            let function = "referencing operator function '\(op)' on 'Comparable'"
            report(.genericRequirement(function, type: a, protocolName: "Comparable"), at: location)
        } else {
            report(a == b ? .binaryOperatorSameTypes(op, a) : .binaryOperatorTypes(op, a, b), at: location)
        }
        return .error
    }

    /// `target op= value` on a variable or property holding a native value (`g += 1`, `model.w -= "x"`) that no
    /// operator takes, as the generator combines them (`Compiler.compileNativeCompoundAssignment`: the registered
    /// compound operator; without one, `target = target op value` with a registered `op` giving the target's type):
    /// reported at the operator with the operands' types; nil (nothing checked) when an operator takes them or the
    /// target is no native value.
    func nativeCompoundMistake(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> CType? {
        guard op != "=", op.hasSuffix("="), !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return nil }
        switch target.kind {
        case .name, .member: break
        default: return nil
        }
        let mark = beginTrial()
        guard let targetType = check(target, expected: nil), case .native = targetType,
              let valueType = check(value, expected: value.isNumericLiteral ? nil : targetType), !valueType.hasError else {
            rollback(to: mark)
            return nil
        }
        let binaryOp = String(op.dropLast())
        let compound = compiler.registry.operators[op]?.contains { $0.lhs == targetType } ?? false
        let fits = compound ? nativeOperator(op, target, value, targetType, valueType) != nil
            : nativeOperator(binaryOp, target, value, targetType, valueType)?.returnType == targetType
        guard !fits, !declaredOperators.contains(binaryOp) else {
            rollback(to: mark)
            return nil
        }
        commit(mark)
        report(targetType == valueType ? .binaryOperatorSameTypes(op, targetType) : .binaryOperatorTypes(op, targetType, valueType),
               at: location)
        return .error
    }

    /// `op x` on a native value (or an optional one) for which no binding registers the prefix operator: swiftc's
    /// `unary operator '-' cannot be applied to an operand of type 'Figure'` at the operator, `!` a conversion to Bool
    /// at the operand, an optional operand whose wrapped type has the operator to be unwrapped; nil otherwise.
    func nativePrefixMistake(_ op: String, _ operand: Expr, _ type: CType, at location: SourceLocation) -> CType? {
        guard isNativeOperand(type), !declaredOperators.contains(op), !protocolExtensionsDeclare(op) else { return nil }
        if type.isOptional, compiler.registry.operators[op]?.contains(where: { $0.rhs == nil && $0.lhs == type.unwrapped }) ?? false {
            report(.optionalNotUnwrapped(type, wrapped: type.unwrapped), at: operand.location)
        } else if op == "!" {
            report(.argumentType(type, expected: .bool), at: operand.conversionLocation)
        } else {
            report(.unaryOperatorType(op, type), at: location)
        }
        return .error
    }

    /// `a && b` with a native operand: its conversion to Bool, at each native operand (as swiftc reports them);
    /// false when neither operand is native.
    func reportsNativeLogicalOperands(_ operands: [(CType?, Expr)]) -> Bool {
        let native = operands.compactMap { type, expr in type.flatMap { isNativeOperand($0) ? ($0, expr) : nil } }
        for (type, expr) in native { report(.argumentType(type, expected: .bool), at: expr.conversionLocation) }
        return !native.isEmpty
    }

    /// Whether `type` is a type a binding registers or an optional of one (not a metatype such as `Any.Type`).
    func isNativeOperand(_ type: CType) -> Bool {
        if case .native(let name) = type.unwrapped { return compiler.registry.types[name] != nil }
        return false
    }
}
