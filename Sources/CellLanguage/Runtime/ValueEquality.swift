/// Structural equality of run-time values (the compiler only compares values of the same Equatable type).
enum ValueEquality {
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)), (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.set(let x), .set(let y)):
            return x.count == y.count && x.keys.allSatisfy { y[$0] != nil }
        case (.dictionary(let x), .dictionary(let y)):
            return x.count == y.count && zip(x.keys, x.values).allSatisfy { key, value in
                y[key].map { equal($0, value) } ?? false
            }
        case (.doubleRange(let a1, let b1, let c1), .doubleRange(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.named(let first), .named(let second)): return first.type == second.type && first.name == second.name
        case (.none, .none): return true
        case (.void, .void): return true
        case (.native(let x), .native(let y)):
            if let x = x as? MetatypeValue, let y = y as? MetatypeValue { return x.type == y.type }  // `type(of: a) == T.self`
            return x === y
        case (.object(let x), .object(let y)): return x === y
        case (.variant(StringIndexing.substringTag, let x), .variant(StringIndexing.substringTag, let y)):
            return x[0].stringValue == y[0].stringValue  // Substrings are equal when their texts are
        case (.variant(SliceValue.tag, let x), .variant(SliceValue.tag, let y)):
            return equal(x[0], y[0])  // slices are equal when their elements are, wherever they start
        case (.variant(let i, let x), .variant(let j, let y)):
            return i == j && x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        default: return false
        }
    }
}
