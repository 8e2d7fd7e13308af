import Diagnostics

extension Compiler {
    /// Compiles a `switch` over values, ranges, tuples and enum cases, with bindings and `where` clauses.
    func compileSwitch(label: String?, _ subjectExpr: Expr, _ cases: [SwitchCase],
                       at location: SourceLocation) -> ((Frame) throws -> Flow)? {
        let subject = compileExpr(subjectExpr, expected: nil)
        let subjectCode = subject.value
        let loop = newLoopLabel(label)
        let id = loop.id
        switchLabelIDs.insert(id)
        // Each case becomes a `CaseBox` holding one closure that tests its patterns (and `where`) and runs its body;
        // the switch runs them in order. (Closures kept in arrays or tuples would be called through thunks: each case
        // is compiled into a `CaseBox.Compiled`, a class.)
        var compiled: [CaseBox.Compiled] = []
        for switchCase in cases {
            compiled.append(withScope { compileSwitchCase(switchCase, loop, subjectType: subject.type) })
        }
        let run = CaseBox.chain(withFallthrough(compiled, cases))
        return { frame in
            let value = try subjectCode(frame)
            switch try run(frame, value) {
            case .normal?, nil: return .normal
            case .breakLoop(let target)? where target == 0 || target == id: return .normal
            case let other?: return other
            }
        }
    }

    /// Compiles one case pattern for a subject of `type`: code that tests a value and binds the pattern's names.
    func compileCasePattern(_ pattern: CasePattern, type: CType) -> (Frame, Value) throws -> Bool {
        switch pattern {
        case .wildcard:
            return { _, _ in true }
        case .binding(let name, let location, let isVar):
            return compileBindingPattern(name, location, isVar: isVar, type: type)
        case .expression(let expr):
            return compileExpressionPattern(pattern, expr, type: type)
        case .tuple(let patterns, let location):
            guard case .tuple(let elements) = type, elements.count == patterns.count else {
                // The checker reports a tuple pattern that does not fit the value (`TypeChecker.casePattern`).
                if !type.hasError { cannotGenerate(at: location) }
                declareBindings(of: patterns)
                return { _, _ in false }
            }
            let matchers = zip(patterns, elements).map { compileCasePattern($0, type: $1.type) }
            return { frame, value in
                let parts = value.tupleValue
                for (index, matcher) in matchers.enumerated() {
                    guard index < parts.count, try matcher(frame, parts[index]) else { return false }
                }
                return true
            }
        case .enumCase(let name, let payload, let location):
            return compileEnumCasePattern(name, payload, type: type, at: location)
        case .cast(let inner, let typeExpr, let location):
            return compileCastPattern(inner, typeExpr, type: type, at: location)
        }
    }

    /// Declares the names a pattern that failed to compile would bind, with an error type, so their uses in the
    /// body do not cascade into `cannot find 'x' in scope`.
    func declareBindings(of patterns: [CasePattern]) {
        for pattern in patterns {
            switch pattern {
            case .binding(let name, let location, _):
                if scope.names[name] == nil { _ = declareVariable(name, type: .error, isLet: true, at: location) }
            case .tuple(let inner, _):
                declareBindings(of: inner)
            case .enumCase(_, let payload, _):
                declareBindings(of: payload ?? [])
            case .cast(let inner, _, _):
                declareBindings(of: inner.map { [$0] } ?? [])
            case .wildcard, .expression:
                break
            }
        }
    }

    /// `case "a"..."z"` (and `..<`) on a Character or String subject: compares with the bounds as Swift's
    /// `ClosedRange<Character>` does. Nil when the pattern is not such a range (the general path checks it).
    private func compileTextRangePattern(_ expr: Expr, type: CType) -> ((Frame, Value) throws -> Bool)? {
        guard type == .character || type == .string, case .binary(let op, let lowerExpr, let upperExpr, _) = expr.kind,
              op == "..." || op == "..<" else { return nil }
        let saved = diagnostics
        let lower = compileExpr(lowerExpr, expected: type), upper = compileExpr(upperExpr, expected: type)
        guard lower.type == type, upper.type == type else {
            diagnostics = saved
            return nil
        }
        let low = lower.value, high = upper.value
        let closed = op == "..."
        let location = expr.location
        return { frame, value in
            let from = try low(frame).stringValue, to = try high(frame).stringValue
            guard from <= to else {
                throw RuntimeError(message: "Range requires lowerBound <= upperBound", location: location)
            }
            let text = value.stringValue
            return text >= from && (closed ? text <= to : text < to)
        }
    }

    /// An expression pattern: a range (of integers, doubles or text), an optional's payload, or a value compared with `==`.
    private func compileExpressionPattern(_ pattern: CasePattern, _ expr: Expr, type: CType) -> (Frame,
                                          Value) throws -> Bool {
        // `case nil:` against a value of no optional type: never matches (`TypeChecker.rangeOrNilPattern`).
        if case .nilLiteral = expr.kind, !type.isOptional { return { _, _ in false } }
        if let range = compileTextRangePattern(expr, type: type) { return range }
        if let range = compileOneSidedRangePattern(expr, type: type) { return range }
        let typed = compileExpr(expr, expected: type)
        if type == .int, let constant = Compiler.constantIntPattern(typed) { return constant }
        if type == .int, typed.type == .range || typed.type == .closedRange {
            let bounds = typed.value
            return { frame, value in
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return false }
                let int = value.intValue
                return int >= lower && (closed ? int <= upper : int < upper)
            }
        }
        if type == .double, typed.type == .doubleRange || typed.type == .doubleClosedRange {
            let bounds = typed.value
            return { frame, value in
                guard case .doubleRange(let lower, let upper, let closed) = try bounds(frame) else { return false }
                let double = value.doubleValue
                return double >= lower && (closed ? double <= upper : double < upper)
            }
        }
        if case .optional(let wrapped) = type, typed.type != type {
            if case .nilLiteral = expr.kind {} else {
                // `case 1:` against an `Int?` matches a present 1, as Swift's `~=` on optionals does.
                let inner = compileCasePattern(pattern, type: wrapped)
                return { frame, value in
                    if case .none = value { return false }
                    return try inner(frame, value)
                }
            }
        }
        if typed.type != type || !type.isEquatable {
            // No `==` to test with: the checker reports the pattern (`TypeChecker.valuePattern`).
            if !typed.type.hasError && !type.hasError { cannotGenerate(at: expr.location) }
            return { _, _ in false }
        }
        let code = typed.value
        return { frame, value in ValueEquality.equal(try code(frame), value) }
    }

    /// `case 3:` and `case 0..<3:` on an Int subject when the pattern is constant: tested without running its code.
    private static func constantIntPattern(_ typed: Typed) -> ((Frame, Value) throws -> Bool)? {
        if typed.type == .int, case .constant(let constant)? = typed.operand {
            return { _, value in value.intValue == constant }
        }
        switch typed.recipe {
        case .constantRange(let lower, let upper, true)?:
            return { _, value in lower <= value.intValue && value.intValue <= upper }
        case .constantRange(let lower, let upper, false)?:
            return { _, value in lower <= value.intValue && value.intValue < upper }
        default:
            return nil
        }
    }

    /// A binding pattern (`let x`): stores the value in the variable it declares (or in the same name another pattern of the case declared).
    private func compileBindingPattern(_ name: String, _ location: SourceLocation, isVar: Bool,
                                       type: CType) -> (Frame, Value) throws -> Bool {
        let variable: VariableInfo
        if case .variable(let existing)? = scope.names[name], existing.type == type {
            variable = existing  // the same name bound by another pattern of the same case
        } else {
            variable = declareVariable(name, type: type, isLet: !isVar, at: location)
        }
        let slot = variable.slot
        let access = frameAccessor(level: variable.level)
        if type.isWord {
            return { frame, value in
                access(frame).words[slot] = WordCoding.word(value)
                return true
            }
        }
        return { frame, value in
            access(frame).values[slot] = value
            return true
        }
    }

    /// One case of a `switch`, in its own scope: a matcher per pattern (with its `where` clause) and the body.
    private func compileSwitchCase(_ switchCase: SwitchCase, _ loop: (name: String?, id: Int),
                                   subjectType: CType) -> CaseBox.Compiled {
        scope.loopLabels.append(loop)
        var matchers: [CaseBox.Matcher] = []
        if switchCase.isDefault {
            matchers.append(CaseBox.Matcher(test: { _, _ in true }, condition: nil))
        }
        for (pattern, guardExpr) in zip(switchCase.patterns, switchCase.guards) {
            let test = compileCasePattern(pattern, type: subjectType)
            // The pattern's names are declared now, so its own `where` clause can read them.
            var condition: ((Frame) throws -> Bool)?
            if let guardExpr { condition = compileExpr(guardExpr, expected: .bool).bool }
            matchers.append(CaseBox.Matcher(test: test, condition: condition))
        }
        return CaseBox.Compiled(matchers: matchers, body: sequence(compileStatements(switchCase.body)))
    }
}
