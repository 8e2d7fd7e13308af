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

    /// Whether any declared type or extension has an operator function called `op`, or the cell declares one at the
    /// top level (so operators on built-in types, the common case, cost no extra typing pass).
    private func declaresOperatorFunction(_ op: String) -> Bool {
        declarations.userTypes.values.contains { $0.staticMethods[op] != nil }
            || protocolState.builtinExtensions.values.contains { $0.staticMethods[op] != nil }
            || !globalOperatorFunctions(op).isEmpty
    }

    /// The operator functions the cells declare at the top level under `op` (`func + (a: V, b: V) -> V`,
    /// `func * (k: Double, v: [Double]) -> [Double]`), which Swift finds beside the operands' static operators.
    func globalOperatorFunctions(_ op: String) -> [FunctionInfo] {
        guard Compiler.isOperatorName(op), case .functions(let infos)? = globalScope.names[op] else { return [] }
        return infos
    }

    /// The top-level operator functions under `op` that are no declared type's operator (`registerOperatorWitness`
    /// made the others static operators of the types they take): those of built-in types and protocols alone.
    private func unownedOperatorFunctions(_ op: String) -> [FunctionInfo] {
        globalOperatorFunctions(op).filter { !$0.parameters.contains { Compiler.ownsOperatorWitness($0.type) } }
    }

    /// Whether a top-level operator function taking a value of `type` is also that type's operator: a declared
    /// type other than a protocol.
    static func ownsOperatorWitness(_ type: CType) -> Bool {
        if case .user(let user) = type { return user.kind != .protocolType }
        return false
    }

    /// The operator functions called `op` that a value of `type` finds: its own type's, or those of an extension of
    /// a built-in type, then the top-level ones (the type checker picks among the same,
    /// `TypeChecker+OperatorFunctions`).
    func operatorFunctions(_ op: String, for type: CType) -> [FunctionInfo] {
        let own: [FunctionInfo]
        if case .user(let userType) = type {
            own = userType.staticMethods[op] ?? []
        } else {
            own = protocolState.builtinExtensions[type.description]?.staticMethods[op] ?? []
        }
        return own + unownedOperatorFunctions(op)
    }

    /// The operator functions `a op b` chooses among before the built-in operators, in order: the static operators of
    /// the operands' declared types (top-level ones taking them included), then the other top-level ones; `>`, `<=` and `>=` fall back to `<` (`derived`), which
    /// `Comparable` derives them from. The generator and the type checker pick the first taking `[a, b]` exactly.
    func userOperatorCandidates(_ op: String, _ a: CType, _ b: CType) -> (candidates: [FunctionInfo], derived: Bool) {
        func candidates(_ name: String, _ owners: [CType]) -> [FunctionInfo] {
            var found: [FunctionInfo] = []
            for case .user(let type) in owners { found += type.staticMethods[name] ?? [] }
            return found + unownedOperatorFunctions(name)
        }
        let direct = candidates(op, [a, b])
        if direct.isEmpty, [">", "<=", ">="].contains(op), case .user(let type) = a {
            return (type.staticMethods["<"] ?? [], true)
        }
        return (direct, false)
    }

    /// The operator function `a op b` reaches when its integer literal operand is typed as a Double, as Swift types
    /// it (`2 * v` for `static func * (k: Double, v: Vector)` or a top-level `func * (k: Double, v: [Double])`): the
    /// operand types it takes and whether it is `<` standing for `>`, `<=` or `>=`; nil otherwise. The generator and
    /// the type checker decide alike.
    func literalPromotion(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: CType, _ b: CType) -> (promoted: [CType], derived: Bool, info: FunctionInfo)? {
        let isScalar: (CType) -> Bool = { $0 == .int || $0 == .double || $0.isAnyInteger || $0.hasError }
        let promoted: [CType]
        if a == .int, lhs.isNumericLiteral, !isScalar(b) {
            promoted = [.double, b]
        } else if b == .int, rhs.isNumericLiteral, !isScalar(a) {
            promoted = [a, .double]
        } else {
            return nil
        }
        let (candidates, derived) = userOperatorCandidates(op, promoted[0], promoted[1])
        if let info = candidates.first(where: { $0.parameters.map(\.type) == promoted }) { return (promoted, derived, info) }
        guard let info = extensionOperatorCandidates(op, promoted[0], promoted[1])
            .first(where: { $0.parameters.map(\.type) == promoted }) else { return nil }
        return (promoted, false, info)
    }

    /// `2 * v` where a declared operator function takes a Double and the other operand's type
    /// (`literalPromotion`): the integer literal operand compiled again as a Double; nil otherwise.
    func literalOperandsAsDouble(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: Typed, _ b: Typed) -> (Typed, Typed)? {
        guard let (promoted, _, _) = literalPromotion(op, lhs, rhs, a.type, b.type) else { return nil }
        if promoted[0] == .double { return (compileExpr(lhs, expected: .double), b) }
        return (a, compileExpr(rhs, expected: .double))
    }

    /// `op operand` (or `operand op` for a postfix operator, named `postfix…`) calling a declared operator function;
    /// nil when none takes the operand's type.
    func compileOperatorFunctionPrefix(_ op: String, _ operand: Expr, at location: SourceLocation) -> Typed? {
        guard declaresOperatorFunction(op) else { return nil }
        // The checker's type (`checkerType`): the operand's type picks the operator function before the operand compiles as its argument.
        let type = checkerType(operand)
        guard !type.hasError,
              let info = operatorFunctions(op, for: type).first(where: { $0.parameters.map(\.type) == [type] }) else { return nil }
        if info.parameters[0].isInout {
            // A constant operand is the checker's mistake (`TypeChecker.reportConstantOperand`).
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
        guard let info = extensionOperatorCandidates(op, a.type, b.type)
            .first(where: { $0.parameters.map(\.type) == [a.type, b.type] }) else { return nil }
        let x = a.value, y = b.value
        let runtime = self.runtime, globals = self.globals
        return Typed.fromValue(info.returnType) { frame in
            let arguments = [try x(frame), try y(frame)]
            let callee = try Compiler.invoke(info, parent: globals, arguments: arguments, runtime: runtime, location: location)
            return Compiler.result(of: info, in: callee)
        }
    }

    /// The operator functions called `op` that extensions of the operands' built-in types declare, the left
    /// operand's first (`extension Array where Element == Double { static func * (k: Double, v: [Double]) … }` is
    /// found for `2.0 * v`, as Swift looks operators up in both operands' types).
    func extensionOperatorCandidates(_ op: String, _ a: CType, _ b: CType) -> [FunctionInfo] {
        let owners = a.description == b.description ? [a] : [a, b]
        return owners.flatMap { protocolState.builtinExtensions[$0.description]?.staticMethods[op] ?? [] }
    }

    /// Whether `expr` is an array literal of number literals (`[1, 2]`, `[0.5, -1]`), whose element type Swift infers
    /// from the other operand of an operator.
    static func isNumberArrayLiteral(_ expr: Expr) -> Bool {
        guard case .array(let elements) = expr.kind, !elements.isEmpty else { return false }
        return elements.allSatisfy(\.isNumericLiteral)
    }

    /// Whether `expr` is an array literal of string literals without interpolations (`["."]`).
    static func isTextArrayLiteral(_ expr: Expr) -> Bool {
        guard case .array(let elements) = expr.kind, !elements.isEmpty else { return false }
        return elements.allSatisfy { element in
            guard case .stringLiteral(let parts) = element.kind else { return false }
            return parts.allSatisfy { if case .text = $0 { return true } else { return false } }
        }
    }

    /// Whether `expr` is an array literal whose type an operator's other operand decides (`arrayLiteralOperandContext`).
    static func isLiteralArrayOperand(_ expr: Expr) -> Bool { isNumberArrayLiteral(expr) || isTextArrayLiteral(expr) }

    /// The type an array literal of string literals takes beside an operand of `otherType`: an array of Characters
    /// when every literal is one character; nil otherwise (an array of Strings). Beside `[Substring]` swiftc picks
    /// other overloads (`["<"] + s.split(separator: "n")` is an `[Any]` of slices), which nbrun does not follow.
    private static func textArrayLiteralContext(_ literal: Expr, beside otherType: CType?) -> CType? {
        guard case .array(.character)? = otherType, case .array(let elements) = literal.kind else { return nil }
        let single = elements.allSatisfy { element in
            guard case .stringLiteral(let parts) = element.kind else { return false }
            return parts.reduce(into: "") { text, part in if case .text(let piece) = part { text += piece } }.count == 1
        }
        return single ? otherType : nil
    }

    /// The type an array literal of number literals or of plain string literals takes as an operand of `op` (the
    /// generator and the type checker decide alike): string literals beside an array of Characters, that array's type (`["."] + Array(name)`); number literals beside an array of numbers, that array's type (`[1, 2] + xs` with `xs: [Double]`); beside
    /// another such literal, `[Double]` when either has a floating-point literal, or when an operator function the
    /// cell declares takes two `[Double]` (`[1, 2] + [3, 4]` then adds element-wise, as swiftc prefers that function
    /// to the standard library's generic `+`); nil otherwise (the literal's own type).
    func arrayLiteralOperandContext(_ op: String, _ literal: Expr, beside other: Expr, ofType otherType: CType?) -> CType? {
        if Compiler.isTextArrayLiteral(literal) { return Compiler.textArrayLiteralContext(literal, beside: otherType) }
        guard Compiler.isNumberArrayLiteral(literal) else { return nil }
        if Compiler.isNumberArrayLiteral(other) {
            let doubles = CType.array(.double)
            let hasFloat: (Expr) -> Bool = {
                if case .array(let elements) = $0.kind { return elements.contains(where: \.containsFloatLiteral) }
                return false
            }
            if hasFloat(literal) || hasFloat(other) { return doubles }  // `[1, 2] == [1.0, 2.0]`
            let declared = globalOperatorFunctions(op) + protocolState.builtinExtensions.values.flatMap { $0.staticMethods[op] ?? [] }
            return declared.contains { $0.parameters.map(\.type) == [doubles, doubles] } ? doubles : nil
        }
        guard case .array(let element)? = otherType else { return nil }
        if element == .double { return otherType }
        if element == .int || element.isAnyInteger { return literal.containsFloatLiteral ? nil : otherType }
        return nil
    }

    /// `target op= value` calling a declared `static func op= (lhs: inout T, rhs: U)`; nil when the target's type
    /// declares none.
    func compileOperatorFunctionAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed? {
        guard declaresOperatorFunction(op) else { return nil }
        // The checker's type (`checkerType`): the target's type picks the operator function before the target compiles as an inout place.
        let type = checkerType(target)
        let candidates = operatorFunctions(op, for: type).filter {
            $0.parameters.count == 2 && $0.parameters[0].isInout && $0.parameters[0].type == type
        }
        guard !type.hasError, let first = candidates.first else { return nil }
        let operand = compileExpr(value, expected: first.parameters[1].type)
        if operand.type.hasError { return .invalid }
        guard let info = candidates.first(where: { $0.parameters[1].type == operand.type }) else {
            cannotGenerate(at: location)
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
