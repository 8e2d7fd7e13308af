import Diagnostics

extension Compiler {
    /// Whether values of `type` may be elements of tuples compared with `<`, `<=`, `>`, `>=` (the generator's and the
    /// checker's rule): the built-in Comparable types.
    static func isTupleOrderingElement(_ type: CType) -> Bool {
        switch type {
        case .int, .double, .string, .character, .substring, .integer, .unicodeScalar: return true
        default: return false
        }
    }

    /// `(1, "a") < (2, "b")`: Swift's lexicographic comparison of tuples of 2 to 6 Comparable elements.
    func compileTupleComparison(_ op: String, _ a: Typed, _ b: Typed) -> Typed? {
        guard let strictOp = Compiler.strictTupleOperator(op), case .tuple(let left) = a.type, case .tuple(let right) = b.type,
              left.count == right.count, (2...6).contains(left.count),
              zip(left, right).allSatisfy({ $0.type == $1.type && Compiler.isTupleOrderingElement($0.type) })
        else { return nil }
        let types = left.map(\.type)
        let equal = types.map(TypedEquality.comparer(for:))
        // As Swift's tuple operators: the first unequal pair before the last decides with the strict operator
        // (`<` for `<` and `<=`), the last pair with `op` itself.
        let strict = types.map { Compiler.elementOrder(strictOp, $0) }
        let last = Compiler.elementOrder(op, types[types.count - 1])
        let x = a.value, y = b.value, count = types.count
        return Typed(type: .bool, code: .bool { frame in
            let p = try x(frame).tupleValue, q = try y(frame).tupleValue
            guard p.count == count, q.count == count else { return false }
            for index in 0..<(count - 1) where !(try equal[index](p[index], q[index])) {
                return strict[index](p[index], q[index])
            }
            return last(p[count - 1], q[count - 1])
        })
    }

    /// The strict operator deciding at the first unequal pair, for an ordering operator; nil for other operators.
    private static func strictTupleOperator(_ op: String) -> String? {
        switch op {
        case "<", "<=": return "<"
        case ">", ">=": return ">"
        default: return nil
        }
    }

    /// `l op r` for two values of a built-in Comparable type, chosen once at compile time.
    private static func elementOrder(_ op: String, _ type: CType) -> (Value, Value) -> Bool {
        switch type {
        case .int, .unicodeScalar: return order(op) { $0.intValue }
        case .integer(let kind):
            let less: (Value, Value) -> Bool = { kind.less($0.intValue, $1.intValue) }
            switch op {
            case "<": return less
            case ">": return { less($1, $0) }
            case "<=": return { !less($1, $0) }
            default: return { !less($0, $1) }
            }
        case .double: return order(op) { $0.doubleValue }
        case .substring: return order(op) { StringIndexing.text($0) }
        default: return order(op) { $0.stringValue }
        }
    }

    /// `op` over the values `key` extracts.
    private static func order<T: Comparable>(_ op: String, _ key: @escaping (Value) -> T) -> (Value, Value) -> Bool {
        let compare = comparison(op, T.self) ?? { _, _ in false }
        return { compare(key($0), key($1)) }
    }
}
