import Diagnostics

extension Compiler {
    /// `<`, `<=`, `>`, `>=` between tuples of the same Int, Double, String or Character elements (2 to 6, as in
    /// Swift): compared element by element, the first unequal pair deciding. Nil for any other operands.
    func compileTupleComparison(_ op: String, _ a: Typed, _ b: Typed) -> Typed? {
        guard ["<", "<=", ">", ">="].contains(op), case .tuple(let left) = a.type, case .tuple(let right) = b.type,
              left.count == right.count, (2...6).contains(left.count),
              zip(left, right).allSatisfy({ $0.type == $1.type && [.int, .double, .string, .character].contains($0.type) })
        else { return nil }
        let types = left.map(\.type)
        let x = a.value, y = b.value
        // As Swift's tuple operators: the first unequal pair before the last decides with the strict operator
        // (`<` for `<` and `<=`), the last pair with `op` itself.
        let strict = op == "<" || op == "<=" ? "<" : ">"
        return Typed(type: .bool, code: .bool { frame in
            let p = try x(frame).tupleValue, q = try y(frame).tupleValue
            guard p.count == types.count, q.count == types.count else { return false }
            for index in 0..<(types.count - 1) where !Compiler.compare("==", p[index], q[index], types[index]) {
                return Compiler.compare(strict, p[index], q[index], types[index])
            }
            return Compiler.compare(op, p[types.count - 1], q[types.count - 1], types[types.count - 1])
        })
    }

    /// `l op r` for two Int, Double or String/Character values.
    private static func compare(_ op: String, _ l: Value, _ r: Value, _ type: CType) -> Bool {
        switch type {
        case .int: return compare(op, l.intValue, r.intValue)
        case .double: return compare(op, l.doubleValue, r.doubleValue)
        default: return compare(op, l.stringValue, r.stringValue)
        }
    }

    private static func compare<T: Comparable>(_ op: String, _ l: T, _ r: T) -> Bool {
        switch op {
        case "==": return l == r
        case "<": return l < r
        case "<=": return l <= r
        case ">": return l > r
        default: return l >= r
        }
    }
}
