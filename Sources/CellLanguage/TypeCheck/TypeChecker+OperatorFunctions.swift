/// Operators the cell declares as functions (`static func + (a: V, b: V) -> V` in a struct, `static prefix func -`,
/// postfix operators, operators in extensions of built-in types, top-level `func + (a: V, b: V) -> V`), typed as
/// the generator picks them (`Compiler.compileUserOperator`, `compileExtensionOperator`,
/// `compileOperatorFunctionPrefix`): the first operator function whose parameter types are the operands' types
/// exactly.
extension TypeChecker {
    /// `a op b` on operands of types `a` and `b` where the cell declares operator functions `op`, chosen in the
    /// generator's order (`Compiler.compileBinary`): a static or top-level operator function taking `[a, b]`
    /// (`Compiler.userOperatorCandidates`), then one reached by typing an integer literal operand as a Double, then
    /// one of an extension of a built-in type. The chosen function's result, `.some(nil)` when unknown (an operand of
    /// a user type no function takes), nil when the built-in operators decide.
    func declaredBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> CType?? {
        if let result = exactOperatorFunction(op, a, b) { return .some(result) }
        if let promoted = literalOperandAsDouble(op, lhs, rhs, a, b) { return .some(promoted) }
        return otherOperatorResult(op, a, b)
    }

    /// The result of the first static or top-level operator function `op` taking `[a, b]` (`Compiler.userOperatorCandidates`),
    /// Bool for one derived from `<`; nil when none takes them.
    private func exactOperatorFunction(_ op: String, _ a: CType, _ b: CType) -> CType? {
        let (candidates, derived) = compiler.userOperatorCandidates(op, a, b)
        guard let info = candidates.first(where: { $0.parameters.map(\.type) == [a, b] }) else { return nil }
        return derived ? .bool : info.returnType
    }

    /// `a op b` where no operator function of the cell's types takes `[a, b]`: a synthesized comparison, `.some(nil)`
    /// for another operand of a user type, an extension's operator, else nil (the built-in operators decide).
    private func otherOperatorResult(_ op: String, _ a: CType, _ b: CType) -> CType?? {
        // Two values of a type whose order or equality is synthesized (`Card.joker < a` beside a declared `<` of
        // another type): the generator's synthesized comparison (`compileSynthesizedComparison`), or the built-in
        // equality.
        if a == b, case .user(let type) = a {
            if ["<", ">", "<=", ">="].contains(op), Self.hasSynthesizedOrder(type) { return .some(.bool) }
            if op == "==" || op == "!=", synthesizedEquality(type) != nil { return .some(.bool) }
        }
        if case .user = a { return .some(nil) }
        if case .user = b { return .some(nil) }
        if let info = compiler.extensionOperatorCandidates(op, a, b).first(where: { $0.parameters.map(\.type) == [a, b] }) {
            return .some(info.returnType)
        }
        return nil
    }

    /// The result of `$0 op $1` on parameters of types `a` and `b` where the cell declares `op` (an operator used as
    /// a function value, `reduce(Money(cents: 0), +)`): as `declaredBinary` without literal operands; `.some(nil)`
    /// when unknown, nil when the built-in operators decide.
    func declaredOperatorFunctionResult(_ op: String, _ a: CType, _ b: CType) -> CType?? {
        if let result = exactOperatorFunction(op, a, b) { return .some(result) }
        return otherOperatorResult(op, a, b)
    }

    /// `2 * v` where an operator function takes a Double and the other operand's type (`Compiler.literalPromotion`):
    /// the literal typed as a Double and the function's result (`Compiler.literalOperandsAsDouble`); nil otherwise.
    private func literalOperandAsDouble(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> CType? {
        guard let (promoted, derived, info) = compiler.literalPromotion(op, lhs, rhs, a, b) else { return nil }
        check(promoted[0] == .double ? lhs : rhs, expected: .double)
        return derived ? .bool : info.returnType
    }

    /// `target op= value` where the cell declares `static func op= (lhs: inout T, rhs: U)` for the target's type `place`:
    /// the value checked against the first such function's `U`, the result of the one taking the value's type
    /// (`.some(nil)` when none does); nil when none takes the target's type (the built-in operator decides).
    func operatorFunctionAssignment(_ op: String, _ place: CType, _ value: Expr) -> CType?? {
        let candidates = compiler.operatorFunctions(op, for: place).filter {
            $0.parameters.count == 2 && $0.parameters[0].isInout && $0.parameters[0].type == place
        }
        guard let first = candidates.first else { return nil }
        let found = check(value, expected: first.parameters[1].type)
        return .some(candidates.first { $0.parameters[1].type == found }?.returnType)
    }

    /// `op x` (or `x op` for a postfix operator, named `postfix…`) on an operand of type `type` where the cell
    /// declares operator methods `op`: the result of the one taking `type` (`inout` too: `+++v` on a variable), nil
    /// when none takes it (the built-in operators decide).
    func declaredPrefix(_ op: String, _ type: CType) -> CType?? {
        guard let info = compiler.operatorFunctions(op, for: type).first(where: { $0.parameters.map(\.type) == [type] }) else { return nil }
        return .some(info.returnType)
    }

    /// Whether an operator function `op` the cell declares (top-level, static in a declared type or in an extension of
    /// a built-in type) may take a left operand of type `place`: its first parameter is `place` or a type whose
    /// values the checker cannot compare with it (a protocol, a generic type, a placeholder); always for a generic
    /// `op`. `c.n += 1` on a String beside `static func += (l: inout V, r: V)` takes none.
    func declaredOperatorMayTake(_ op: String, place: CType) -> Bool {
        guard declaredOperators.contains(op) else { return false }
        if compiler.protocolState.genericFunctions[op] != nil { return true }
        var infos = compiler.globalOperatorFunctions(op)
        for type in Array(compiler.declarations.userTypes.values) + Array(compiler.protocolState.builtinExtensions.values) {
            infos += type.staticMethods[op] ?? []
        }
        return infos.contains { info in
            guard let first = info.parameters.first?.type else { return true }
            if first == place || first.hasError || isTypeParameterPlaceholder(first) { return true }
            if case .user(let user) = first { return user.kind == .protocolType || isGeneric(user) || !isClosed(place) }
            return false
        }
    }
}
