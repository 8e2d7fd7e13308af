/// `switch` case patterns on a subject whose type the checker knows: the names they bind take the matched part's
/// type and the literals they compare with are checked against it (`Compiler.compileCasePattern`). Enum-case,
/// optional and range patterns: `TypeChecker+PatternConditions`; cast patterns are left unknown. A tuple pattern that
/// does not fit the value is reported as swiftc words it where the pattern is matched (`PatternPlace`).
extension TypeChecker {
    /// Where a case pattern is matched, which decides how swiftc words and places a tuple pattern that does not fit.
    enum PatternPlace {
        /// A `switch` case: at the tuple pattern's `(`.
        case switchCase
        /// `if case`, `guard case`, `while case`, at the value: as a conversion to the pattern's shape (`nested`: the
        /// pattern is inside another, where nbrun names the part's type, not swiftc's whole pattern type).
        case condition(value: SourceLocation, nested: Bool)
        /// `for case … in sequence`: at the sequence.
        case loop(sequence: SourceLocation)

        /// The place of the patterns inside a pattern matched here.
        var inner: PatternPlace {
            if case .condition(let value, _) = self { return .condition(value: value, nested: true) }
            return self
        }
    }

    /// Checks one case pattern matched against a value of type `type`.
    func casePattern(_ pattern: CasePattern, _ type: CType, _ place: PatternPlace = .switchCase) {
        switch pattern {
        case .binding(let name, let location, _):
            declare(name, at: location, type)
        case .expression(let expr):
            guard Self.isPlainLiteral(expr) else { return rangeOrNilPattern(expr, type) }
            switch type {
            case .int, .double, .string, .character, .bool: literalPattern(expr, type)
            case .optional(let wrapped) where Self.literalType(expr) == wrapped:
                check(expr, expected: wrapped)  // `case 1:` against an `Int?`: a present 1 (`Compiler.compileExpressionPattern`)
            default: valuePattern(expr, type, check(expr, expected: type), at: expr.location)
            }
        case .tuple(let patterns, let location):
            guard case .tuple(let elements) = type, elements.count == patterns.count else {
                return tuplePatternMismatch(patterns.count, type, place, at: location)
            }
            for (pattern, element) in zip(patterns, elements) { casePattern(pattern, element.type, place.inner) }
        case .cast(let inner, let typeExpr, let location):
            castPattern(inner, typeExpr, type, at: location)
        case .enumCase(let name, let payload, let location):
            if reportsMissingCase(name, type, at: location) || reportsCasePatternLength(name, payload, type, at: location) {
                return
            }
            enumCasePattern(name, payload, type, place.inner)
        case .wildcard:
            break
        }
    }

    /// Whether `pattern` is a tuple that holds, through tuples alone, a tuple of `count` elements.
    private static func isTupleNesting(_ pattern: CasePattern, to count: Int) -> Bool {
        guard case .tuple(let items, _) = pattern else { return false }
        return items.contains { item in
            if case .tuple(let inner, _) = item, inner.count == count { return true }
            return isTupleNesting(item, to: count)
        }
    }

    /// A tuple pattern as swiftc writes its type: `_` for a binding or a wildcard, a literal's type for a literal.
    private static func patternShape(_ pattern: CasePattern) -> String {
        switch pattern {
        case .tuple(let items, _): return "(" + items.map(patternShape).joined(separator: ", ") + ")"
        case .expression(let expr): return literalType(expr)?.description ?? "_"
        default: return "_"
        }
    }

    /// Whether a pattern expression is a single literal (not a range, not an expression to evaluate).
    private static func isPlainLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral: return true
        case .stringLiteral(let parts): return parts.allSatisfy { if case .text = $0 { true } else { false } }
        default: return false
        }
    }

    /// An expression pattern of type `found` compared with a subject of type `type` (`Compiler.compileExpressionPattern`):
    /// of another type (nor a range of Ints against an Int, of Doubles against a Double, nor the wrapped type of an
    /// optional subject) it is swiftc's `expression pattern of type 'String' cannot match values of type 'Int'`; of a
    /// declared type that is not `Equatable` (and conforms to nothing), `operator function '~=' requires that 'P'
    /// conform to 'Equatable'`, at the pattern.
    func valuePattern(_ expr: Expr, _ type: CType, _ found: CType?, at location: SourceLocation) {
        guard let found, !found.hasError, !type.hasError else { return }
        if found == type {
            guard case .user(let user) = type, user.kind != .protocolType, !user.isEquatable, user.conformances.isEmpty else { return }
            return report(.genericRequirement("operator function '~='", type: type, protocolName: "Equatable"), at: expr.location)
        }
        switch (type, found) {
        case (.int, .range), (.int, .closedRange), (.double, .doubleRange), (.double, .doubleClosedRange): return
        default: break
        }
        if type == .user(compiler.anyType) {  // `case 1:` on an `Any` (an `[Any]` literal's element): `~=` needs Equatable
            return report(.sequenceMethodRequires(method: "~=", element: type, protocolName: "Equatable"), at: expr.location)
        }
        var wrapped = type
        while case .optional(let inner) = wrapped {
            if inner == found { return }
            wrapped = inner
        }
        report(.patternType(found, subject: type), at: location)
    }

    /// Reports a tuple pattern of `count` elements matched against a value of type `type` that is no tuple or a
    /// tuple of another length (`Compiler.compileCasePattern` cannot build its test); its names stay unknown.
    private func tuplePatternMismatch(_ count: Int, _ type: CType, _ place: PatternPlace, at location: SourceLocation) {
        guard !type.hasError else { return }
        let isTuple = if case .tuple = type { true } else { false }
        switch place {
        case .switchCase:
            report(isTuple ? .enumCasePatternLength(type) : .tuplePatternOnNonTuple(type), at: location)
        case .condition(let value, let nested):
            if nested, isTuple, let whole = conditionTuplePattern, Self.isTupleNesting(whole.pattern, to: count) {
                // `if case (1, (let a, let b, let c)) = (1, (2, 3))`: swiftc names the whole value and pattern.
                return report(.nestedTuplePatternShape(whole.type, shape: Self.patternShape(whole.pattern)), at: value)
            }
            report(isTuple && !nested ? .destructureCount(type, elements: count) : .tuplePatternShape(type, elements: count), at: value)
        case .loop(let sequence):
            report(isTuple ? .loopPatternType(type) : .tuplePatternOnNonTuple(type, inLoop: true), at: sequence)
        }
    }
}
