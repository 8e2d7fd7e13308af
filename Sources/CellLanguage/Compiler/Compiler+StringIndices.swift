import Diagnostics

/// `s[i]`, `s[i..<j]`, `s[..<i]` on Strings and Substrings, ranges and comparisons of `String.Index`, and
/// comparisons of Substrings (with each other and with Strings, on their text).
extension Compiler {
    /// A subscript of a String or Substring: a Character at an index, a Substring for a range of indices (an index of
    /// another type, an Int's "unavailable" error included, is the checker's to report).
    func compileStringSubscript(_ container: Typed, _ indexExpr: Expr, at location: SourceLocation) -> Typed {
        let text = container.value
        if Compiler.isUnboundedRange(indexExpr) {  // `s[...]`: the whole text as a Substring
            return Typed(type: .substring, code: .value { frame in
                let value = try text(frame)
                let (string, origin) = StringIndexing.parts(value)
                return try StringIndexing.slice(value, origin, origin &+ string.utf8.count, at: location)
            })
        }
        if let (op, boundExpr) = Compiler.oneSidedRange(indexExpr) {
            let bound = compileExpr(boundExpr, expected: .stringIndex)
            guard let position = stringIndexCode(bound, boundExpr) else { return .invalid }
            // The kind of range is chosen here, once: `..<i`, `...i` or `i...`.
            let slice: (Value, Int) throws -> Value
            switch op {
            case "..<":
                slice = { value, offset in
                    try StringIndexing.slice(value, StringIndexing.parts(value).origin, offset, at: location)
                }
            case "...":
                slice = { value, offset in
                    try StringIndexing.slice(value, StringIndexing.parts(value).origin, offset, closed: true, at: location)
                }
            default:
                slice = { value, offset in
                    let (string, origin) = StringIndexing.parts(value)
                    return try StringIndexing.slice(value, offset, origin &+ string.utf8.count, at: location)
                }
            }
            return Typed(type: .substring, code: .value { frame in try slice(try text(frame), try position(frame).intValue) })
        }
        let index = compileExpr(indexExpr, expected: .stringIndex)
        if case .indexRange(let closed) = index.type {
            let bounds = index.value
            return Typed(type: .substring, code: .value { frame in
                let value = try text(frame)
                guard case .range(let lower, let upper, _) = try bounds(frame) else { return .void }
                return try StringIndexing.slice(value, lower, upper, closed: closed, at: location)
            })
        }
        guard let position = stringIndexCode(index, indexExpr) else { return .invalid }
        return Typed(type: .character, code: .value { frame in
            try StringIndexing.character(try text(frame), try position(frame).intValue, at: location)
        })
    }

    /// The code of an index argument, or nil for an index of another type (the checker reports it,
    /// `TypeChecker.stringSubscript`).
    private func stringIndexCode(_ index: Typed, _ expr: Expr) -> ((Frame) throws -> Value)? {
        switch index.type {
        case .stringIndex: return index.value
        case .error: return nil
        default:
            cannotGenerate(at: expr.location)
            return nil
        }
    }

    /// `i..<j`, `i...j`, `i < j` on indices, and comparisons of Substrings; nil for other operands.
    func compileStringIndexOperator(_ op: String, _ a: Typed, _ b: Typed, _ lhs: Expr, _ rhs: Expr, expected: CType? = nil,
                                    at location: SourceLocation) -> Typed? {
        let x = a.value, y = b.value
        switch (a.type, b.type) {
        case (.stringIndex, .int) where ["+", "-", "*", "/"].contains(op), (.int, .stringIndex) where ["+", "-", "*", "/"].contains(op):
            // `i + 1`: the checker reports it (`TypeChecker.stringIndexArithmetic`).
            cannotGenerate(at: location)
            return .invalid
        case (.stringIndex, .stringIndex):
            if op == "..<" || op == "..." {
                let closed = op == "..."
                return Typed(type: .indexRange(closed: closed), code: .value { frame in
                    let low = try x(frame).intValue, high = try y(frame).intValue
                    guard low <= high else {
                        throw RuntimeError(message: "Range requires lowerBound <= upperBound", location: location)
                    }
                    return .range(low, high, closed: closed)
                })
            }
            guard let compare = Compiler.comparison(op, Int.self) else { return nil }
            return Typed(type: .bool, code: .bool { compare(try x($0).intValue, try y($0).intValue) })
        case (.substring, .substring), (.substring, .string), (.string, .substring):
            if op == "+" { return concatenation(a, b, lhs, rhs, expected: expected) }
            guard let compare = Compiler.comparison(op, String.self) else { return nil }
            return Typed(type: .bool, code: .bool { compare(StringIndexing.text(try x($0)), StringIndexing.text(try y($0))) })
        default:
            return nil
        }
    }

    /// A Substring as a String (its text), for the conversions and loops that take a String; other values unchanged.
    static func stringIfSubstring(_ typed: Typed) -> Typed {
        typed.type == .substring ? SubstringMembers.text(typed) : typed
    }

    /// The comparison `op` names, or nil.
    static func comparison<T: Comparable>(_ op: String, _ type: T.Type) -> ((T, T) -> Bool)? {
        switch op {
        case "==": return { $0 == $1 }
        case "!=": return { $0 != $1 }
        case "<": return { $0 < $1 }
        case "<=": return { $0 <= $1 }
        case ">": return { $0 > $1 }
        case ">=": return { $0 >= $1 }
        default: return nil
        }
    }
}
