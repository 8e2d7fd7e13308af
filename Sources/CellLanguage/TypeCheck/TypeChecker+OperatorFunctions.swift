/// Operators the cell declares as functions (`static func + (a: V, b: V) -> V` in a struct, `static prefix func -`,
/// postfix operators, operators in extensions of built-in types), typed as the generator picks them
/// (`Compiler.compileUserOperator`, `compileExtensionOperator`, `compileOperatorFunctionPrefix`): the first operator
/// function whose parameter types are the operands' types exactly.
extension TypeChecker {
    /// `a op b` on operands of types `a` and `b` where the cell declares operator methods `op`: the chosen
    /// function's result, `.some(nil)` when unknown (an operand of a user type no function takes), nil when the
    /// built-in operators decide (no user type, no extension operator for these types).
    func declaredBinary(_ op: String, _ a: CType, _ b: CType) -> CType?? {
        var candidates: [FunctionInfo] = []
        for case .user(let type) in [a, b] { candidates += type.staticMethods[op] ?? [] }
        var derived = false
        if candidates.isEmpty, [">", "<=", ">="].contains(op) {
            // Comparable derives >, <= and >= from <.
            if case .user(let type) = a { candidates += type.staticMethods["<"] ?? [] }
            derived = true
        }
        if let info = candidates.first(where: { $0.parameters.map(\.type) == [a, b] }) {
            return .some(derived ? .bool : info.returnType)
        }
        if case .user = a { return .some(nil) }
        if case .user = b { return .some(nil) }
        if let info = compiler.operatorFunctions(op, for: a).first(where: { $0.parameters.map(\.type) == [a, b] }) {
            return .some(info.returnType)
        }
        return nil
    }

    /// `2 * v` where an operator function takes a Double and the other operand's user type: the literal typed as a
    /// Double and the function's result (`Compiler.literalOperandsAsDouble`); nil otherwise.
    func literalOperandAsDouble(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> CType? {
        let literal: Expr, promoted: [CType], owner: CType
        if a == .int, Compiler.isNumericLiteral(lhs), case .user = b {
            (literal, promoted, owner) = (lhs, [.double, b], b)
        } else if b == .int, Compiler.isNumericLiteral(rhs), case .user = a {
            (literal, promoted, owner) = (rhs, [a, .double], a)
        } else {
            return nil
        }
        guard let info = compiler.operatorFunctions(op, for: owner).first(where: { $0.parameters.map(\.type) == promoted }) else {
            return nil
        }
        check(literal, expected: .double)
        return info.returnType
    }

    /// Whether `op` is declared only as static operator methods (of the cell's types or extensions of built-in
    /// types), not as a global operator function.
    func declaresOnlyOperatorMethods(_ op: String) -> Bool {
        compiler.globalScope.names[op] == nil
    }

    /// `op x` (or `x op` for a postfix operator, named `postfix…`) on an operand of type `type` where the cell
    /// declares operator methods `op`: the result of the one taking `type`, `.some(nil)` when it takes it `inout`
    /// (left unknown), nil when none takes it (the built-in operators decide).
    func declaredPrefix(_ op: String, _ type: CType) -> CType?? {
        guard let info = compiler.operatorFunctions(op, for: type).first(where: { $0.parameters.map(\.type) == [type] }) else { return nil }
        return .some(info.parameters[0].isInout ? nil : info.returnType)
    }
}
