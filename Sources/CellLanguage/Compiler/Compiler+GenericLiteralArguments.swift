import Diagnostics

/// Number literals among a generic call's arguments take the type the other arguments give the type parameter, as
/// in swiftc: `findIndex(of: 2.5, in: [1])` binds `T` to Double and types `[1]` as `[Double]`;
/// `findIndex(of: 2, in: [1, d])` binds it to Double from `[1, d]`. Inference reads the arguments in order first
/// (what nbrun always did, and where its conflicts are reported); when that conflicts, it reads them again with the
/// literals last (floating-point before integer ones), each literal typed by its parameter's type under the bindings
/// found so far, as the checker typed it (it reads them in the same order).
extension Compiler {
    /// The bindings inferred from the arguments with literals last, or nil when they conflict there too.
    func bindingsWithLiteralsLast(_ decl: FunctionDecl, _ arguments: [Argument], matched: [Int?], names: Set<String>,
                                  outer: [String: CType]) -> [String: CType]? {
        let order = matched.indices.sorted { left, right in
            func rank(_ index: Int) -> Int { matched[index].map { Compiler.literalRank(arguments[$0].value) } ?? 0 }
            return (rank(left), left) < (rank(right), right)
        }
        var bindings: [String: CType] = [:]
        for index in order {
            guard let argumentIndex = matched[index] else { continue }
            let value = arguments[argumentIndex].value, pattern = decl.parameters[index].type
            let known = outer.merging(bindings) { $1 }
            let actual: CType
            if Compiler.literalRank(value) > 0, !Compiler.mentions(pattern, names.subtracting(known.keys)) {
                // Typed by its parameter under the bindings found so far: the checker's type, which read the
                // arguments in the same order (`TypeChecker.bindings`); unknown to it, the conflict stands.
                guard let checked = checkedType(value) else { return nil }
                actual = checked
            } else {
                actual = checkerType(value)
            }
            guard !actual.hasError, Compiler.infer(pattern, actual, names, into: &bindings) else { return nil }
        }
        return bindings
    }

    /// 0 for an argument that is not a number literal, 1 for a floating-point one (or an array literal of number
    /// literals holding one), 2 for an integer one (or an array literal of them).
    static func literalRank(_ expr: Expr) -> Int {
        switch expr.kind {
        case .floatLiteral: return 1
        case .intLiteral: return 2
        case .prefix("-", let operand): return literalRank(operand)
        case .array(let elements) where !elements.isEmpty:
            let ranks = elements.map(literalRank)
            return ranks.contains(0) ? 0 : ranks.min() ?? 0
        default: return 0
        }
    }
}
