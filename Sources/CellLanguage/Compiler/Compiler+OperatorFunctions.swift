import Diagnostics

/// Operator functions with an `inout` operand (`static func += (left: inout V, right: V)`,
/// `static prefix func +++ (v: inout V) -> V`), postfix operator functions, and operator functions declared in
/// extensions of built-in types (`extension Int { static prefix func +++ (x: Int) -> Int }`).
extension Compiler {
    /// Whether a function name is an operator's (`+=`, `+++`, `postfix---`), whose parameters may be `inout`.
    static func isOperatorName(_ name: String) -> Bool {
        let operatorName = name.hasPrefix(Expr.postfixOperatorPrefix) ? String(name.dropFirst(Expr.postfixOperatorPrefix.count)) : name
        guard let first = operatorName.unicodeScalars.first else { return false }
        return "/=-+!*%<>&|^~?.".unicodeScalars.contains(first)
    }

    /// Whether any declared type or extension has an operator function called `op` (so operators on built-in types,
    /// the common case, cost no extra typing pass).
    private func declaresOperatorFunction(_ op: String) -> Bool {
        declarations.userTypes.values.contains { $0.staticMethods[op] != nil }
            || protocolState.builtinExtensions.values.contains { $0.staticMethods[op] != nil }
    }

    /// The operator functions called `op` that a value of `type` finds: its own type's, or those of an extension of
    /// a built-in type (the type checker picks among the same, `TypeChecker+OperatorFunctions`).
    func operatorFunctions(_ op: String, for type: CType) -> [FunctionInfo] {
        if case .user(let userType) = type { return userType.staticMethods[op] ?? [] }
        return protocolState.builtinExtensions[type.description]?.staticMethods[op] ?? []
    }

    /// `2 * v` where a declared operator function takes a Double and the other operand's type (`static func * (k:
    /// Double, v: Vector)`): the integer literal operand compiled again as a Double, as Swift types it; nil otherwise.
    func literalOperandsAsDouble(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: Typed, _ b: Typed) -> (Typed, Typed)? {
        let promoted: [CType]
        if a.type == .int, Compiler.isNumericLiteral(lhs), case .user = b.type {
            promoted = [.double, b.type]
        } else if b.type == .int, Compiler.isNumericLiteral(rhs), case .user = a.type {
            promoted = [a.type, .double]
        } else {
            return nil
        }
        let owner = promoted[0] == .double ? b.type : a.type
        guard operatorFunctions(op, for: owner).contains(where: { $0.parameters.map(\.type) == promoted }) else { return nil }
        if promoted[0] == .double { return (compileExpr(lhs, expected: .double), b) }
        return (a, compileExpr(rhs, expected: .double))
    }

    /// `op operand` (or `operand op` for a postfix operator, named `postfix…`) calling a declared operator function;
    /// nil when none takes the operand's type.
    func compileOperatorFunctionPrefix(_ op: String, _ operand: Expr, at location: SourceLocation) -> Typed? {
        guard declaresOperatorFunction(op) else { return nil }
        // Type-only: the operand's type picks the operator function before the operand compiles as its argument.
        let type = compileExprTypeOnly(operand)
        guard !type.hasError,
              let info = operatorFunctions(op, for: type).first(where: { $0.parameters.map(\.type) == [type] }) else { return nil }
        if info.parameters[0].isInout {
            if case .name(let name) = operand.kind, case .variable(let variable)? = nameBinding(name, node: operand), variable.isLet {
                error(.mutatingOperatorOnConstant(name, unary: true), at: location)
                return .invalid
            }
            if !Compiler.containsOptionalChain(operand), hasCallingIndex(operand) {
                // `+++vs[f()]`: the index is evaluated once, for the read and the write back.
                return withScope { () -> Typed in
                    var stores: [(Frame) throws -> Void] = []
                    guard let rewritten = hoistingIndices(operand, into: &stores) else { return .invalid }
                    noteSynthesized(rewritten, from: operand)
                    guard let place = compileInoutPlace(rewritten, at: operand.location) else { return .invalid }
                    return callWithInout(info, place, others: [], at: location).prefixed(by: stores)
                }
            }
            guard let place = compileInoutPlace(operand, at: operand.location) else { return .invalid }
            return callWithInout(info, place, others: [], at: location)
        }
        let x = compileExpr(operand, expected: type).value
        let runtime = self.runtime, globals = self.globals
        return Typed.fromValue(info.returnType) { frame in
            let callee = try Compiler.invoke(info, parent: globals, arguments: [try x(frame)], runtime: runtime, location: location)
            return Compiler.result(of: info, in: callee)
        }
    }

    /// `a op b` calling an operator function declared in an extension of a built-in type (`extension Int { static func
    /// <~ (l: Int, r: Int) -> Int }`); nil when there is none for these operand types.
    func compileExtensionOperator(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed? {
        guard let extended = protocolState.builtinExtensions[a.type.description],
              let info = extended.staticMethods[op]?.first(where: { $0.parameters.map(\.type) == [a.type, b.type] }) else { return nil }
        let x = a.value, y = b.value
        let runtime = self.runtime, globals = self.globals
        return Typed.fromValue(info.returnType) { frame in
            let arguments = [try x(frame), try y(frame)]
            let callee = try Compiler.invoke(info, parent: globals, arguments: arguments, runtime: runtime, location: location)
            return Compiler.result(of: info, in: callee)
        }
    }

    /// `target op= value` calling a declared `static func op= (lhs: inout T, rhs: U)`; nil when the target's type
    /// declares none.
    func compileOperatorFunctionAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed? {
        guard declaresOperatorFunction(op) else { return nil }
        // Type-only: the target's type picks the operator function before the target compiles as an inout place.
        let type = compileExprTypeOnly(target)
        let candidates = operatorFunctions(op, for: type).filter {
            $0.parameters.count == 2 && $0.parameters[0].isInout && $0.parameters[0].type == type
        }
        guard !type.hasError, let first = candidates.first else { return nil }
        let operand = compileExpr(value, expected: first.parameters[1].type)
        if operand.type.hasError { return .invalid }
        guard let info = candidates.first(where: { $0.parameters[1].type == operand.type }) else {
            operandMismatch(op, type, operand.type, at: location)
            return .invalid
        }
        guard let place = compilePlace(target, mutating: true) else { return .invalid }
        return callWithInout(info, place, others: [operand.value], at: location)
    }

    /// Calls `info` with `place` as its first (`inout`) argument: the value is copied in, the function runs, and
    /// the parameter's final value is stored back, as Swift does.
    private func callWithInout(_ info: FunctionInfo, _ place: Place, others: [(Frame) throws -> Value],
                               at location: SourceLocation) -> Typed {
        let modify = place.modify, read = place.read, write = place.write
        let slot = info.parameterSlots[0], type = info.parameters[0].type
        let runtime = self.runtime, globals = self.globals
        return Typed.fromValue(info.returnType) { frame in
            var arguments: [Value] = [.void]
            for other in others { arguments.append(try other(frame)) }
            if let read { arguments[0] = try read(frame) } else { try modify(frame) { arguments[0] = $0 } }
            let callee = try Compiler.invoke(info, parent: globals, arguments: arguments, runtime: runtime, location: location)
            let final = type.isWord ? WordCoding.value(callee.word(slot), type) : callee.value(slot)
            if let write { try write(frame, final) } else { try modify(frame) { $0 = final } }
            return Compiler.result(of: info, in: callee)
        }
    }
}
