import Diagnostics

extension Compiler {
    /// The operator and bound of a one-sided range (`..<b`, `...b`, `a...`), or nil.
    static func oneSidedRange(_ expr: Expr) -> (op: String, bound: Expr)? {
        guard case .prefix(let op, let bound) = expr.kind, ["..<", "...", Expr.postfixRange].contains(op) else { return nil }
        return (op, bound)
    }

    /// Whether `expr` is `...` written alone as an index (`xs[...]`, `s[...]`: Swift's `UnboundedRange`, every element).
    static func isUnboundedRange(_ expr: Expr) -> Bool {
        if case .name("...") = expr.kind { return true }
        return false
    }

    /// `xs[2...]`, `xs[..<3]`, `xs[...1]`: the elements from a position to the end, or from the start to one.
    func compileOneSidedSlice(_ container: Typed, _ index: Expr, at location: SourceLocation) -> Typed? {
        if Compiler.isUnboundedRange(index), case .array(let element) = container.type {  // `xs[...]`: every element
            let array = container.value
            return Typed(type: .arraySlice(element), code: .value { SliceValue.make(try array($0).arrayValue, start: 0) })
        }
        guard let (op, boundExpr) = Compiler.oneSidedRange(index) else { return nil }
        let bound = compileExpr(boundExpr, expected: .int)
        guard bound.type == .int else {
            if !bound.type.hasError { cannotGenerate(at: boundExpr.location) }  // no Int bound: the checker's mistake
            return .invalid
        }
        let array = container.value, position = bound.int
        guard case .array(let element) = container.type else { return nil }
        return Typed(type: .arraySlice(element), code: .value { frame in
            let elements = try array(frame).arrayValue
            let value = try position(frame)
            let (lower, end) = op == Expr.postfixRange ? (value, elements.count) : (0, RangeArithmetic.end(value, closed: op == "..."))
            guard lower >= 0, lower <= end, end <= elements.count else {
                throw RuntimeError(message: "Array index is out of range", location: location)
            }
            return SliceValue.make(Array(elements[lower..<end]), start: lower)
        })
    }

    /// `case ..<0:`, `case 90...:` against an Int or a Double: a test of the value against the bound.
    func compileOneSidedRangePattern(_ expr: Expr, type: CType) -> ((Frame, Value) throws -> Bool)? {
        guard let (op, boundExpr) = Compiler.oneSidedRange(expr), type == .int || type == .double else { return nil }
        let bound = converted(compileExpr(boundExpr, expected: type), to: type, at: boundExpr.location)
        if type == .int {
            let limit = bound.int
            switch op {
            case "..<": return { frame, value in value.intValue < (try limit(frame)) }
            case "...": return { frame, value in value.intValue <= (try limit(frame)) }
            default: return { frame, value in value.intValue >= (try limit(frame)) }
            }
        }
        let limit = bound.double
        switch op {
        case "..<": return { frame, value in value.doubleValue < (try limit(frame)) }
        case "...": return { frame, value in value.doubleValue <= (try limit(frame)) }
        default: return { frame, value in value.doubleValue >= (try limit(frame)) }
        }
    }
}

extension Compiler {
    /// `...5`, `..<5`, `2...` written as a value over Ints (a `PartialRangeThrough<Int>`, ...); nil for other bounds.
    func compilePartialRange(_ op: String, _ boundExpr: Expr) -> Typed? {
        let bound = compileExpr(boundExpr, expected: .int)
        if bound.type.hasError { return .invalid }
        guard bound.type == .int else { return nil }
        let value = bound.int
        return Typed(type: .partialRange(PartialRangeKind(operator: op)), code: .value { .int(try value($0)) })
    }
}
