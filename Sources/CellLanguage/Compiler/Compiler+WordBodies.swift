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
        }
        var steps: [Step] = []
        for statement in statements.dropLast() {
            switch statement {
            case .ifStatement(let conditions, let body, nil, _):
                guard case .returnStatement(let value?, _) = body[0] else { return nil }
                let step = withScope { () -> Step in
                    .returnIf(compileConditions(conditions), wordResult(value, returnType))
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
