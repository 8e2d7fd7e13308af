import Diagnostics

/// `xs.reduce(into: [:]) { $0[$1, default: 0] += 1 }` without a written type: swiftc infers the accumulator from
/// the closure; the interpreter reads the same facts from the closure's statements.
extension Compiler {
    /// The accumulator type of `reduce(into: [:])` or `reduce(into: [])` inferred from the closure's statements
    /// (`acc[element, default: literal] …`, `acc[element] = literal`, `acc.append(element)`), or nil.
    func inferredReduceAccumulator(_ initial: Expr, _ closure: ClosureLiteral, element: CType) -> CType? {
        let accumulator = closure.parameters.first?.name ?? "$0"
        let item = closure.parameters.count > 1 ? closure.parameters[1].name : "$1"
        let empty: (dictionary: Bool, array: Bool) = {
            switch initial.kind {
            case .dictionary(let pairs): return (pairs.isEmpty, false)
            case .array(let elements): return (false, elements.isEmpty)
            default: return (false, false)
            }
        }()
        for statement in closure.body {
            guard case .expression(let expr) = statement else { continue }
            switch expr.kind {
            case .assign(_, let target, let value, _) where empty.dictionary:
                guard case .subscriptAccess(let base, let arguments) = target.kind, Compiler.isName(base, accumulator),
                      let key = arguments.first, key.label == nil, Compiler.isName(key.value, item) else { continue }
                let written = arguments.count == 2 && arguments[1].label == "default" ? arguments[1].value : value
                if let valueType = Compiler.literalType(written) { return .dictionary(element, valueType) }
            case .call(let callee, let arguments) where empty.array:
                if case .member(let base?, "append", _) = callee.kind, Compiler.isName(base, accumulator),
                   arguments.count == 1, arguments[0].label == nil, Compiler.isName(arguments[0].value, item) {
                    return .array(element)
                }
            default:
                continue
            }
        }
        return nil
    }

    static func isName(_ expr: Expr, _ name: String) -> Bool {
        if case .name(name) = expr.kind { return true }
        return false
    }

    /// The type of a literal that has one without context (`0`, `1.5`, `"a"`, `true`).
    static func literalType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .intLiteral: return .int
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .stringLiteral: return .string
        default: return nil
        }
    }

    /// Whether `reduceInitialExpected` rules the context of the initial value `value` (a number literal, `[]`, an
    /// implicit member): any other takes the call's contextual type.
    static func reduceInitialIsRuled(_ value: Expr) -> Bool {
        if value.isNumericLiteral { return true }
        switch value.kind {
        case .array(let items): return items.isEmpty
        case .member(nil, _, _): return true
        case .call(let callee, _):
            if case .member(nil, _, _) = callee.kind { return true }
            return false
        default: return false
        }
    }

    /// The type `reduce(initial, combine)` expects of its initial value: a number literal takes the element's type, or
    /// Double when the context wants it of Ints (`let m: Double = (0..<n).reduce(0) { $0 + f($1) }`); `[]` an
    /// array of elements; an implicit member (`.zero`) the contextual type or the element's; nil otherwise (the generator's `ArrayMembers.reduce` and the checker agree).
    static func reduceInitialExpected(_ arguments: [Argument], element: CType, expected: CType?) -> CType? {
        guard reduceInitialIsRuled(arguments[0].value) else { return nil }
        if arguments[0].value.isNumericLiteral {
            // Ints summed into a Double result; otherwise the element's type (a context met in an Int trial of an
            // enclosing `reduce`, `[[1.5]].reduce(0) { $0 + $1.reduce(0, +) }`, must not make the inner one Int).
            if element == .int, expected == .double { return .double }
            // Doubles counted into an Int the context asks for (`func n(…) -> Int { xs.reduce(0) { p($1) ? $0 + 1 : $0 } }`),
            // a Double accumulator tried next when the closure does not fit (`isDoubleAccumulatorCandidate`). Not with
            // a function value (`+`), whose Double signature decides.
            if element == .double, expected == .int, isDoubleAccumulatorCandidate(arguments, element: element, expected: expected) {
                return .int
            }
            if element == .int || element == .double { return element }
        }
        var initial = arguments[0].value
        if case .call(let callee, _) = initial.kind { initial = callee }
        switch (arguments[0].value.kind, initial.kind) {
        case (.array(let items), _) where items.isEmpty:
            if case .array = element { return element } else { return .array(element) }
        case (_, .member(nil, _, _)):
            // `vectors.reduce(.zero, +)`: an implicit member is looked up in the context's type, else the element's.
            return expected ?? element
        default:
            return nil
        }
    }

    /// Whether `reduce(initial, combine)` may take a Double accumulator for an integer literal `initial` when an Int
    /// one does not fit the closure literal `combine` (`items.reduce(0) { $0 + $1.price }`), as Swift infers: without
    /// a contextual type, or with an Int one over Doubles (`let n: Int = ds.reduce(0) { $0 + $1 }`, where Swift
    /// keeps the Double the closure fits and reports its conversion to Int).
    static func isDoubleAccumulatorCandidate(_ arguments: [Argument], element: CType, expected: CType?) -> Bool {
        guard expected == nil || expected == .int && element == .double,
              arguments.count == 2, arguments[0].value.isNumericLiteral, !arguments[0].value.containsFloatLiteral,
              case .closure = arguments[1].value.kind else { return false }
        return true
    }

    /// `let n: Int = xs.reduce(0.0, +)` as the checker decided it (`TypeChecker.floatInitialMistake`: it typed the
    /// combining function `(Int, Element) -> Int` for a float literal's accumulator, and reported the literal): the
    /// combining function compiled for Int, the result an Int, no code for the literal; nil for any other call.
    func floatReduceInitial(_ arguments: [Argument], element: CType, expected: CType?) -> Typed? {
        guard expected == .int, arguments.count == 2, case .floatLiteral = arguments[0].value.kind,
              checkedType(arguments[1].value) == .function([.int, element], .int) else { return nil }
        _ = compileExpr(arguments[0].value, expected: .int)
        cannotGenerate(at: arguments[0].value.location)
        _ = compileFunctionArgument(arguments[1], [.int, element], .int)
        return Typed(type: .int, code: .value { _ in .int(0) })  // never run: the cell has an error
    }
}
