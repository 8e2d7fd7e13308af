extension Compiler {
    /// For an enum declared `Comparable` without raw values or payloads and without its own `<`: the position of a
    /// value's case, which orders the cases as declared (the conformance Swift synthesizes, SE-0266). Nil otherwise.
    static func synthesizedCaseOrder(_ type: UserType) -> ((Value) -> Int)? {
        guard type.kind == .enumeration, type.conformances.contains("Comparable"), type.rawType == nil,
              type.staticMethods["<"] == nil, type.cases.allSatisfy({ $0.payload == nil }) else { return nil }
        return { value in
            if case .variant(let index, _) = value { return index }
            return 0
        }
    }

    /// `a < b` (and `>`, `<=`, `>=`) between two values of an enum with synthesized `Comparable`; nil otherwise.
    func compileSynthesizedComparison(_ op: String, _ a: Typed, _ b: Typed) -> Typed? {
        guard ["<", ">", "<=", ">="].contains(op), a.type == b.type, case .user(let type) = a.type else { return nil }
        if type.kind == .protocolType, type.conformances.contains("Comparable") {
            // A generic function's `T: Comparable`, while its body is checked (that code never runs).
            return Typed(type: .bool, code: .bool { _ in false })
        }
        guard let order = Compiler.synthesizedCaseOrder(type) else { return nil }
        let x = a.value, y = b.value
        let compare: (Int, Int) -> Bool
        switch op {
        case "<": compare = { $0 < $1 }
        case ">": compare = { $0 > $1 }
        case "<=": compare = { $0 <= $1 }
        default: compare = { $0 >= $1 }
        }
        return Typed(type: .bool, code: .bool { frame in compare(order(try x(frame)), order(try y(frame))) })
    }
}
