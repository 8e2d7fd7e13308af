import Diagnostics

/// Conditions, `if`, `guard`, loops and `return`.
extension Compiler {
    /// Compiles a Boolean condition (`if`, `while`, `guard`).
    func compileCondition(_ expr: Expr) -> Typed {
        let typed = compileExpr(expr, expected: .bool)
        // A condition that is no Bool is the checker's mistake.
        if typed.type != .bool, !typed.type.hasError { cannotGenerate(at: expr.location) }
        return typed
    }

    /// Compiles the conditions of an `if`, `while` or `guard` into one closure.
    func compileConditions(_ conditions: [Condition]) -> (Frame) throws -> Bool {
        // Conditions are chained into one closure (no Array of closures: see `StatementBox`).
        var chain: ((Frame) throws -> Bool)?
        func append(_ next: @escaping (Frame) throws -> Bool) {
            if let previous = chain {
                chain = { frame in try previous(frame) && next(frame) }
            } else {
                chain = next
            }
        }
        for condition in conditions {
            switch condition {
            case .expression(let expr):
                append(compileCondition(expr).bool)
            case .optionalBinding(let isVar, let name, let value, let location, let keywordLocation):
                let source = value ?? synthesized(Expr(.name(name), at: location))  // `if let x`: not the user's node
                let typed = compileExpr(source, expected: nil)
                guard case .optional(let wrapped) = typed.type else {
                    // A value that is not optional is the checker's mistake.
                    if !typed.type.hasError { cannotGenerate(at: keywordLocation) }
                    _ = declareVariable(name, type: typed.type, isLet: !isVar, at: location)
                    continue
                }
                let variable = declareVariable(name, type: wrapped, isLet: !isVar, at: location)
                let read = typed.value
                let slot = variable.slot
                let isWord = wrapped.isWord
                let access = frameAccessor(level: variable.level)
                append { frame in
                    let result = try read(frame)
                    if case .none = result { return false }
                    if isWord { access(frame).words[slot] = WordCoding.word(result) } else { access(frame).values[slot] = result }
                    return true
                }
            case .pattern(let pattern, let value, _):
                // `case pattern = value`: the switch's pattern compiler tests the value and binds the pattern's names.
                let subject = compileExpr(value, expected: nil)
                let matcher = compileCasePattern(pattern, type: subject.type)
                let read = subject.value
                append { frame in try matcher(frame, try read(frame)) }
            }
        }
        if let chain { return chain }
        return { _ in true }
    }

    func compileIf(_ conditions: [Condition], _ body: [Stmt], _ elseBody: [Stmt]?) -> (Frame) throws -> Flow {
        let (condition, then) = withScope { () -> ((Frame) throws -> Bool, (Frame) throws -> Flow) in
            let condition = compileConditions(conditions)
            scope.isIfOrDoBody = true
            return (condition, compileBlock(body))
        }
        guard let elseBody else {
            return { frame in try condition(frame) ? try then(frame) : .normal }
        }
        let otherwise = withScope { () -> (Frame) throws -> Flow in
            scope.isIfOrDoBody = true
            return compileBlock(elseBody)
        }
        return { frame in try condition(frame) ? try then(frame) : try otherwise(frame) }
    }

    func compileGuard(_ conditions: [Condition], _ body: [Stmt], _ location: SourceLocation) -> (Frame) throws -> Flow {
        // Names bound by the guard's conditions stay visible after it, so they go in the current scope.
        let condition = compileConditions(conditions)
        let otherwise = compileBlock(body)
        return { frame in try condition(frame) ? .normal : try otherwise(frame) }
    }

    func newLoopLabel(_ name: String?) -> (name: String?, id: Int) {
        nextLabelID += 1
        return (name, nextLabelID)
    }

    func compileWhile(label: String?, _ conditions: [Condition], _ body: [Stmt],
                              _ location: SourceLocation) -> (Frame) throws -> Flow {
        let loop = newLoopLabel(label)
        let id = loop.id
        let runtime = self.runtime
        // See `compileFor`: bodies that create closures run in a fresh frame per iteration.
        let loopContext: FunctionContext? = FrameCapture.mayCapture(body) ? FunctionContext(loopBodyIn: scope.context) : nil
        let (condition, block) = withScope(loopContext) { () -> ((Frame) throws -> Bool, (Frame) throws -> Flow) in
            let condition = compileConditions(conditions)
            return (condition, compileBlock(body, loopLabel: loop))
        }
        if let loopContext {
            return { frame in
                while true {
                    let iteration = Frame(words: loopContext.wordCount, values: loopContext.valueCount, parent: frame)
                    guard try condition(iteration) else { break }
                    try runtime.tick(location)
                    switch try block(iteration) {
                    case .normal: continue
                    case .breakLoop(let target) where target == 0 || target == id: return .normal
                    case .continueLoop(let target) where target == 0 || target == id: continue
                    case let other: return other
                    }
                }
                return .normal
            }
        }
        return { frame in
            while try condition(frame) {
                try runtime.tick(location)
                switch try block(frame) {
                case .normal: continue
                case .breakLoop(let target) where target == 0 || target == id: return .normal
                case .continueLoop(let target) where target == 0 || target == id: continue
                case let other: return other
                }
            }
            return .normal
        }
    }

    func compileRepeat(label: String?, _ body: [Stmt], _ condition: Expr,
                               _ location: SourceLocation) -> (Frame) throws -> Flow {
        let loop = newLoopLabel(label)
        let id = loop.id
        let runtime = self.runtime
        let loopContext: FunctionContext? = FrameCapture.mayCapture(body) ? FunctionContext(loopBodyIn: scope.context) : nil
        let inner = withScope(loopContext) { compileBlock(body, loopLabel: loop) }
        let block: (Frame) throws -> Flow
        if let loopContext {
            block = { frame in
                try inner(Frame(words: loopContext.wordCount, values: loopContext.valueCount, parent: frame))
            }
        } else {
            block = inner
        }
        let typed = compileExpr(condition, expected: .bool)
        if typed.type != .bool, !typed.type.hasError { cannotGenerate(at: condition.location) }
        let test = typed.bool
        return { frame in
            repeat {
                try runtime.tick(location)
                switch try block(frame) {
                case .normal: break
                case .breakLoop(let target) where target == 0 || target == id: return .normal
                case .continueLoop(let target) where target == 0 || target == id: break
                case let other: return other
                }
            } while try test(frame)
            return .normal
        }
    }

    func compileReturn(_ value: Expr?, _ location: SourceLocation) -> ((Frame) throws -> Flow)? {
        let context = scope.context.function
        guard context.level > 0 else { return nil }  // top-level code: the checks' error (`TopLevelReturns`)
        // Inside per-iteration loop frames, the return slot is in the function's frame further up.
        let depth = scope.context.level - context.level
        guard let value else {
            if let selfVariable = context.initializerSelf {
                let selfSlot = selfVariable.slot, returnSlot = context.returnSlot
                return { frame in
                    let target = frame.ancestor(depth)
                    target.values[returnSlot] = target.values[selfSlot]
                    return .returned
                }
            }
            // A value missing for a result type is the checker's mistake.
            if context.infersReturnType && context.returnType == nil { context.returnType = .void }
            return { _ in .returned }
        }
        var typed = compileExpr(value, expected: context.returnType)
        if context.returnType == nil && context.infersReturnType {
            context.returnType = typed.type
            context.returnSlot = context.allocate(typed.type)
        }
        let returnType = context.returnType ?? .void
        if returnType == .void && typed.type != .void {
            // A value returned from a function returning nothing is the checker's mistake.
            if !typed.type.hasError { cannotGenerate(at: value.location) }
            return nil
        }
        if case .user(let opaque) = returnType, protocolState.opaqueTypes[opaque] != nil {
            // Two `return`s of different types are the checker's mistake (`TypeChecker.opaqueReturn`).
            noteOpaqueReturn(opaque, typed.type)
        }
        typed = converted(typed, to: returnType, at: value.location)
        let slot = context.returnSlot
        if returnType == .void {
            let code = typed.value
            return { _ = try code($0); return .returned }
        }
        if returnType.isWord {
            let word = typed.word
            if depth > 0 {
                return { frame in
                    let result = try word(frame)
                    frame.ancestor(depth).words[slot] = result
                    return .returned
                }
            }
            return wordStore(typed, level: scope.context.level, slot: slot, then: .returned)
        }
        let boxed = typed.value
        if depth > 0 {
            return { frame in
                let result = try boxed(frame)
                frame.ancestor(depth).values[slot] = result
                return .returned
            }
        }
        returnedValue = (value, boxed)
        return { $0.values[slot] = try boxed($0); return .returned }
    }
}
