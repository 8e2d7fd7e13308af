import Diagnostics

extension Compiler {
    /// Compiles `for pattern in sequence where condition { body }` over ranges and arrays; with a `casePattern`
    /// (`for case .value(let v) in xs`), elements the pattern does not match are skipped.
    func compileFor(label: String?, pattern: BindingPattern, casePattern: CasePattern? = nil, sequence: Expr,
                    whereClause: Expr?, body: [Stmt], location: SourceLocation) -> ((Frame) throws -> Flow)? {
        guard let (source, elementType) = loopSequence(sequence) else { return nil }
        let iteration = userSequenceIteration(source, sequence) ?? steppedIteration(source, sequence)
        let loop = newLoopLabel(label)
        let id = loop.id
        let runtime = self.runtime
        // A body that creates closures gets a fresh frame per iteration, so each closure captures its own
        // iteration's variables (as in Swift); other loops run in the enclosing frame.
        let isolated = FrameCapture.mayCapture(body) || (whereClause.map(FrameCapture.mayCapture) ?? false)
            || (casePattern.map(FrameCapture.mayCapture) ?? false)
        let loopContext: FunctionContext? = isolated ? FunctionContext(loopBodyIn: scope.context) : nil
        func iterationFrame(_ frame: Frame) -> Frame {
            guard let loopContext else { return frame }
            return Frame(words: loopContext.wordCount, values: loopContext.valueCount, parent: frame)
        }
        return withScope(loopContext) { () -> ((Frame) throws -> Flow)? in
            guard let (variable, destructure) = bindLoopPattern(pattern, elementType, sequence: sequence, at: location) else {
                return nil
            }
            markLoopElement(variable, plain: !isolated && casePattern == nil && destructure == nil, source.type)
            let (matcher, filter) = loopFilters(casePattern, whereClause, elementType)
            let blockBox = compileBlockBox(body, loopLabel: loop)
            let block = blockBox.run
            let step = loopStep(blockBox, filter: filter, id: id)
            let isRange = source.type == .range || source.type == .closedRange
            if isRange, filter == nil, matcher == nil, !isolated, let variable, variable.level == scope.context.level {
                if let simple = blockBox.simple {
                    return fastRangeLoop(source.value, slot: variable.slot, simple: simple, at: location)
                }
                return fastRangeLoop(source.value, slot: variable.slot, block: block, id: id, at: location)
            }
            switch source.type {
            case .range, .closedRange:
                let bounds = source.value
                let slot = variable?.slot
                let access = variable.map { frameAccessor(level: $0.level) }
                return { frame in
                    guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .normal }
                    if lower > upper || (!closed && lower == upper) { return .normal }
                    var i = lower
                    while true {
                        let target = iterationFrame(frame)
                        if let slot, let access { access(target).words[slot] = i }
                        try runtime.tick(location)
                        if try matcher?(target, .int(i)) ?? true, let flow = try step(target) { return flow }
                        if closed ? i == upper : i + 1 == upper { break }
                        i += 1
                    }
                    return .normal
                }
            default:
                if iteration == nil, !isolated, matcher == nil, destructure == nil {
                    return fastArrayLoop(source.value, variable: variable, isWord: elementType.isWord, step: step, at: location)
                }
                // Built without `Optional.map`, which would store the closures behind reabstraction thunks.
                var loopSource = LoopSource.array(source.value)
                if let iteration { loopSource = .iterator(start: iteration.start, next: iteration.next) }
                return generalLoop(loopSource, variable: variable, isWord: elementType.isWord, destructure: destructure,
                                   matcher: matcher, step: step, iterationFrame: iterationFrame, at: location)
            }
        }
    }

    /// The loop body, run once per element: returns nil to keep looping, or the flow to leave with. A body of simple
    /// statements (see `StatementBox`) has no flow to test.
    private func loopStep(_ blockBox: StatementBox, filter: ((Frame) throws -> Bool)?, id: Int) -> (Frame) throws -> Flow? {
        if let simple = blockBox.simple {
            guard let filter else {
                return { frame in
                    try simple(frame)
                    return nil
                }
            }
            return { frame in
                if try filter(frame) { try simple(frame) }
                return nil
            }
        }
        let block = blockBox.run
        return { frame in
            if let filter, try !filter(frame) { return nil }
            switch try block(frame) {
            case .normal: return nil
            case .breakLoop(let target) where target == 0 || target == id: return .normal
            case .continueLoop(let target) where target == 0 || target == id: return nil
            case let other: return other
            }
        }
    }

    /// A `for case` loop's pattern (elements it does not match are skipped) and its `where` clause, compiled.
    private func loopFilters(_ casePattern: CasePattern?, _ whereClause: Expr?, _ elementType: CType)
        -> (matcher: ((Frame, Value) throws -> Bool)?, filter: ((Frame) throws -> Bool)?) {
        (casePattern.map { compileCasePattern($0, type: elementType) }, whereClause.map { compileExpr($0, expected: .bool).bool })
    }

    /// Where the general loop's elements come from: an array, or a declared sequence's iterator (`next()` until nil,
    /// see `Compiler+UserSequences`).
    enum LoopSource {
        case array((Frame) throws -> Value)
        case iterator(start: (Frame) throws -> Void, next: (Frame) throws -> Value)
    }

    /// The general loop: each element stored in the loop variable (or destructured) in the iteration's frame, skipped
    /// when the case pattern does not match, then the body run by `step`.
    private func generalLoop(_ source: LoopSource, variable: VariableInfo?, isWord: Bool,
                             destructure: ((Frame, Value) throws -> Void)?, matcher: ((Frame, Value) throws -> Bool)?,
                             step: @escaping (Frame) throws -> Flow?, iterationFrame: @escaping (Frame) -> Frame,
                             at location: SourceLocation) -> (Frame) throws -> Flow {
        let slot = variable?.slot
        let access = variable.map { frameAccessor(level: $0.level) }
        let runtime = self.runtime
        return { frame in
            // One element's iteration: nil to go on, or the flow to leave the loop with.
            @inline(__always) func visit(_ element: Value) throws -> Flow? {
                let target = iterationFrame(frame)
                if let destructure { try destructure(target, element) }
                if let slot, let access {
                    if isWord { access(target).words[slot] = WordCoding.word(element) } else { access(target).values[slot] = element }
                }
                try runtime.tick(location)
                if let matcher, try !matcher(target, element) { return nil }
                return try step(target)
            }
            switch source {
            case .array(let elements):
                for element in try elements(frame).arrayValue {
                    if let flow = try visit(element) { return flow }
                }
            case .iterator(let start, let next):
                try start(frame)
                while true {
                    let element = try next(frame)
                    if case .none = element { break }
                    if let flow = try visit(element) { return flow }
                }
            }
            return .normal
        }
    }

    /// The sequence of a `for` loop as a range or an array (dictionaries as their entries, strings and sets as
    /// arrays) or a declared sequence, with its element type; nil when it is no sequence (reported).
    private func loopSequence(_ sequence: Expr) -> (Typed, CType)? {
        var source = Compiler.sliceAsArray(compileExpr(sequence, expected: nil))
        if case .dictionary(let key, let value) = source.type {
            let entries = source.value
            source = Typed(type: .array(Compiler.entryType(key, value)), code: .value { frame in
                .array(Compiler.entries(try entries(frame).dictionaryValue))
            })
        }
        if source.type == .string || source.type == .substring {
            source = Compiler.charactersOf(Compiler.stringIfSubstring(source), at: sequence.location)
        }
        if case .stringView = source.type { source = StringViewMembers.elements(source) }
        if case .set(let element) = source.type {
            source = Compiler.setAsArray(source, element)
        }
        if let placeholder = placeholderSequence(source) { source = placeholder }
        if source.type == .partialRange(.from) { source = Compiler.partialRangeAsStepped(source, sequence.location) }  // `for i in 1...`
        switch source.type {
        case .range, .closedRange: return (source, .int)
        case .array(let element): return (source, element)
        case .error: return (source, .error)
        case .stepped(let stepped) where stepped.isSequence: return (source, stepped.element)
        default:
            if let declared = Compiler.userSequence(source.type) { return (source, declared.element) }
            cannotGenerate(at: sequence.location)  // no sequence: the checker reports it (`TypeChecker.reportsLoopMistake`)
            return nil
        }
    }

    /// Binds a `for` loop's pattern to its elements: a name (its variable), `_` (nothing), or a tuple pattern (its
    /// destructuring); nil when the pattern does not fit the elements (reported, the names bound to errors).
    private func bindLoopPattern(_ pattern: BindingPattern, _ elementType: CType, sequence: Expr, at location: SourceLocation)
        -> (VariableInfo?, ((Frame, Value) throws -> Void)?)? {
        switch pattern {
        case .name(let name, let nameLocation):
            return (declareVariable(name, type: elementType, isLet: true, at: nameLocation), nil)
        case .wildcard:
            return (nil, nil)
        case .tuple(let patterns):
            guard case .tuple(let elements) = elementType, elements.count == patterns.count else {
                // A pattern that does not fit the elements: the checker reports it (`TypeChecker.reportsLoopMistake`).
                if !elementType.hasError { cannotGenerate(at: sequence.location) }
                _ = bindPattern(pattern, type: .error, isLet: true, at: location)
                return nil
            }
            guard let binder = bindPattern(pattern, type: elementType, isLet: true, at: location) else { return nil }
            return (nil, binder)
        }
    }

    /// `fastRangeLoop` for a body of simple statements (see `StatementBox`): no flow to test after each run.
    private func fastRangeLoop(_ bounds: @escaping (Frame) throws -> Value, slot: Int, simple: @escaping (Frame) throws -> Void,
                               at location: SourceLocation) -> (Frame) throws -> Flow {
        let runtime = self.runtime
        return { frame in
            try Compiler.countRange(try bounds(frame), slot: slot, in: frame, runtime: runtime, at: location) { frame in
                try simple(frame)
                return nil
            }
        }
    }

    /// The fast path of `for i in a..<b` (or `a...b`) without `where`, case pattern or closures in the body: the
    /// loop variable lives unboxed in this frame.
    private func fastRangeLoop(_ bounds: @escaping (Frame) throws -> Value, slot: Int, block: @escaping (Frame) throws -> Flow,
                               id: Int, at location: SourceLocation) -> (Frame) throws -> Flow {
        let runtime = self.runtime
        return { frame in
            try Compiler.countRange(try bounds(frame), slot: slot, in: frame, runtime: runtime, at: location) { frame in
                switch try block(frame) {
                case .normal: return nil
                case .breakLoop(let target) where target == 0 || target == id: return .normal
                case .continueLoop(let target) where target == 0 || target == id: return nil
                case let other: return other
                }
            }
        }
    }

    /// Runs `step` once per integer of `range` (a `Value.range`) stored in word `slot` of `frame`; `step` returns nil to
    /// go on, or the flow to leave with. Inlined into each loop with its `step` (no closure call per iteration).
    @inline(__always)
    private static func countRange(_ range: Value, slot: Int, in frame: Frame, runtime: Runtime, at location: SourceLocation,
                                   _ step: (Frame) throws -> Flow?) throws -> Flow {
        guard case .range(let lower, let upper, let closed) = range else { return .normal }
        if lower > upper || (!closed && lower == upper) { return .normal }
        let end = closed ? upper : upper - 1
        var i = lower
        while true {
            frame.words[slot] = i
            try runtime.tick(location)
            if let flow = try step(frame) { return flow }
            if i == end { break }
            i += 1
        }
        return .normal
    }
}
