/// How the checker ranks the native overloads several of whose labels fit a call, as the generator does
/// (`Compiler.compileNativeCall`): each argument scores 2 when it has the parameter's type, 1 when a literal adapts
/// (an Int literal as a Double, a value as an optional), and the candidate every argument fits with the highest
/// score wins (the first of equals). Where the generator would have to compile an argument to know its score and
/// the checker cannot type it, the choice stays unknown.
extension TypeChecker {
    /// How well an argument fits a parameter type.
    enum NativeFit {
        /// The checker cannot tell.
        case unknown
        /// It does not fit.
        case none
        /// It fits with this score.
        case score(Int)
    }

    /// The overload the generator calls among those the labels fit (with which argument each parameter takes); nil
    /// when there is none or the checker cannot tell.
    /// `ranked`: the arguments' context-free types found while ranking (each argument is checked once, not once per
    /// candidate, so nested native calls such as `x.adding(x.adding(…))` stay linear).
    func chooseNative(_ fitting: [(NativeFunction, [Int?])], _ arguments: [Argument],
                      ranked: inout IdentityTable<Expr, CType>) -> (NativeFunction, [Int?])? {
        if fitting.count <= 1 { return fitting.first }
        var best: (score: Int, index: Int)?
        for (index, (candidate, matched)) in fitting.enumerated() {
            var score = 0, fitsAll = true
            for (position, argument) in matched.enumerated() {
                guard let argument else { continue }
                switch nativeFit(arguments[argument].value, candidate.parameters[position].type, ranked: &ranked) {
                case .unknown: return nil
                case .none: fitsAll = false
                case .score(let value): score += value
                }
                if !fitsAll { break }
            }
            if fitsAll, score > (best?.score ?? -1) { best = (score, index) }
        }
        guard let best else { return nil }
        return fitting[best.index]
    }

    /// How many arguments each candidate certainly refuses, in order; nil when the checker cannot tell some fit.
    func refusalCounts(_ fitting: [(NativeFunction, [Int?])], _ arguments: [Argument],
                       ranked: inout IdentityTable<Expr, CType>) -> [Int]? {
        var counts: [Int] = []
        for (candidate, matched) in fitting {
            var refused = 0
            for (position, argument) in matched.enumerated() {
                guard let argument else { continue }
                switch nativeFit(arguments[argument].value, candidate.parameters[position].type, ranked: &ranked) {
                case .unknown: return nil
                case .none: refused += 1
                case .score: break
                }
            }
            counts.append(refused)
        }
        return counts
    }

    /// How well `expr` fits a parameter of type `type` (`Compiler.fitScore`'s rules).
    func nativeFit(_ expr: Expr, _ type: CType) -> NativeFit {
        var ranked = IdentityTable<Expr, CType>()
        return nativeFit(expr, type, ranked: &ranked)
    }

    /// `nativeFit`, reading and keeping the context-free types of the arguments already checked in `ranked`.
    func nativeFit(_ expr: Expr, _ type: CType, ranked: inout IdentityTable<Expr, CType>) -> NativeFit {
        if case .optional(let wrapped) = type {
            if case .nilLiteral = expr.kind { return .score(2) }
            switch nativeFit(expr, wrapped, ranked: &ranked) {
            case .score(let value): return .score(max(value - 1, 1))
            case .unknown: return .unknown
            // A value of the optional type itself (`let c: Color? = …; fig.line(y: ys, color: c)`).
            case .none: return ranked[expr] == type ? .score(2) : .none
            }
        }
        if case .nilLiteral = expr.kind { return .none }
        if expr.isNumericLiteral {
            let hasFloat = expr.containsFloatLiteral
            if type == .double { return .score(hasFloat ? 2 : 1) }
            return type == .int && !hasFloat ? .score(2) : .none
        }
        switch expr.kind {
        case .member(nil, _, _):
            // Without a contextual type an implicit member is an error, which the generator counts as a fit.
            return .score(2)
        case .binary(let op, let lower, let upper, _) where (op == "..." || op == "..<")
                && lower.isNumericLiteral && upper.isNumericLiteral:
            let closed = op == "..."
            let hasFloat = lower.containsFloatLiteral || upper.containsFloatLiteral
            if type == (closed ? .doubleClosedRange : .doubleRange) { return .score(hasFloat ? 2 : 1) }
            return !hasFloat && type == (closed ? .closedRange : .range) ? .score(2) : .none
        case .closure(let literal):
            guard case .function(let parameters, let result) = type else { return .unknown }
            // A closure without parameters is ranked by the type its body returns (`noGrad { x.sum() }`).
            guard parameters.isEmpty && literal.anonymousCount == 0 && literal.parameters.isEmpty else { return .score(2) }
            return closureResult(literal).map { $0 == result ? .score(2) : .none } ?? .unknown
        case .array(let elements):
            if case .array(let element) = type {
                return lowest(zip(elements, [CType](repeating: element, count: elements.count)))
            }
            // A literal of numbers (or of such literals) is an array of numbers, which fits no other type.
            if Self.isNumberArray(expr) { return .none }
        case .tuple(let items):
            guard case .tuple(let fields) = type else { break }
            guard items.count == fields.count,
                  zip(items, fields).allSatisfy({ $0.label == nil || $0.label == $1.label }) else { return .none }
            return lowest(zip(items.map(\.value), fields.map(\.type)))
        default:
            break
        }
        if let known = ranked[expr] { return known == type ? .score(2) : .none }
        guard let actual = check(expr, expected: nil) else { return .unknown }
        ranked[expr] = actual
        return actual == type ? .score(2) : .none
    }

    /// The type a closure without parameters returns, as the generator infers it: its expression's when its body is
    /// one expression the checker types, Void when its statements hold no `return`.
    private func closureResult(_ literal: ClosureLiteral) -> CType? {
        guard literal.returnType == nil, literal.captures.isEmpty, literal.ownedCaptures.isEmpty else { return nil }
        if literal.body.count == 1, case .expression(let body) = literal.body[0] { return check(body, expected: nil) }
        return ResultBuilderTransform.containsReturn(literal.body) ? nil : .void
    }

    /// Whether an array literal holds numbers, or such literals all of one depth (`[[1, 2], [3]]`).
    private static func isNumberArray(_ expr: Expr) -> Bool { numberArrayDepth(expr) != nil }

    private static func numberArrayDepth(_ expr: Expr) -> Int? {
        guard case .array(let items) = expr.kind, !items.isEmpty else { return nil }
        if items.allSatisfy(\.isNumericLiteral) { return 1 }
        let depths = items.map(numberArrayDepth)
        guard let first = depths[0], depths.allSatisfy({ $0 == first }) else { return nil }
        return first + 1
    }

    /// The lowest fit of elements in order: the first that does not fit (or is unknown) decides, as the generator
    /// stops scoring there.
    private func lowest<S: Sequence>(_ pairs: S) -> NativeFit where S.Element == (Expr, CType) {
        var score = 2
        for (expr, type) in pairs {
            switch nativeFit(expr, type) {
            case .score(let value): score = min(score, value)
            case let other: return other
            }
        }
        return .score(score)
    }
}
