import Diagnostics

extension Compiler {
    // MARK: Binary operators

    /// Compiles `lhs op rhs`, typing literal operands from the other side as Swift does.
    func compileBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, expected: CType?, at location: SourceLocation) -> Typed {
        if let compared = compileAssignmentComparedWithNil(op, lhs, rhs) { return compared }
        if let compared = compileNonOptionalNilComparison(op, lhs, rhs) { return compared }
        if op == "&&" || op == "||" {
            return compileLogical(op, lhs, rhs, at: location)
        }
        if op == "??" {
            return compileNilCoalescing(lhs, rhs, expected: expected, at: location)
        }
        if op == "===" || op == "!==" {
            return compileIdentityComparison(op, lhs, rhs, at: location)
        }
        let isComparison = ["==", "!=", "<", "<=", ">", ">="].contains(op)
        let isRange = op == "..<" || op == "..."
        let isShift = op == "<<" || op == ">>"
        var context: CType? = (isComparison || isRange) ? (isRange ? .int : nil) : expected
        if isRange, let wanted = expected?.unwrapped, wanted == .double || wanted == .doubleRange || wanted == .doubleClosedRange {
            context = .double  // also for an optional range: `xLimits: 0...6` where a `ClosedRange<Double>?` is expected
        }
        let (a, b) = compileOperands(lhs, rhs, context: context, isShift: isShift, op: op)
        if a.type.hasError || b.type.hasError { return .invalid }
        if let placeholder = placeholderArithmetic(op, a, b, lhs, rhs, at: location) { return placeholder }
        if let native = compileNativeOperator(op, lhs, rhs, a, b, at: location) { return native }
        if let custom = compileUserOperator(op, a, b, at: location) { return custom }
        if let (x, y) = literalOperandsAsDouble(op, lhs, rhs, a, b),
           let custom = compileUserOperator(op, x, y, at: location) ?? compileExtensionOperator(op, x, y, at: location) {
            return custom
        }
        if let extended = compileExtensionOperator(op, a, b, at: location) { return extended }
        if let tuples = compileTupleComparison(op, a, b) { return tuples }
        if a.type != b.type, let mixed = integerShift(op, a, b) ?? mixedIntegerComparison(op, a, b) { return mixed }
        if let strings = compileStringIndexOperator(op, a, b, lhs, rhs, expected: expected, at: location) { return strings }
        if isRange {
            return compileRangeOperator(op, a, b, at: location)
        }
        // An optional compared with nil or a value.
        if isComparison, (op == "==" || op == "!="), case .optional = a.type, b.type == a.type || isNil(rhs) {
            return equality(op, a, b, at: location)
        }
        guard a.type == b.type else {
            return compileMismatchedOperands(op, a, b, lhs, rhs, isComparison: isComparison, expected: expected, at: location)
        }
        if isComparison { return compileComparison(op, a, b, at: location) }
        switch a.type {
        case .int: return intArithmetic(op, a, b, rhs, at: location)
        case .double: return doubleArithmetic(op, a, b, at: location)
        case .integer(let kind):
            if let result = integerArithmetic(op, kind, a, b, at: location) { return result }
        case .string:
            if op == "+" {
                let x = a.value, y = b.value
                return Typed(type: .string, code: .value { frame in
                    let first = try x(frame).stringValue, second = try y(frame).stringValue
                    try AllocationLimit.checkGrowth(bytes: first.utf8.count &+ second.utf8.count, at: location)
                    let joined = first + second
                    try LongWork.after(count: joined.utf8.count >> 4, at: location)  // copying a long text
                    return .string(joined)
                })
            }
        case .array:
            if op == "+" {
                let x = a.value, y = b.value
                return Typed(type: a.type, code: .value { frame in
                    let first = try x(frame).arrayValue, second = try y(frame).arrayValue
                    try AllocationLimit.checkGrowth(to: first.count &+ second.count, at: location)
                    let joined = first + second
                    try LongWork.after(count: joined.count, at: location)  // copying a long array
                    return .array(joined)
                })
            }
        default:
            break
        }
        cannotGenerate(at: location)
        return .invalid
    }

    /// A registered operator for these operand types (numeric literals adapt to Double/Int operands).
    private func compileNativeOperator(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: Typed, _ b: Typed,
                                       at location: SourceLocation) -> Typed? {
        guard let candidates = registry.operators[op] else { return nil }
        func fits(_ typed: Typed, _ expr: Expr, _ type: CType) -> Bool {
            if typed.type == type { return true }
            return expr.isNumericLiteral && (type == .double || (type == .int && !expr.containsFloatLiteral))
        }
        let fitsOperands = { (candidate: NativeOperator) -> Bool in
            guard let right = candidate.rhs else { return false }
            return fits(a, lhs, candidate.lhs) && fits(b, rhs, right)
        }
        guard let match = checkedNativeOperator(op, at: location, fits: fitsOperands) ?? candidates.first(where: fitsOperands),
              let rightType = match.rhs else { return nil }
        noteResolution(.nativeOperator(match))
        let x = (a.type == match.lhs ? a : compileExpr(lhs, expected: match.lhs)).value
        let y = (b.type == rightType ? b : compileExpr(rhs, expected: rightType)).value
        let body = match.body, runtime = self.runtime
        return Typed.fromValue(match.returnType) { frame in
            let left = try x(frame), right = try y(frame)
            let result: Value
            do {
                result = try body(left, right)
            } catch let failure as NativeError {
                throw RuntimeError(message: failure.message, location: location)
            }
            try runtime.checkAfterNativeCall(location)
            return result
        }
    }

    /// `w -= g` where an operator `-=` is registered for the operands' native types: it changes the object `w`
    /// refers to in place (as Swift's `static func -= (lhs: Tensor, rhs: Tensor)` on a class), so `w` may be a `let`.
    /// Nil when no such operator is registered for the target's type.
    func compileNativeCompoundAssignment(_ op: String, _ target: Expr, _ value: Expr,
                                                 at location: SourceLocation) -> Typed? {
        guard let candidates = registry.operators[op], let a = compileIf(target, typeFits: { type in
            if case .native = type { return candidates.contains { $0.lhs == type } }
            return false
        }) else { return nil }
        let b = compileExpr(value, expected: value.isNumericLiteral ? nil : a.type)
        if a.type.hasError || b.type.hasError { return .invalid }
        if let native = compileNativeOperator(op, target, value, a, b, at: location) { return native }
        cannotGenerate(at: location)  // the checker's `nativeOperandMistake`
        return .invalid
    }

    /// `static func < (lhs: T, rhs: T) -> Bool` and friends declared in a cell's struct, class or enum, or at the top
    /// level (`func + (a: V, b: V) -> V`): the first of `userOperatorCandidates` taking the operands' types.
    private func compileUserOperator(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed? {
        let (candidates, isDerived) = userOperatorCandidates(op, a.type, b.type)
        let derived: String? = isDerived ? op : nil
        guard let info = candidates.first(where: { $0.parameters.map(\.type) == [a.type, b.type] }) else {
            return compileSynthesizedComparison(op, a, b, at: location)
        }
        let x = a.value, y = b.value
        let runtime = self.runtime, globals = self.globals
        let call: (Value, Value) throws -> Value = { left, right in
            try Compiler.call(info, parent: globals, runtime: runtime, location: location, store: { callee in
                Compiler.store(left, of: info, into: callee, at: 0)
                Compiler.store(right, of: info, into: callee, at: 1)
            }, read: { Compiler.result(of: info, in: $0) })
        }
        switch derived {
        case ">"?: return Typed(type: .bool, code: .bool { frame in try call(try y(frame), try x(frame)).boolValue })
        case "<="?: return Typed(type: .bool, code: .bool { frame in try !call(try y(frame), try x(frame)).boolValue })
        case ">="?: return Typed(type: .bool, code: .bool { frame in try !call(try x(frame), try y(frame)).boolValue })
        default: return Typed.fromValue(info.returnType) { frame in try call(try x(frame), try y(frame)) }
        }
    }

    /// `x == nil` or `x != nil` where the checker found `x` of no optional type (valid Swift, always false or true:
    /// `TypeChecker.nilComparison`, `CheckedTypes.isNonOptionalNilOperand`): `x` evaluated, then the constant answer.
    private func compileNonOptionalNilComparison(_ op: String, _ lhs: Expr, _ rhs: Expr) -> Typed? {
        guard op == "==" || op == "!=", isNil(lhs) != isNil(rhs), let checked = typeTable.checked else { return nil }
        let operand = isNil(lhs) ? rhs : lhs
        guard checked.isNonOptionalNilOperand(typeTable.sameTypeNode(operand), in: recordedSpecialization?.bindings ?? [:]) else { return nil }
        let value = compileExpr(operand, expected: nil).value, answer = op == "!="
        return Typed(type: .bool, code: .bool { frame in
            _ = try value(frame)
            return answer
        })
    }

    private func isNil(_ expr: Expr) -> Bool {
        if case .nilLiteral = expr.kind { return true }
        return false
    }

    private func numericContext(_ type: CType, op: String) -> CType? {
        Compiler.literalOperandContext(type, op: op) ?? placeholderLiteralContext(type, op: op)
    }

    /// The type a number literal operand of `op` takes beside an operand of `type` (the type checker's too): that
    /// number type, or its wrapped type beside an optional number in `==` and `!=` (`xs.first == 4` on Doubles);
    /// nil otherwise.
    static func literalOperandContext(_ type: CType, op: String) -> CType? {
        if case .integer = type { return type }
        if type == .int || type == .double { return type }
        if op == "==" || op == "!=", case .optional(let wrapped) = type, wrapped == .double || wrapped == .int || wrapped.isAnyInteger {
            return wrapped
        }
        return nil
    }

    static func overflowError(_ op: String, _ location: SourceLocation) -> RuntimeError {
        RuntimeError(message: "arithmetic overflow in '\(op)'", location: location)
    }

    private func intArithmetic(_ op: String, _ a: Typed, _ b: Typed, _ rhs: Expr, at location: SourceLocation) -> Typed {
        let x = a.int
        let y = b.int
        var constant: Int?
        if case .intLiteral(let value) = rhs.kind { constant = value }
        let checkedDivisor = constant == nil || constant == 0 || constant == -1
        let code: (Frame) throws -> Int
        switch op {
        case "+": code = FusedOperation.int(IntAdd.self, a, b, location)
        case "-": code = FusedOperation.int(IntSubtract.self, a, b, location)
        case "*": code = FusedOperation.int(IntMultiply.self, a, b, location)
        case "/" where checkedDivisor: code = FusedOperation.int(IntDivide.self, a, b, location)
        case "/": code = FusedOperation.int(IntDivideByConstant.self, a, b, location)
        case "%" where checkedDivisor: code = FusedOperation.int(IntRemainder.self, a, b, location)
        case "%": code = FusedOperation.int(IntRemainderByConstant.self, a, b, location)
        case "&+": code = { try x($0) &+ y($0) }
        case "&-": code = { try x($0) &- y($0) }
        case "&*": code = { try x($0) &* y($0) }
        case "&": code = { try x($0) & y($0) }
        case "|": code = { try x($0) | y($0) }
        case "^": code = { try x($0) ^ y($0) }
        case "<<": code = { try x($0) << y($0) }
        case ">>": code = { try x($0) >> y($0) }
        default:
            cannotGenerate(at: location)
            return .invalid
        }
        return Typed(type: .int, code: .int(code), recipe: CodeRecipe.offset(op, a, b, location))
    }

    private func doubleArithmetic(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
        switch op {
        case "+": return Typed(type: .double, code: .double(FusedOperation.double(DoubleAdd.self, a, b)))
        case "-": return Typed(type: .double, code: .double(FusedOperation.double(DoubleSubtract.self, a, b)))
        case "*": return Typed(type: .double, code: .double(FusedOperation.double(DoubleMultiply.self, a, b)))
        case "/": return Typed(type: .double, code: .double(FusedOperation.double(DoubleDivide.self, a, b)))
        default:
            cannotGenerate(at: location)
            return .invalid
        }
    }

    private func compileComparison(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
        var typed = compileComparisonCode(op, a, b, at: location)
        typed.recipe = CodeRecipe.comparison(op, a, b)
        return typed
    }

    /// The code of a comparison of Ints, Doubles, Strings and the other Comparable values.
    private func compileComparisonCode(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
        switch (a.type, op) {
        case (.int, "=="): return Typed(type: .bool, code: .bool(FusedOperation.compareInts(Equal.self, a, b)))
        case (.int, "!="): return Typed(type: .bool, code: .bool(FusedOperation.compareInts(NotEqual.self, a, b)))
        case (.int, "<"): return Typed(type: .bool, code: .bool(FusedOperation.compareInts(Less.self, a, b)))
        case (.int, "<="): return Typed(type: .bool, code: .bool(FusedOperation.compareInts(LessOrEqual.self, a, b)))
        case (.int, ">"): return Typed(type: .bool, code: .bool(FusedOperation.compareInts(Greater.self, a, b)))
        case (.int, ">="): return Typed(type: .bool, code: .bool(FusedOperation.compareInts(GreaterOrEqual.self, a, b)))
        case (.double, "=="): return Typed(type: .bool, code: .bool(FusedOperation.compareDoubles(Equal.self, a, b)))
        case (.double, "!="): return Typed(type: .bool, code: .bool(FusedOperation.compareDoubles(NotEqual.self, a, b)))
        case (.double, "<"): return Typed(type: .bool, code: .bool(FusedOperation.compareDoubles(Less.self, a, b)))
        case (.double, "<="): return Typed(type: .bool, code: .bool(FusedOperation.compareDoubles(LessOrEqual.self, a, b)))
        case (.double, ">"): return Typed(type: .bool, code: .bool(FusedOperation.compareDoubles(Greater.self, a, b)))
        case (.double, ">="):
            return Typed(type: .bool, code: .bool(FusedOperation.compareDoubles(GreaterOrEqual.self, a, b)))
        default:
            break
        }
        switch a.type {
        case Compiler.metatype where op == "==" || op == "!=":
            return equality(op, a, b, at: location)  // two metatypes: the same type or not (`MetatypeValue`)
        case .integer(let kind):
            return integerComparison(op, kind, a, b)
        case .unicodeScalar:
            return integerComparison(op, IntegerKind(bits: 32, signed: false), a, b)
        case .string, .character:
            let x = a.value, y = b.value
            let compare = Compiler.comparison(op, String.self) ?? { $0 >= $1 }
            return Typed(type: .bool, code: .bool { compare(try x($0).stringValue, try y($0).stringValue) })
        default:
            guard op == "==" || op == "!=" else {
                cannotGenerate(at: location)
                return .invalid
            }
            guard a.type.isEquatable else {
                cannotGenerate(at: location)
                return .invalid
            }
            return equality(op, a, b, at: location)
        }
    }

    private func equality(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
        let x = a.value, y = b.value
        let negate = op == "!=", equal = TypedEquality.comparer(for: a.type)
        switch a.type {
        case .array where !a.type.mentionsUserType:
            // A large array is compared a slice at a time, checking the deadline between slices.
            return Typed(type: .bool, code: .bool { frame in
                try Compiler.arraysEqual(try x(frame), try y(frame), at: location) != negate
            })
        case .array, .set, .dictionary:
            // Comparing two large collections is one long native loop: check the deadline after it.
            return Typed(type: .bool, code: .bool { frame in
                let left = try x(frame), right = try y(frame)
                let result = try equal(left, right) != negate
                try LongWork.after(count: left.collectionCount, at: location)
                return result
            })
        default:
            return Typed(type: .bool, code: .bool { try equal(try x($0), try y($0)) != negate })
        }
    }

    /// `==` on arrays of built-in values: one library comparison for small arrays; elements compared in slices of
    /// `LongWork.interval` with a deadline check between them for large ones.
    static func arraysEqual(_ left: Value, _ right: Value, at location: SourceLocation) throws -> Bool {
        guard case .array(let xs) = left, case .array(let ys) = right, xs.count >= LongWork.threshold else {
            return ValueEquality.equal(left, right)
        }
        guard xs.count == ys.count else { return false }
        var work = LongWork(count: xs.count, at: location)
        var start = 0
        while start < xs.count {
            let end = min(start + LongWork.interval, xs.count)
            for index in start..<end where !ValueEquality.equal(xs[index], ys[index]) { return false }
            try work.step(by: end - start)
            start = end
        }
        return true
    }

    private func compileNilCoalescing(_ lhs: Expr, _ rhs: Expr, expected: CType?, at location: SourceLocation) -> Typed {
        let a = compileExpr(lhs, expected: expected.map { .optional($0) })
        guard case .optional(let wrapped) = a.type else {
            // Valid Swift (the checker's warning): the right side is never evaluated.
            if !a.type.hasError { _ = compileExpr(rhs, expected: a.type) }
            return a
        }
        let right = compileExpr(rhs, expected: coalescingRightContext(rhs, wrapped: wrapped, expected: expected))
        if right.type != wrapped, right.type != a.type, !right.type.hasError, isAnyContext(expected),
           let any = anyCoalescing(a, wrapped: wrapped, right, at: rhs.location) {
            return any
        }
        // `a ?? b` of two optionals is Swift's other `??`: an optional, nil when both are.
        let resultType = right.type == a.type ? a.type : wrapped
        let b = resultType == a.type ? right : converted(right, to: wrapped, at: rhs.location)
        let x = a.value, y = b.value
        return Typed.fromValue(resultType) { frame in
            let value = try x(frame)
            if case .none = value { return try y(frame) }
            return value
        }
    }

    // MARK: Prefix operators

    func compilePrefix(_ op: String, _ operand: Expr, expected: CType?, at location: SourceLocation) -> Typed {
        if op == "..<" || op == "..." || op == Expr.postfixRange {
            if let partial = compilePartialRange(op, operand) { return partial }
            cannotGenerate(at: location)  // the checker's `oneSidedRangeOfAnotherBound`
            return .invalid
        }
        if let declared = compileOperatorFunctionPrefix(op, operand, at: location) { return declared }
        let typed = compileExpr(operand, expected: expected)
        if let user = compileUserPrefixOperator(op, typed, at: location) { return user }
        if let negated = placeholderNegation(op, typed, at: location) { return negated }
        if let integer = compileIntegerPrefix(op, typed, at: location) { return integer }
        if let match = registry.operators[op]?.first(where: { $0.rhs == nil && $0.lhs == typed.type }) {
            noteResolution(.nativeOperator(match))
            let x = typed.value
            let body = match.body
            return Typed.fromValue(match.returnType) { frame in
                let value = try x(frame)
                do {
                    return try body(value, .void)
                } catch let failure as NativeError {
                    throw RuntimeError(message: failure.message, location: location)
                }
            }
        }
        switch (op, typed.type) {
        case ("-", .int):
            let x = typed.int
            return Typed(type: .int, code: .int { frame in
                let (result, overflow) = (0).subtractingReportingOverflow(try x(frame))
                if overflow { throw RuntimeError(message: "arithmetic overflow in '-'", location: location) }
                return result
            })
        case ("-", .double):
            let x = typed.double
            return Typed(type: .double, code: .double { -(try x($0)) })
        case ("+", .int), ("+", .double):
            return typed
        case ("!", .bool):
            let x = typed.bool
            return Typed(type: .bool, code: .bool { !(try x($0)) })
        default:
            cannotGenerate(at: location)
            return .invalid
        }
    }

    /// Operands of different types: an optional compared with its wrapped type, an optional to unwrap, or a mismatch.
    private func compileMismatchedOperands(_ op: String, _ a: Typed, _ b: Typed, _ lhs: Expr, _ rhs: Expr,
                                           isComparison: Bool, expected: CType?, at location: SourceLocation) -> Typed {
        if isComparison, case .optional(let wrapped) = a.type, wrapped == b.type, op == "==" || op == "!=" {
            return equality(op, a, Typed(type: a.type, code: .value(b.value)), at: location)
        }
        if isComparison, case .optional(let wrapped) = b.type, wrapped == a.type, op == "==" || op == "!=" {
            return equality(op, Typed(type: b.type, code: .value(a.value)), b, at: location)  // `3 == count`
        }
        if op == "+", let joined = anyArrayConcatenation(a, b, at: location) { return joined }  // `["s", 2] + q`
        // `count + 1` with `count: Int?`: swiftc asks for the optional operand to be unwrapped, at that operand.
        cannotGenerate(at: location)
        return .invalid
    }

    /// `a..<b` and `a...b` on integers or doubles.
    private func compileRangeOperator(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
        if a.type == .double && b.type == .double {
            let lower = a.double, upper = b.double
            let closed = op == "..."
            return Typed(type: closed ? .doubleClosedRange : .doubleRange, code: .value { frame in
                let low = try lower(frame), high = try upper(frame)
                guard low <= high else {
                    throw RuntimeError(message: "Range requires lowerBound <= upperBound", location: location)
                }
                return .doubleRange(low, high, closed: closed)
            })
        }
        guard a.type == .int, b.type == .int else {
            cannotGenerate(at: location)
            return .invalid
        }
        let lower = a.int, upper = b.int
        let closed = op == "..."
        var recipe: CodeRecipe?
        if case .constant(let low)? = a.operand, case .constant(let high)? = b.operand, low <= high {
            recipe = .constantRange(lower: low, upper: high, closed: closed)
        }
        return Typed(type: closed ? .closedRange : .range, code: .value { frame in
            let low = try lower(frame), high = try upper(frame)
            guard low <= high else {
                throw RuntimeError(message: closed ? "Range requires lowerBound <= upperBound"
                                                   : "Range requires lowerBound <= upperBound", location: location)
            }
            return .range(low, high, closed: closed)
        }, recipe: recipe)
    }

    /// Both operands, a numeric literal typed from the other side (or from `context`) as Swift does.
    private func compileOperands(_ lhs: Expr, _ rhs: Expr, context: CType?, isShift: Bool, op: String) -> (Typed, Typed) {
        let leftLiteral = lhs.isNumericLiteral
        let rightLiteral = rhs.isNumericLiteral
        var a: Typed
        var b: Typed
        if leftLiteral && rightLiteral {
            var type: CType = lhs.containsFloatLiteral || rhs.containsFloatLiteral ? .double : .int
            if context == .double { type = .double }
            if case .integer? = context { type = context ?? type }
            a = compileExpr(lhs, expected: type)
            b = compileExpr(rhs, expected: type)
        } else if leftLiteral {
            // The literal's context, the checker's (`TypeChecker.operands`): the other operand's number type.
            b = compileExpr(rhs, expected: context)
            a = compileExpr(lhs, expected: decidedContext(lhs, basis: isShift ? [context] : [b.type]) { isShift ? context : numericContext(b.type, op: op) })
        } else if rightLiteral {
            a = compileExpr(lhs, expected: context)
            // A shift's amount is any integer type: a literal one is an Int, as in Swift.
            b = compileExpr(rhs, expected: decidedContext(rhs, basis: isShift ? [] : [a.type]) { isShift ? .int : numericContext(a.type, op: op) })
        } else if let both = bothOperandsContext(op, lhs, rhs) {
            // `[1, 2] + [3, 4]` for a declared `+` of two `[Double]`; `(1, 2) < (1.5, 2.5)` as two `(Double, Double)`.
            a = compileExpr(lhs, expected: both)
            b = compileExpr(rhs, expected: both)
        } else if Compiler.isLiteralArrayOperand(lhs), !Compiler.isLiteralArrayOperand(rhs) {
            // `[1, 2] + xs`, `["."] + chars`: the literal takes the other operand's array type, as Swift infers it.
            b = compileExpr(rhs, expected: context)
            a = compileExpr(lhs, expected: decidedContext(lhs, basis: [b.type, context]) {
                arrayLiteralOperandContext(op, lhs, beside: rhs, ofType: b.type) ?? context
            })
        } else {
            a = compileExpr(lhs, expected: context)
            // The right operand takes the left's type; an array literal may be an `[Any]` the array joins (`xs + ["s",
            // 2]`, `anyJoinedLiteralContext`), as the checker decided.
            let leftType = a.type == .error ? context : a.type
            guard case .array = rhs.kind else { return (a, compileExpr(rhs, expected: leftType)) }
            b = compileExpr(rhs, expected: decidedContext(rhs, basis: [a.type, context]) {
                anyJoinedLiteralContext(op, a.type, rhs, context: context) ?? leftType
            })
        }
        return (a, b)
    }

    /// The contextual type both operands of `op` take, neither a number literal (`[1, 2] + [3, 4]`, `(1, 2) < (1.5,
    /// 2.5)`), as the checker decided it (`TypeChecker.operands`); nil when they take none.
    private func bothOperandsContext(_ op: String, _ lhs: Expr, _ rhs: Expr) -> CType? {
        switch lhs.kind {
        case .array, .tuple: break
        default: return nil  // the rule types array and tuple literals only
        }
        if let decided = checkedDecidedContext(lhs) { return decided.bothOperands ? decided.type : nil }
        return generatorDecision {
            arrayLiteralOperandContext(op, lhs, beside: rhs, ofType: nil) ?? Compiler.tupleLiteralOperandContext(lhs, rhs)
        }
    }

    /// `a === b` and `a !== b` on class instances.
    private func compileIdentityComparison(_ op: String, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) -> Typed {
        // Optional instances compare too (`node.parent === root`): two nils are identical, nil and an instance not.
        func isInstance(_ type: CType) -> Bool {
            if case .user(let user) = type.unwrapped, user.kind == .classType { return true }
            return false
        }
        let a = isNil(lhs) ? nil : compileExpr(lhs, expected: nil), b = isNil(rhs) ? nil : compileExpr(rhs, expected: nil)
        guard a.map({ isInstance($0.type) }) ?? true, b.map({ isInstance($0.type) }) ?? true, a != nil || b != nil else {
            cannotGenerate(at: location)
            return .invalid
        }
        let x = a?.value ?? { _ in .none }, y = b?.value ?? { _ in .none }
        let negate = op == "!=="
        return Typed(type: .bool, code: .bool { frame in
            switch (try x(frame), try y(frame)) {
            case (.object(let first), .object(let second)): return (first === second) != negate
            case (.none, .none): return !negate
            default: return negate
            }
        })
    }

    /// `a && b` and `a || b`.
    private func compileLogical(_ op: String, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) -> Typed {
        let a = compileExpr(lhs, expected: .bool)
        let b = compileExpr(rhs, expected: .bool)
        guard a.type == .bool, b.type == .bool else {
            cannotGenerate(at: location)
            return .invalid
        }
        let x = a.bool, y = b.bool
        if op == "&&" { return Typed(type: .bool, code: .bool { try x($0) && y($0) }) }
        return Typed(type: .bool, code: .bool { try x($0) || y($0) })
    }
}
