import Diagnostics

/// `r[i]` and `r[a..<b]` on a `Range<Int>`: a range is a collection of its Ints, and its slices are ranges again.
extension Compiler {
    /// `r[i]` (an error outside the range, as in Swift) and `r[a..<b]`, `r[a...b]`, `r[..<b]`, `r[a...]` (a range:
    /// Swift does not check a slice's bounds, so neither does this).
    func compileRangeSubscript(_ container: Typed, _ indexExpr: Expr, at location: SourceLocation) -> Typed {
        let range = container.value
        if Compiler.isUnboundedRange(indexExpr) { return Typed(type: .range, code: .value(range)) }  // `r[...]`: the range
        if let (op, boundExpr) = Compiler.oneSidedRange(indexExpr) {
            let bound = compileExpr(boundExpr, expected: .int)
            guard bound.type == .int else {
                cannotGenerate(at: boundExpr.location)
                return .invalid
            }
            let position = bound.int
            return Typed(type: .range, code: .value { frame in
                guard case .range(let lower, let upper, _) = try range(frame) else { return .void }
                let value = try position(frame)
                if op == Expr.postfixRange { return .range(value, upper, closed: false) }
                return .range(lower, RangeArithmetic.end(value, closed: op == "..."), closed: false)
            })
        }
        let index = compileExpr(indexExpr, expected: .int)
        switch index.type {
        case .int:
            let position = index.int
            return Typed(type: .int, code: .int { frame in
                guard case .range(let lower, let upper, _) = try range(frame) else { return 0 }
                let value = try position(frame)
                guard value >= lower, value < upper else { throw RuntimeError(message: "Index out of range", location: location) }
                return value
            })
        case .range, .closedRange:
            let bounds = index.value
            return Typed(type: .range, code: .value { frame in
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .void }
                return .range(lower, RangeArithmetic.end(upper, closed: closed), closed: false)
            })
        default:
            cannotGenerate(at: indexExpr.location)
            return .invalid
        }
    }
}
