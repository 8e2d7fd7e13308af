import Diagnostics

extension Compiler {
    // MARK: Binary operators

    /// Compiles `lhs op rhs`, typing literal operands from the other side as Swift does.
    func compileBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, expected: CType?, at location: SourceLocation) -> Typed {
        if let compared = compileAssignmentComparedWithNil(op, lhs, rhs) { return compared }
        if op == "&&" || op == "||" {
            let a = compileExpr(lhs, expected: .bool)
            let b = compileExpr(rhs, expected: .bool)
            guard a.type == .bool, b.type == .bool else {
                operandMismatch(op, a.type, b.type, at: location)
                return .invalid
            }
            let x = a.bool, y = b.bool
            if op == "&&" { return Typed(type: .bool, code: .bool { try x($0) && y($0) }) }
            return Typed(type: .bool, code: .bool { try x($0) || y($0) })
        }
        if op == "??" {
            return compileNilCoalescing(lhs, rhs, expected: expected, at: location)
        }
        if op == "===" || op == "!==" {
            let a = compileExpr(lhs, expected: nil), b = compileExpr(rhs, expected: nil)
            guard case .user(let left) = a.type, left.kind == .classType, case .user(let right) = b.type, right.kind == .classType else {
                operandMismatch(op, a.type, b.type, at: location)
                return .invalid
            }
            let x = a.value, y = b.value
            let negate = op == "!=="
            return Typed(type: .bool, code: .bool { frame in
                guard case .object(let first) = try x(frame), case .object(let second) = try y(frame) else { return negate }
                return (first === second) != negate
            })
        }
        let isComparison = ["==", "!=", "<", "<=", ">", ">="].contains(op)
        let isRange = op == "..<" || op == "..."
        let isShift = op == "<<" || op == ">>"
        var context: CType? = (isComparison || isRange) ? (isRange ? .int : nil) : expected
        if isRange, let wanted = expected?.unwrapped, wanted == .double || wanted == .doubleRange || wanted == .doubleClosedRange {
            context = .double  // also for an optional range: `xLimits: 0...6` where a `ClosedRange<Double>?` is expected
        }
        let leftLiteral = Compiler.isNumericLiteral(lhs)
        let rightLiteral = Compiler.isNumericLiteral(rhs)
        var a: Typed
        var b: Typed
        if leftLiteral && rightLiteral {
            var type: CType = Compiler.containsFloatLiteral(lhs) || Compiler.containsFloatLiteral(rhs) ? .double : .int
            if context == .double { type = .double }
            if case .integer? = context { type = context ?? type }
            a = compileExpr(lhs, expected: type)
            b = compileExpr(rhs, expected: type)
        } else if leftLiteral {
            b = compileExpr(rhs, expected: context)
            a = compileExpr(lhs, expected: isShift ? context : numericContext(b.type))
        } else if rightLiteral {
            a = compileExpr(lhs, expected: context)
            // A shift's amount is any integer type: a literal one is an Int, as in Swift.
            b = compileExpr(rhs, expected: isShift ? .int : numericContext(a.type))
        } else {
            a = compileExpr(lhs, expected: context)
            b = compileExpr(rhs, expected: a.type == .error ? context : a.type)
        }
        if a.type.hasError || b.type.hasError { return .invalid }
        if let native = compileNativeOperator(op, lhs, rhs, a, b, at: location) { return native }
        if let custom = compileUserOperator(op, a, b, at: location) { return custom }
        if let extended = compileExtensionOperator(op, a, b, at: location) { return extended }
        if let tuples = compileTupleComparison(op, a, b) { return tuples }
        if a.type != b.type, let mixed = integerShift(op, a, b) ?? mixedIntegerComparison(op, a, b) { return mixed }
        if let strings = compileStringIndexOperator(op, a, b, lhs, rhs, at: location) { return strings }
        if isRange {
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
                operandMismatch(op, a.type, b.type, at: location)
                return .invalid
            }
            let lower = a.int, upper = b.int
            let closed = op == "..."
            return Typed(type: closed ? .closedRange : .range, code: .value { frame in
                let low = try lower(frame), high = try upper(frame)
                guard low <= high else {
                    throw RuntimeError(message: closed ? "Range requires lowerBound <= upperBound"
                                                       : "Range requires lowerBound <= upperBound", location: location)
                }
                return .range(low, high, closed: closed)
            })
        }
        // An optional compared with nil or a value.
        if isComparison, (op == "==" || op == "!="), case .optional = a.type, b.type == a.type || isNil(rhs) {
            return equality(op, a, b, at: location)
        }
        guard a.type == b.type else {
            if isComparison, case .optional(let wrapped) = a.type, wrapped == b.type, op == "==" || op == "!=" {
                return equality(op, a, Typed(type: a.type, code: .value(b.value)), at: location)
            }
            // `count + 1` with `count: Int?`: swiftc asks for the optional operand to be unwrapped, at that operand.
            if case .optional(let wrapped) = a.type, wrapped == b.type, !wrapped.hasError {
                error(.optionalNotUnwrapped(a.type, wrapped: wrapped), at: lhs.location)
                return .invalid
            }
            if case .optional(let wrapped) = b.type, wrapped == a.type, !wrapped.hasError {
                error(.optionalNotUnwrapped(b.type, wrapped: wrapped), at: rhs.location)
                return .invalid
            }
            operandMismatch(op, a.type, b.type, at: location)
            return .invalid
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
        operandMismatch(op, a.type, b.type, at: location)
        return .invalid
    }

    /// A registered operator for these operand types (numeric literals adapt to Double/Int operands).
    private func compileNativeOperator(_ op: String, _ lhs: Expr, _ rhs: Expr, _ a: Typed, _ b: Typed,
                                       at location: SourceLocation) -> Typed? {
        guard let candidates = registry.operators[op] else { return nil }
        func fits(_ typed: Typed, _ expr: Expr, _ type: CType) -> Bool {
            if typed.type == type { return true }
            return Compiler.isNumericLiteral(expr) && (type == .double || (type == .int && !Compiler.containsFloatLiteral(expr)))
        }
        guard let match = candidates.first(where: { candidate in
            guard let right = candidate.rhs else { return false }
            return fits(a, lhs, candidate.lhs) && fits(b, rhs, right)
        }), let rightType = match.rhs else { return nil }
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
    private func compileNativeCompoundAssignment(_ op: String, _ target: Expr, _ value: Expr,
                                                 at location: SourceLocation) -> Typed? {
        guard let candidates = registry.operators[op], case .native = compileExprTypeOnly(target) else { return nil }
        let targetType = compileExprTypeOnly(target)
        guard candidates.contains(where: { $0.lhs == targetType }) else { return nil }
        let a = compileExpr(target, expected: nil)
        let b = compileExpr(value, expected: Compiler.isNumericLiteral(value) ? nil : a.type)
        if a.type.hasError || b.type.hasError { return .invalid }
        if let native = compileNativeOperator(op, target, value, a, b, at: location) { return native }
        operandMismatch(op, a.type, b.type, at: location)
        return .invalid
    }

    /// `static func < (lhs: T, rhs: T) -> Bool` and friends declared in a cell's struct, class or enum.
    private func compileUserOperator(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed? {
        var candidates: [FunctionInfo] = []
        for case .user(let type) in [a.type, b.type] { candidates += type.staticMethods[op] ?? [] }
        var derived: String?
        if candidates.isEmpty, [">", "<=", ">="].contains(op) {
            // Comparable derives >, <= and >= from <.
            for case .user(let type) in [a.type] { candidates += type.staticMethods["<"] ?? [] }
            derived = op
        }
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

    private func isNil(_ expr: Expr) -> Bool {
        if case .nilLiteral = expr.kind { return true }
        return false
    }

    private func numericContext(_ type: CType) -> CType? {
        if case .integer = type { return type }
        return type == .int || type == .double ? type : nil
    }

    func operandMismatch(_ op: String, _ a: CType, _ b: CType, at location: SourceLocation) {
        if a.hasError || b.hasError { return }
        if op == "%" && a == .double && b == .double {
            error(.floatingRemainder, at: location)
            return
        }
        if a == b {
            error(.binaryOperatorSameTypes(op, a), at: location)
        } else {
            error(.binaryOperatorTypes(op, a, b), at: location)
        }
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
            operandMismatch(op, .int, .int, at: location)
            return .invalid
        }
        return Typed(type: .int, code: .int(code))
    }

    private func doubleArithmetic(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
        switch op {
        case "+": return Typed(type: .double, code: .double(FusedOperation.double(DoubleAdd.self, a, b)))
        case "-": return Typed(type: .double, code: .double(FusedOperation.double(DoubleSubtract.self, a, b)))
        case "*": return Typed(type: .double, code: .double(FusedOperation.double(DoubleMultiply.self, a, b)))
        case "/": return Typed(type: .double, code: .double(FusedOperation.double(DoubleDivide.self, a, b)))
        default:
            operandMismatch(op, .double, .double, at: location)
            return .invalid
        }
    }

    private func compileComparison(_ op: String, _ a: Typed, _ b: Typed, at location: SourceLocation) -> Typed {
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
        case .integer(let kind):
            return integerComparison(op, kind, a, b)
        case .unicodeScalar:
            return integerComparison(op, IntegerKind(bits: 32, signed: false), a, b)
        case .string, .character:
            let x = a.value, y = b.value
            let compare: (String, String) -> Bool
            switch op {
            case "==": compare = { $0 == $1 }
            case "!=": compare = { $0 != $1 }
            case "<": compare = { $0 < $1 }
            case "<=": compare = { $0 <= $1 }
            case ">": compare = { $0 > $1 }
            default: compare = { $0 >= $1 }
            }
            return Typed(type: .bool, code: .bool { compare(try x($0).stringValue, try y($0).stringValue) })
        default:
            guard op == "==" || op == "!=" else {
                operandMismatch(op, a.type, b.type, at: location)
                return .invalid
            }
            guard a.type.isEquatable else {
                operandMismatch(op, a.type, b.type, at: location)
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
            if !a.type.hasError {
                // Valid Swift: swiftc warns, checks the right side against the left's type and never evaluates it.
                let kind = CompileError.nilCoalescingNonOptional(a.type)
                diagnostics.append(.warning(kind.message, at: location, notes: kind.notes))
                _ = coerce(compileExpr(rhs, expected: a.type), to: a.type, at: rhs.location) { .argumentType($0, expected: $1) }
            }
            return a
        }
        let b = coerce(compileExpr(rhs, expected: wrapped), to: wrapped, at: rhs.location) {
            .argumentType($0, expected: $1)
        }
        let x = a.value, y = b.value
        return Typed.fromValue(wrapped) { frame in
            let value = try x(frame)
            if case .none = value { return try y(frame) }
            return value
        }
    }

    // MARK: Prefix operators

    func compilePrefix(_ op: String, _ operand: Expr, expected: CType?, at location: SourceLocation) -> Typed {
        if op == "..<" || op == "..." || op == Expr.postfixRange {
            if let partial = compilePartialRange(op, operand) { return partial }
            error(.oneSidedRangeContext, at: location)
            return .invalid
        }
        if let declared = compileOperatorFunctionPrefix(op, operand, at: location) { return declared }
        let typed = compileExpr(operand, expected: expected)
        if let user = compileUserPrefixOperator(op, typed, at: location) { return user }
        if let integer = compileIntegerPrefix(op, typed, at: location) { return integer }
        if let match = registry.operators[op]?.first(where: { $0.rhs == nil && $0.lhs == typed.type }) {
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
            if !typed.type.hasError {
                error(.unaryOperatorType(op, typed.type), at: location)
            }
            return .invalid
        }
    }

    // MARK: Assignment

    /// Compiles `target = value` and compound assignments (`+=`, ...); the result is `()`.
    func compileAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed {
        if case .name("_") = target.kind, op == "=" {
            // `_ = expression` evaluates and discards.
            let discarded = compileExpr(value, expected: nil).value
            return Typed(type: .void, code: .void { _ = try discarded($0) })
        }
        if case .tuple(let elements) = target.kind, op == "=" {
            // `(a, b) = (b, a)`: the whole right side is evaluated first, then stored element by element.
            var places: [Place?] = []
            for element in elements {
                if case .name("_") = element.value.kind { places.append(nil); continue }
                guard let place = compilePlace(element.value, mutating: true) else { return .invalid }
                places.append(place)
            }
            let expectedType = CType.tuple(places.map { TupleElement(label: nil, type: $0?.type ?? .error) })
            let source = compileExpr(value, expected: expectedType)
            guard case .tuple(let types) = source.type, types.count == places.count else {
                mismatch(.assignmentType(source.type, target: expectedType), source.type, at: value.location)
                return .invalid
            }
            for (place, type) in zip(places, types) where place != nil && place!.type != type.type {
                mismatch(.assignmentType(type.type, target: place!.type), type.type, place!.type,
                         at: value.location)
            }
            let code = source.value
            let modifiers = places.map { $0?.modify }
            return Typed(type: .void, code: .void { frame in
                let parts = try code(frame).tupleValue
                for (index, modify) in modifiers.enumerated() where index < parts.count {
                    try modify?(frame) { $0 = parts[index] }
                }
                return
            })
        }
        if !optionalChainSpine.contains(ObjectIdentifier(target)), Compiler.containsOptionalChain(target),
           let link = Compiler.outermostOptionalLink(target), !Compiler.isSideEffectFree(link) {
            // `d[k()]?.x = g()`, `make()?.x = g()`: the link's calls run once, first; then it is checked as below.
            return withScope { () -> Typed in
                var stores: [(Frame) throws -> Void] = []
                guard let rewritten = hoistingIndices(target, into: &stores), !stores.isEmpty else {
                    return compileOptionalChainAssignment(op, target, value, at: location)
                }
                return compileAssignment(op, rewritten, value, at: location).prefixed(by: stores)
            }
        }
        if !optionalChainSpine.contains(ObjectIdentifier(target)), Compiler.containsOptionalChain(target) {
            return compileOptionalChainAssignment(op, target, value, at: location)
        }
        if let native = compileNativeStore(op, target, value, at: location) { return native }
        if op != "=", let native = compileNativeCompoundAssignment(op, target, value, at: location) { return native }
        if op != "=", inoutArgumentLocation == nil, case .name(let name) = target.kind,
           case .variable(let variable)? = scope.lookup(name), variable.isLet {
            // `total += 1` on a constant: swiftc's wording, at the operator.
            error(.mutatingOperatorOnConstant(name), at: location)
            return .invalid
        }
        if reportConstantPropertyTarget(op, target, at: location) { return .invalid }
        if op == "=", let replaced = compileRangeAssignment(target, value, at: location) { return replaced }
        if let hoisted = compileAssignmentWithHoistedIndices(op, target, value, at: location) { return hoisted }
        if op != "=", let declared = compileOperatorFunctionAssignment(op, target, value, at: location) { return declared }
        if let accessed = compileAccessorAssignment(op, target, value, at: location) { return accessed }
        if op == "=", case .name = target.kind { initializingAssignment = true }
        let compiledPlace = compilePlace(target, mutating: true)
        initializingAssignment = false
        guard let place = compiledPlace else { return .invalid }
        if op == "=", let packed = compileUnpackedElementStore(target, value) { return packed }
        let type = place.type
        var newValue: Typed
        if op == "=", let moved = movedLastUse(target, value, type) {
            newValue = moved
        } else if op == "=" {
            var isSubscript = false
            if case .subscriptAccess = target.kind { isSubscript = true }
            newValue = coerce(compileExpr(value, expected: type), to: type, at: value.location) { source, destination in
                // `d[k] = v` stores a `V?`; swiftc names the element type.
                isSubscript ? .subscriptAssignmentType(source, element: destination.unwrapped)
                            : .assignmentType(source, target: destination)
            }
        } else {
            let binaryOp = String(op.dropLast())
            // `xs += [4]` and `s += "x"` append in place instead of copying.
            if binaryOp == "+", case .array = type {
                let appended = coerce(compileExpr(value, expected: type), to: type, at: value.location) {
                    .argumentType($0, expected: $1)
                }
                let extra = appended.value
                let modify = place.modify
                return Typed(type: .void, code: .void { frame in
                    let more = try extra(frame).arrayValue
                    try modify(frame) { current in
                        try current.updateArray { elements in
                            try AllocationLimit.checkGrowth(from: elements.count, to: elements.count &+ more.count, at: location)
                            elements.append(contentsOf: more)
                        }
                    }
                    try LongWork.after(count: more.count, at: location)
                    return
                })
            }
            if binaryOp == "+", type == .string {
                let appended = coerce(compileExpr(value, expected: type), to: type, at: value.location) {
                    .argumentType($0, expected: $1)
                }
                return appendString(appended.value, to: place, slot: variableSlot(target), at: location)
            }
            newValue = compileBinary(binaryOp, target, value, expected: type, at: location)
            if newValue.type.hasError { return .invalid }
            if newValue.type != type {
                mismatch(.binaryOperatorTypes(op, type, newValue.type),
                         type, newValue.type, at: location)
                return .invalid
            }
        }
        if let inPlace = compileInPlaceStore(target, newValue) { return inPlace }
        return Typed(type: .void, code: .void(place.assign(newValue)))
    }

    /// `list.next?.next = node`, `a?.count += 1`: when a link is nil nothing is evaluated further or stored.
    private func compileOptionalChainAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed {
        let asValue = assignmentAsOptionalVoid
        assignmentAsOptionalVoid = false
        let saved = optionalChainSpine
        optionalChainSpine = Compiler.optionalChainSpine(of: target)
        let inner = compileAssignment(op, target, value, at: location)
        // The chain's links are checked before the right side runs (`a?.xs[0] = f()` skips `f()` when `a` is
        // nil), by reading the outermost `?` first when reading it twice is harmless.
        var probe: ((Frame) throws -> Value)?
        if let link = Compiler.outermostOptionalLink(target), Compiler.isSideEffectFree(link) {
            probe = compileExpr(link, expected: nil).value
        }
        optionalChainSpine = saved
        guard case .void(let code) = inner.code else { return inner }
        if asValue { return Compiler.optionalVoid(probe, code) }
        return Typed(type: .void, code: .void { frame in
            do {
                _ = try probe?(frame)
                try code(frame)
            } catch is OptionalChainNil {
                return
            }
        })
    }

    /// The `?` node of a postfix chain closest to its root (`a?.b?.c[0]`: `a?.b?`), which is nil when any link is.
    static func outermostOptionalLink(_ expr: Expr) -> Expr? {
        switch expr.kind {
        case .optionalChain: return expr
        case .member(let base?, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base): return outermostOptionalLink(base)
        default: return nil
        }
    }

    /// Whether evaluating `expr` twice is harmless: names, stored-looking member reads, `?`, `!` and subscripts with
    /// such indices or literals (no calls, no closures, no assignments).
    static func isSideEffectFree(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name, .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral: return true
        case .stringLiteral(let parts): return parts.allSatisfy { if case .text = $0 { return true } else { return false } }
        case .member(let base?, _, _): return isSideEffectFree(base)
        case .optionalChain(let operand), .forceUnwrap(let operand): return isSideEffectFree(operand)
        case .subscriptAccess(let base, let arguments): return isSideEffectFree(base) && arguments.allSatisfy { isSideEffectFree($0.value) }
        default: return false
        }
    }

    /// `p.field = v` on a struct variable and `xs[i] = v` on an array variable (also their compound forms, whose
    /// `newValue` already reads the target), stored straight into the variable's slot: the struct or array stays
    /// uniquely referenced and no chain of `modify` closures runs. Nil for other targets.
    private func compileInPlaceStore(_ target: Expr, _ newValue: Typed) -> Typed? {
        switch target.kind {
        case .member(let base?, let name, _):
            if let elementStore = compileInPlaceElementFieldStore(base, name, newValue) { return elementStore }
            guard let slot = variableSlot(base), case .user(let type) = compileExprTypeOnly(base), type.kind == .structure,
                  let index = type.fieldIndex(name) else { return nil }
            let value = newValue.value
            return Typed(type: .void, code: .void { frame in
                let stored = try value(frame)
                slot(frame).pointee.updateTuple { fields in
                    if index < fields.count { fields[index] = stored }
                }
            })
        case .subscriptAccess(let base, let arguments):
            guard arguments.count == 1, arguments[0].label == nil, let slot = variableSlot(base),
                  case .array = compileExprTypeOnly(base), compileExprTypeOnly(arguments[0].value) == .int else { return nil }
            let value = newValue.value
            let position = compileExpr(arguments[0].value, expected: .int).int
            let location = target.location
            return Typed(type: .void, code: .void { frame in
                let stored = try value(frame)
                let i = try position(frame)
                let done = slot(frame).pointee.updateArray { elements -> Bool in
                    guard i >= 0 && i < elements.count else { return false }
                    elements[i] = stored
                    return true
                }
                if done != true { throw RuntimeError(message: "Index out of range", location: location) }
            })
        default:
            return nil
        }
    }

    /// `ps[i].x = v` (and `ps[i].x += v`, whose `newValue` reads the target) on an array variable of structs: the
    /// array and the element are updated in place, without the generic chain of places; nil for other targets.
    private func compileInPlaceElementFieldStore(_ base: Expr, _ name: String, _ newValue: Typed) -> Typed? {
        guard let (slot, position, field, _) = elementField(base, name) else { return nil }
        let value = newValue.value
        let location = base.location
        return Typed(type: .void, code: .void { frame in
            let stored = try value(frame)
            let i = try position(frame)
            let done = slot(frame).pointee.updateArray { elements -> Bool in
                guard i >= 0 && i < elements.count else { return false }
                elements[i].updateTuple { fields in
                    if field < fields.count { fields[field] = stored }
                }
                return true
            }
            if done != true { throw RuntimeError(message: "Index out of range", location: location) }
        })
    }

    /// `xs[i] = p` where `p` is an unpacked struct variable (see `UnpackedStruct`): the words are written into the
    /// element's existing storage, so no struct is allocated; nil for every other assignment.
    private func compileUnpackedElementStore(_ target: Expr, _ value: Expr) -> Typed? {
        guard case .subscriptAccess(let base, let arguments) = target.kind, arguments.count == 1, arguments[0].label == nil,
              let slot = variableSlot(base), case .array(let element) = compileExprTypeOnly(base),
              compileExprTypeOnly(arguments[0].value) == .int,
              let source = unpackedVariable(value), source.type == element, let kinds = source.unpacked else { return nil }
        let position = compileExpr(arguments[0].value, expected: .int).int
        let words = wordsAccessor(level: source.level)
        let first = source.slot
        let location = target.location
        return Typed(type: .void, code: .void { frame in
            let i = try position(frame)
            let fields = words(frame) + first
            let done = slot(frame).pointee.updateArray { elements -> Bool in
                guard i >= 0 && i < elements.count else { return false }
                UnpackedStruct.store(fields, kinds, into: &elements[i])
                return true
            }
            if done != true { throw RuntimeError(message: "Index out of range", location: location) }
        })
    }

    /// Code that moves the value out of `lastUse` (leaving `()` behind) when `value` names it and the target does
    /// not read it: the caller has established that the variable is dead after this statement.
    private func movedLastUse(_ target: Expr, _ value: Expr, _ type: CType) -> Typed? {
        guard let variable = lastUse, case .name(let name) = value.kind, name == variable.name, variable.type == type,
              case .variable(let found)? = scope.lookup(name), found === variable,
              Compiler.isSimpleTarget(target, avoiding: name), let slot = variableSlot(value) else { return nil }
        lastUse = nil
        return Typed(type: type, code: .value { frame in
            let pointer = slot(frame)
            let taken = pointer.move()
            pointer.initialize(to: .void)
            return taken
        })
    }

    /// Whether `target` is `a`, `a[i]`, `a.f` or `a[i].f` with plain names or literals, none of them `name`.
    static func isSimpleTarget(_ target: Expr, avoiding name: String) -> Bool {
        switch target.kind {
        case .name(let other):
            return other != name
        case .intLiteral:
            return true
        case .subscriptAccess(let base, let arguments):
            return arguments.count == 1 && isSimpleTarget(base, avoiding: name) && isSimpleTarget(arguments[0].value, avoiding: name)
        case .member(let base?, _, _):
            return isSimpleTarget(base, avoiding: name)
        default:
            return false
        }
    }
}
