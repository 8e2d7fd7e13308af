/// `max` and `min` used as function values (`scores.reduce(0, max)`, `pairs.map(max)`), typed by their context.
extension Compiler {
    /// `max` or `min` (the name `node`) as a function value of the type the checker gave it
    /// (`TypeChecker.functionReference`, by `minMaxFunctionType`); nil otherwise.
    func minMaxFunctionValue(_ name: String, _ node: Expr, expected: CType?) -> Typed? {
        guard name == "max" || name == "min", case .function? = expected,
              let type = (Compiler.readsCheckedDecisions ? checkedType(node) : nil) ?? generatorDecision({ Compiler.minMaxFunctionType(name, expected: expected) }),
              case .function(let parameters, let result) = type else { return nil }
        let isMin = name == "min"
        let pick: ([Value]) -> Value
        switch result {
        case .int: pick = { .int(isMin ? Swift.min($0[0].intValue, $0[1].intValue) : Swift.max($0[0].intValue, $0[1].intValue)) }
        case .double:
            pick = { .double(isMin ? Swift.min($0[0].doubleValue, $0[1].doubleValue) : Swift.max($0[0].doubleValue, $0[1].doubleValue)) }
        default:  // Strings and Characters: Swift's `max` keeps the second of equal ones, `min` the first
            pick = { $0[1].stringValue < $0[0].stringValue ? (isMin ? $0[1] : $0[0]) : (isMin ? $0[0] : $0[1]) }
        }
        // `pairs.map(max)`: one pair, whose elements are the two arguments.
        let function = parameters.count == 1 ? FunctionValue(arity: 1) { pick($0[0].tupleValue) } : FunctionValue(arity: 2, body: pick)
        return Typed(type: type, code: .value { _ in .function(function) })
    }

    /// The type of `max` or `min` as a value where the context expects a function of two Ints, Doubles, Strings or
    /// Characters (`scores.reduce(0, max)`), or of one pair of them (`zip(a, b).map(max)`: Swift passes the pair's
    /// elements as the two arguments); nil otherwise (the type checker agrees).
    static func minMaxFunctionType(_ name: String, expected: CType?) -> CType? {
        guard name == "max" || name == "min", case .function(let parameters, let result)? = expected else { return nil }
        let comparable: Set<CType> = [.int, .double, .string, .character]
        if parameters.count == 1, case .tuple(let pair) = parameters[0], pair.count == 2, pair[0].type == pair[1].type,
           comparable.contains(pair[0].type) {
            return .function(parameters, pair[0].type)
        }
        guard parameters == [result, result], comparable.contains(result) else { return nil }
        return expected
    }
}
