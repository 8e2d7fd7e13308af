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

    /// What a set of native overloads is, for swiftc's `no exact matches in call to …` when none fits.
    enum NativeCallRole {
        case function, instanceMethod, staticMethod, subscriptAccess
        /// A subscript setter's store (`t[0] = v`: the new value is the last argument), its `[` at `bracket`.
        case subscriptStore(bracket: SourceLocation)
        /// Any other: only initializers among them are ranked when none fits.
        case other

        /// swiftc's words for `name`'s overloads; nil for `other`.
        func noMatch(_ name: String) -> CompileError? {
            switch self {
            case .function: return .noMatchingGlobalFunction(name)
            case .instanceMethod: return .noMatchingInstanceMethod(name)
            // A static function is registered as `Type.name`.
            case .staticMethod: return .noMatchingFunction(String(name.split(separator: ".").last ?? ""), role: "static method")
            case .subscriptAccess, .subscriptStore: return .noMatchingSubscript
            case .other: return nil
            }
        }
    }

    /// How a candidate misses a call: the arguments it refuses (argument index and parameter type) and its penalty,
    /// the adaptations it needs (an argument that fits with a score below 2: an Int literal as a Double, a value as
    /// an optional; a refused argument whose parameter is optional), as swiftc's score ranks the fixed solutions.
    private struct NativeMiss {
        var refused: [(argument: Int, type: CType)] = []
        var penalty = 0

        /// Whether `other` refuses the same arguments as the same types.
        func refusesAlike(_ other: NativeMiss) -> Bool {
            refused.count == other.refused.count
                && zip(refused, other.refused).allSatisfy { $0.argument == $1.argument && $0.type == $1.type }
        }
    }

    /// How each candidate misses, in order; nil when the checker cannot tell some fit.
    private func nativeMisses(_ fitting: [(NativeFunction, [Int?])], _ arguments: [Argument],
                              ranked: inout IdentityTable<Expr, CType>) -> [NativeMiss]? {
        var misses: [NativeMiss] = []
        for (candidate, matched) in fitting {
            var miss = NativeMiss()
            for (position, argument) in matched.enumerated() {
                guard let argument else { continue }
                let type = candidate.parameters[position].type
                switch nativeFit(arguments[argument].value, type, ranked: &ranked) {
                case .unknown: return nil
                case .none:
                    // An argument whose type a context could change (`c ? 1 : 2` as a Double) refuses nothing surely.
                    guard Self.isCertainlyTyped(arguments[argument].value) else { return nil }
                    miss.refused.append((argument, type))
                    if type.isOptional { miss.penalty += 1 }
                case .score(let value): miss.penalty += 2 - value
                }
            }
            misses.append(miss)
        }
        return misses
    }

    /// Whether `expr`'s type is the same in every context: a literal alone, a name, a member read, a call, a
    /// subscript, a force unwrap, arrays and tuples of such, and operators on them.
    private static func isCertainlyTyped(_ expr: Expr) -> Bool {
        if expr.isNumericLiteral { return true }
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .stringLiteral, .nilLiteral: return true
        case .array(let elements): return elements.allSatisfy(isCertainlyTyped)
        case .tuple(let items): return items.allSatisfy { isCertainlyTyped($0.value) }
        case .prefix(_, let operand): return isCertainlyTyped(operand)
        default: return isContextFree(expr)
        }
    }

    /// Overloaded initializers, functions or methods none of whose argument types fit (`Tensor([1.0],
    /// requiresGrad: "yes")`, `fig.scatter(x: [1], y: [1], color: 3)`): as swiftc, the candidate refusing fewest
    /// arguments, then the one needing fewest adaptations, has its arguments checked against its parameters (the
    /// String's mistake); a tie of candidates refusing different arguments or types is `no exact matches in call to
    /// …` at `location` (`Tensor(true)`). The error type after reporting; nil when not decided here.
    func closestNativeMistake(_ fitting: [(NativeFunction, [Int?])], _ arguments: [Argument], role: NativeCallRole,
                              at location: SourceLocation, ranked: inout IdentityTable<Expr, CType>) -> CType? {
        let allInitializers = fitting.allSatisfy { $0.0.isInitializer }
        guard fitting.count > 1, let noMatch = allInitializers ? CompileError.noMatchingInitializer : role.noMatch(fitting[0].0.name),
              let misses = nativeMisses(fitting, arguments, ranked: &ranked),
              let fewest = misses.map(\.refused.count).min(), fewest > 0 else { return nil }
        let closeness = misses.map { $0.refused.count == fewest ? $0.penalty : Int.max }
        let best = closeness.min() ?? 0
        let closest = closeness.indices.filter { closeness[$0] == best }
        if case .subscriptStore(let bracket) = role {
            return storeMistake(fitting, arguments, closest.map { misses[$0] }, bracket: bracket, ranked: &ranked)
        }
        guard closest.dropFirst().allSatisfy({ misses[$0].refusesAlike(misses[closest[0]]) }) else {
            uncheckedArguments(arguments)
            report(noMatch, at: location)
            return .error
        }
        let (function, matched) = fitting[closest[0]]
        let before = checked.diagnostics.count
        for (position, index) in matched.enumerated() {
            guard let index else { continue }
            checkConverting(arguments[index].value, to: function.parameters[position].type) { .argumentType($0, expected: $1) }
        }
        return checked.diagnostics.count > before ? .error : nil
    }

    /// A store through native subscript setters none of which takes the indices and the value: the value's
    /// mistake against the first setter's type when the closest setters refuse only the value (`t[0] = "a"`:
    /// `cannot assign value of type 'String' to subscript of type 'Tensor'`, as swiftc words a subscript
    /// assignment), else `no exact matches in call to subscript` at the `[` (`t["a"] = 1.0`).
    private func storeMistake(_ fitting: [(NativeFunction, [Int?])], _ arguments: [Argument], _ closest: [NativeMiss],
                              bracket: SourceLocation, ranked: inout IdentityTable<Expr, CType>) -> CType? {
        let value = arguments.count - 1
        let indices = Array(arguments.dropLast())
        guard value >= 0, closest.allSatisfy({ $0.refused.count == 1 && $0.refused[0].argument == value }),
              let found = ranked[arguments[value].value] ?? check(arguments[value].value, expected: nil),
              let element = closest.first?.refused[0].type else {
            uncheckedArguments(arguments)
            report(.noMatchingSubscript, at: bracket)
            return .error
        }
        uncheckedArguments(indices)
        report(.subscriptAssignmentType(found, element: element), at: arguments[value].value.conversionLocation)
        return .error
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
        if Compiler.isUnboundedRange(expr) { return type == .partialRange(.unbounded) ? .score(2) : .none }  // `x[...]`
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
            guard let body = closureResult(literal) else { return .unknown }
            if body == result { return .score(2) }
            // A one-expression body's value may be dropped for a `() -> Void` (swiftc takes `noGrad { "a" }`).
            return result == .void && literal.body.count == 1 ? .score(1) : .none
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
