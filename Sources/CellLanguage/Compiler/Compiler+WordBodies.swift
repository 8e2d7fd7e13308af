extension Compiler {
    /// Compiles the body of a function returning Int, Double or Bool into one closure that returns the result word,
    /// when the body has the shape of most numeric helpers: simple statements and `if condition { return value }`,
    /// then a final `return value`. Nil for any other body (it is then compiled as statements).
    ///
    /// `fib` then costs one closure for its body instead of a statement sequence, an `if` statement and two
    /// `return` statements writing a result slot; fewer nested native calls per interpreted call also mean fewer
    /// mispredicted returns in deep recursion.
    func compileWordBody(_ statements: [Stmt], returnType: CType) -> ((Frame) throws -> Int)? {
        guard returnType.isWord, case .returnStatement(let last?, _)? = statements.last,
              statements.dropLast().allSatisfy(Compiler.fitsWordBody) else { return nil }
        enum Step {
            case run((Frame) throws -> Void)
            case returnIf((Frame) throws -> Bool, WordResult)
            /// `if n < 2 { return … }`: the comparison of a local with a constant is made by the body's closure.
            case returnIfCompared(IntComparison, slot: Int, constant: Int, WordResult)
        }
        var steps: [Step] = []
        for statement in statements.dropLast() {
            switch statement {
            case .ifStatement(let conditions, let body, nil, _):
                guard case .returnStatement(let value?, _) = body[0] else { return nil }
                let step = withScope { () -> Step in
                    guard conditions.count == 1, case .expression(let expr) = conditions[0] else {
                        return .returnIf(compileConditions(conditions), wordResult(value, returnType))
                    }
                    let condition = compileCondition(expr)
                    let result = wordResult(value, returnType)
                    if condition.type == .bool, case .comparison(let kind, let slot, let constant)? = condition.recipe {
                        return .returnIfCompared(kind, slot: slot, constant: constant, result)
                    }
                    return .returnIf(condition.bool, result)
                }
                steps.append(step)
            case .expression:
                guard let box = compileStatementBox(statement) else { continue }
                if let simple = box.simple {
                    steps.append(.run(simple))
                } else {
                    let run = box.run
                    steps.append(.run { _ = try run($0) })
                }
            default:
                guard let code = compileStatement(statement) else { continue }
                steps.append(.run { _ = try code($0) })
            }
        }
        var body = wordResult(last, returnType).code
        for step in steps.reversed() {
            let rest = body
            switch step {
            case .run(let run):
                body = { frame in
                    try run(frame)
                    return try rest(frame)
                }
            case .returnIf(let condition, .local(let slot)):
                body = { frame in try condition(frame) ? frame.words[slot] : try rest(frame) }
            case .returnIf(let condition, .constant(let word)):
                body = { frame in try condition(frame) ? word : try rest(frame) }
            case .returnIf(let condition, .computed(let value)):
                body = { frame in try condition(frame) ? try value(frame) : try rest(frame) }
            case .returnIfCompared(let kind, let slot, let constant, let result):
                body = ComparedReturn.code(kind, slot: slot, constant: constant, result: result, rest: rest)
            }
        }
        return body
    }

    /// Whether a statement before the final `return` fits a word body: an expression, a variable declaration,
    /// or `if conditions { return value }` without `if let` and without `else`.
    private static func fitsWordBody(_ statement: Stmt) -> Bool {
        switch statement {
        case .expression, .variable:
            return true
        case .ifStatement(let conditions, let body, nil, _):
            guard body.count == 1, case .returnStatement(_?, _) = body[0] else { return false }
            return conditions.allSatisfy {
                if case .expression = $0 { return true }
                return false
            }
        default:
            return false
        }
    }

    /// The word of `return value` in a word body, checked and converted as `return` does.
    private func wordResult(_ value: Expr, _ returnType: CType) -> WordResult {
        let typed = converted(compileExpr(value, expected: returnType), to: returnType, at: value.conversionLocation)
        switch typed.operand {
        case .local(let slot)?: return .local(slot)
        case .constant(let word)?: return .constant(word)
        case nil: return .computed(typed.word)
        }
    }
}

/// A returned word: read from a local slot, a constant, or computed.
private enum WordResult {
    case local(Int)
    case constant(Int)
    case computed((Frame) throws -> Int)

    var code: (Frame) throws -> Int {
        switch self {
        case .local(let slot): return { $0.words[slot] }
        case .constant(let word): return { _ in word }
        case .computed(let code): return code
        }
    }
}

/// `if local op constant { return result }; rest` as one closure, specialised for each comparison and result kind.
private enum ComparedReturn {
    static func code(_ kind: IntComparison, slot: Int, constant: Int, result: WordResult,
                     rest: @escaping (Frame) throws -> Int) -> (Frame) throws -> Int {
        switch kind {
        case .equal: return code(Equal.self, slot, constant, result, rest)
        case .notEqual: return code(NotEqual.self, slot, constant, result, rest)
        case .less: return code(Less.self, slot, constant, result, rest)
        case .lessOrEqual: return code(LessOrEqual.self, slot, constant, result, rest)
        case .greater: return code(Greater.self, slot, constant, result, rest)
        case .greaterOrEqual: return code(GreaterOrEqual.self, slot, constant, result, rest)
        }
    }

    private static func code<Op: Comparison>(_ op: Op.Type, _ slot: Int, _ constant: Int, _ result: WordResult,
                                             _ rest: @escaping (Frame) throws -> Int) -> (Frame) throws -> Int {
        switch result {
        case .local(let word): return make(op, slot, constant, LocalInt(slot: word), rest)
        case .constant(let word): return make(op, slot, constant, ConstantInt(value: word), rest)
        case .computed(let value): return make(op, slot, constant, ComputedInt(code: value), rest)
        }
    }

    private static func make<Op: Comparison, R: IntSource>(_: Op.Type, _ slot: Int, _ constant: Int, _ result: R,
                                                            _ rest: @escaping (Frame) throws -> Int) -> (Frame) throws -> Int {
        { frame in Op.apply(frame.words[slot], constant) ? try result.get(frame) : try rest(frame) }
    }
}
