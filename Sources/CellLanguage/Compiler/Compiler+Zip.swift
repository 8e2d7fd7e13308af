/// `zip(a, b)`: pairs of the elements of two arrays, slices, ranges or strings; a one-sided range `a...` zipped with a
/// finite sequence gives as many values as that sequence.
extension Compiler {
    /// `zip(a, b)`: the pairs of elements, as an array of tuples.
    func compileZip(_ arguments: [Argument], at location: SourceLocation) -> Typed {
        guard unlabelled(arguments, count: 2, at: location) else { return .invalid }
        var codes: [(Frame) throws -> [Value]] = []
        var types: [CType] = []
        var starts: [((Frame) throws -> Int)?] = []  // `zip(xs, 1...)`: an open range, as long as the other sequence
        var steppers: [((Frame) throws -> Value)?] = []  // `zip(xs, sequence(…))`: stepped as far as the pairs need
        for argument in arguments {
            if let start = zipOpenRangeStart(argument.value), !starts.contains(where: { $0 != nil }) {
                types.append(.int)
                codes.append { _ in [] }
                starts.append(start)
                steppers.append(nil)
                continue
            }
            starts.append(nil)
            var typed = Compiler.sliceAsArray(compileExpr(argument.value, expected: nil))
            if typed.type == .string { typed = Compiler.charactersOf(typed, at: argument.value.location) }
            let code = typed.value
            steppers.append(nil)
            switch typed.type {
            case .stepped(let stepped) where stepped.isSequence:
                types.append(stepped.element)
                codes.append { _ in [] }
                steppers[steppers.count - 1] = code
            case .array(let element):
                types.append(element)
                codes.append { try code($0).arrayValue }
            case .range, .closedRange:
                types.append(.int)
                codes.append { frame in
                    guard case .range(let lower, let upper, let closed) = try code(frame) else { return [] }
                    return try AllocationLimit.rangeElements(lower, upper, closed: closed, at: argument.value.location)
                }
            default:
                cannotGenerate(at: argument.value.location)  // no sequence
                return .invalid
            }
        }
        let first = codes[0], second = codes[1], openStarts = starts, stepped = steppers
        let pair = CType.tuple(types.map { TupleElement(label: nil, type: $0) })
        return Typed(type: .array(pair), code: .value { frame in
            // Left to right, each argument once; an open range's values are as many as the other's, a stepped
            // sequence's are made as far as the other's go.
            let firstStart = try openStarts[0]?(frame)
            let firstStepped = try stepped[0].map { SteppedValue.of(try $0(frame)) }
            var a = firstStart == nil && firstStepped == nil ? try first(frame) : []
            let secondStart = try openStarts[1]?(frame)
            let secondStepped = try stepped[1].map { SteppedValue.of(try $0(frame)) }
            var b = secondStart == nil && secondStepped == nil ? try second(frame) : []
            if let firstStepped, let secondStepped { return .array(try Compiler.zipStepped(firstStepped, secondStepped, at: location)) }
            if let firstStepped { a = try firstStepped.elements(limit: secondStart == nil ? b.count : .max, at: location) }
            if let secondStepped { b = try secondStepped.elements(limit: firstStart == nil ? a.count : .max, at: location) }
            if let firstStart { a = Compiler.countingUp(from: firstStart, b.count) }
            if let secondStart { b = Compiler.countingUp(from: secondStart, a.count) }
            return .array(zip(a, b).map { .tuple([$0, $1]) })
        })
    }

    /// The pairs of two stepped sequences, until either ends (the second not stepped once the first has ended).
    static func zipStepped(_ first: SteppedValue, _ second: SteppedValue, at location: SourceLocation) throws -> [Value] {
        var (a, b) = (first, second), pairs: [Value] = []
        var work = LongWork(at: location)
        while true {
            let (x, restA) = try a.next()
            if case .none = x { return pairs }
            let (y, restB) = try b.next()
            if case .none = y { return pairs }
            pairs.append(.tuple([x, y]))
            (a, b) = (restA, restB)
            try work.step()
            try AllocationLimit.checkGrowth(from: pairs.count - 1, to: pairs.count, at: location)
        }
    }

    /// The code of `a` when `expr` is `a...` (an open range of Ints); nil for any other argument.
    func zipOpenRangeStart(_ expr: Expr) -> ((Frame) throws -> Int)? {
        guard let (op, boundExpr) = Compiler.oneSidedRange(expr), op == Expr.postfixRange else { return nil }
        return converted(compileExpr(boundExpr, expected: .int), to: .int, at: boundExpr.location).int
    }

    /// `count` Ints from `start` up (stopping at Int.max, where Swift's open range would trap).
    static func countingUp(from start: Int, _ count: Int) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        var next = start
        for _ in 0..<count {
            values.append(.int(next))
            guard next < Int.max else { break }
            next += 1
        }
        return values
    }
}
