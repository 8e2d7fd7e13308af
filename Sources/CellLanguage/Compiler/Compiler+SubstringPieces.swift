import Diagnostics

/// Substrings where Swift has them: `split(separator:)` gives `[Substring]`, a string literal where a Substring is
/// expected is one (`pieces.contains("a")`, `let s: Substring = "a"`).
extension Compiler {
    /// A string literal (interpolations included, as `ExpressibleByStringInterpolation` allows) typed `Substring`.
    func substringLiteral(_ parts: [StringPart]) -> Typed {
        let text = compileString(parts).value
        return Typed(type: .substring, code: .value { frame in
            .variant(StringIndexing.substringTag, [try text(frame), .int(0)])
        })
    }
}

extension Compiler {
    /// `a + b` with a Substring operand: the left operand's type, as Swift's `RangeReplaceableCollection.+` gives
    /// (a new Substring has its own indices, from 0); a String where one is expected and the other operand is a
    /// String (or a string literal), as `+(Other, Self) -> Self` gives it (`let t: String = s.prefix(2) + "x"`).
    func concatenation(_ a: Typed, _ b: Typed, _ lhs: Expr, _ rhs: Expr, expected: CType?) -> Typed {
        let x = a.value, y = b.value
        let join: (Frame) throws -> String = { StringIndexing.text(try x($0)) + StringIndexing.text(try y($0)) }
        func isString(_ typed: Typed, _ expr: Expr) -> Bool {
            if case .stringLiteral = expr.kind { return true }
            return typed.type == .string
        }
        let stringExpected = expected == .string && (isString(a, lhs) || isString(b, rhs))
        if a.type == .substring && !stringExpected {
            return Typed(type: .substring, code: .value { .variant(StringIndexing.substringTag, [.string(try join($0)), .int(0)]) })
        }
        return Typed(type: .string, code: .value { .string(try join($0)) })
    }
}
