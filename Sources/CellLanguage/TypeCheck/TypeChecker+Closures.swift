/// Generic standard-library methods whose result type comes from a closure's body: `xs.map { … }` on an array (or a
/// set, a range of Ints, a string), the closure's parameter typed from the element and its result inferred from its
/// body (`ArrayMembers.map`, `Compiler.mapFunction`).
extension TypeChecker {
    /// `xs.map { body }`: `[R]` where R is the closure's result; nil (nothing checked) for anything else.
    func mapCall(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?) -> CType? {
        guard name == "map" else { return nil }
        // A closure literal's result may become a Double there; a function value (`zip(a, b).map(+)`) keeps its type.
        if expected == .array(.double), case .closure? = arguments.first?.value.kind { return doubleArrayMapCall(receiver, arguments) }
        guard let element = sequenceElement(receiver, name, arguments),
              let result = transformResult(arguments[0], element) else { return nil }
        // A lazy sequence's `map` is lazy (`SteppedMembers.lazy`).
        if case .stepped(let stepped) = receiver, stepped.isLazy { return .stepped(.lazyMap(stepped.lazyBase, result)) }
        return .array(result)
    }

    /// `xs.reduce(initial, combine)`: the initial value's type (a number literal takes the element's type, `[]` an
    /// array of elements), the combining closure checked as `(Result, Element) -> Result`; nil when not such a call,
    /// `.some(nil)` when the initial value's type is unknown (its nodes checked).
    func reduceCall(_ receiver: CType, _ name: String, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard name == "reduce", arguments.count == 2, arguments.allSatisfy({ $0.label == nil }),
              let element = sequenceElement(receiver, name, arguments) else { return nil }
        if Self.isNilLiteral(arguments[0].value) {  // `xs.reduce(nil, +)`: swiftc's argument mistake at the `nil`
            report(.nilLiteral(.argument, expected.flatMap { refusesNilLiteral($0) ? $0 : nil } ?? element), at: arguments[0].value.location)
            return .some(.error)
        }
        if let accumulator = floatInitialMistake(arguments, element: element, expected: expected) { return .some(accumulator) }
        if let mistake = reduceInitialMistake(arguments, element: element) { return .some(mistake) }  // `xs.reduce("s", +)`
        let initialExpected = Compiler.reduceInitialExpected(arguments, element: element, expected: expected)
        recordDecidedContext(arguments[0].value, initialExpected ?? expected, basis: [element, expected])  // the generator's (`ArrayMembers.reduce`)
        // On trial only when a Double accumulator may replace the Int one.
        let mayRetry = Compiler.isDoubleAccumulatorCandidate(arguments, element: element, expected: expected)
        let trial = mayRetry ? beginTrial() : nil, diagnosticsBefore = checked.diagnostics.count
        let result = check(arguments[0].value, expected: initialExpected ?? expected)
        // The combining closure's context type throws (`reduce` rethrows), which its arity's mistake spells.
        if case .closure = arguments[1].value.kind { rethrowingClosureArguments.insert(arguments[1].value) }
        if let result { check(arguments[1].value, expected: .function([result, element], result)) }
        guard let trial else { return .some(result) }
        guard result == .int, checked.diagnostics.count > diagnosticsBefore else {
            commit(trial)
            return .some(result)
        }
        // An Int accumulator does not fit the closure: a Double one, as Swift infers (`Compiler`'s `reduce` too).
        let failed = rollback(to: trial), retry = beginTrial()
        check(arguments[0].value, expected: .double)
        check(arguments[1].value, expected: .function([.double, element], .double))
        if checked.diagnostics.count == diagnosticsBefore {
            commit(retry)
            return .double
        }
        rollback(to: retry)
        reapply(failed)
        return result
    }

    /// `let n: Int = xs.reduce(0.0, +)`: a float literal starting an accumulator the context makes an Int, where the
    /// combining function fits `(Int, Element) -> Int`. swiftc binds the accumulator to the context and reports the
    /// literal alone (`cannot convert value of type 'Double' to expected argument type 'Int'`, at it), not the
    /// combining function and the result (`Compiler.floatReduceInitial` compiles it so); nil when not such a call.
    private func floatInitialMistake(_ arguments: [Argument], element: CType, expected: CType?) -> CType? {
        guard expected == .int, case .floatLiteral = arguments[0].value.kind else { return nil }
        let trial = beginTrial(), before = checked.diagnostics.count
        let combine = check(arguments[1].value, expected: .function([.int, element], .int))
        guard combine == .function([.int, element], .int), checked.diagnostics.count == before else {
            rollback(to: trial)
            return nil
        }
        commit(trial)
        check(arguments[0].value, expected: .int)
        report(.argumentType(.double, expected: .int), at: arguments[0].value.location)
        return .int
    }

    /// Checks the closure literal `argument` passes for `(element) -> T` (T inferred from its body, as
    /// `Compiler.mapFunction` compiles it) and records its type; returns T (nil: not a closure literal, or unknown).
    func transformResult(_ argument: Argument, _ element: CType) -> CType? {
        guard case .closure(let literal) = argument.value.kind else {
            return pairOperatorTransform(argument, element) ?? initializerReference(argument, element)
                ?? functionValueTransform(argument, element)
        }
        let context = ClosureContext(parameters: [element], result: nil)
        // A closure written `throws` too (`try xs.map { (x: Int) throws -> Int in … }`), compiled as `map`'s function.
        let result: CType
        switch closureType(literal, at: argument.value.location, context) {
        case .function(_, let returned)?, .throwingFunction(_, let returned)?: result = returned
        default: return nil
        }
        guard result != .void else { return nil }
        record(argument.value, .function([element], result), expected: .function([element], result))
        return result
    }

    /// The element type the generic Array methods see on `receiver` when its table has exactly one `name` method the
    /// arguments fit (arrays, sets, ranges of Ints, strings and substrings); nil otherwise.
    func sequenceElement(_ receiver: CType, _ name: String, _ arguments: [Argument]) -> CType? {
        guard !extendsBuiltin(member: name), let table = StdlibTables.table(for: receiver),
              table.methods(named: name).filter({ $0.accepts(arguments) }).count == 1 else { return nil }
        switch receiver {
        case .array(let element), .set(let element), .arraySlice(let element): return element
        case .range, .closedRange: return .int
        case .string, .substring: return .character
        case .stringView(let view): return view.element
        case .dictionary(let key, let value): return Compiler.entryType(key, value)  // its entries, as an array's
        case .stepped(let stepped): return stepped.element
        default: return nil
        }
    }
}
