/// Case patterns beyond single literals, as `Compiler.compileCasePattern` compiles them: enum cases with payloads
/// (`.rect(let w, let h)`), optional patterns (`let x?`, `.some(x)`, a case of an optional enum), `nil` against an
/// optional, and closed or half-open ranges of literals (`1...5`, `"a"..<"n"`); and the subjects of `if case`,
/// `guard case`, `while case` and `for case`.
extension TypeChecker {
    /// `case .name(patterns)` matched against a value of type `type`: the payload's patterns take its elements'
    /// types (`Compiler.compileEnumCasePattern`); nothing for a case the type lacks or a payload of another length.
    func enumCasePattern(_ name: String, _ payload: [CasePattern]?, _ type: CType, _ place: PatternPlace = .switchCase) {
        switch type {
        case .user(let user) where user.kind == .enumeration:
            guard !isGeneric(user), let index = user.caseIndex(name), let payload,
                  let elements = user.cases[index].payload, elements.count == payload.count else { return }
            for (pattern, element) in zip(payload, elements) { casePattern(pattern, element.type, place) }
        case .optional(let wrapped):
            if name == "some", let payload, payload.count == 1 { return casePattern(payload[0], wrapped, place) }
            // `case .circle = optionalShape`: a case of the wrapped enum matches a present value.
            if name != "some", name != "none", case .user(let user) = wrapped, user.kind == .enumeration {
                enumCasePattern(name, payload, wrapped, place)
            }
        default:
            break
        }
    }

    /// An expression pattern that is no single literal: `nil` against an optional, a range of number literals
    /// against an Int or a Double, a range of text literals against a Character or a String (its bounds compiled
    /// against the subject's type, `compileTextRangePattern`); any other value or range is compared with the subject
    /// (`valuePattern`). One-sided ranges of other bounds are left unknown.
    func rangeOrNilPattern(_ expr: Expr, _ type: CType) {
        if case .nilLiteral = expr.kind {
            // `case nil:` against a value of no optional type is valid Swift that never matches (the value promoted
            // to an optional, `Compiler.compileExpressionPattern`).
            if case .optional = type { check(expr, expected: type) }
            return
        }
        if let (_, bound) = Compiler.oneSidedRange(expr), bound.isNumericLiteral,
           type == .double || (type == .int && !bound.containsFloatLiteral) {
            check(bound, expected: type)  // `case ..<0:`, `case 0.5...:` (`Compiler.compileOneSidedRangePattern`)
            return
        }
        if let (_, bound) = Compiler.oneSidedRange(expr) {
            // `case ..<"s":` against an Int: swiftc's argument conversion at the bound.
            if type == .int || type == .double { checkConverting(bound, to: type) { .argumentType($0, expected: $1) } }
            return
        }
        guard case .binary(let op, let lower, let upper, let operatorLocation) = expr.kind, op == "..." || op == "..<" else {
            return valuePattern(expr, type, check(expr, expected: type), at: expr.location)
        }
        switch type {
        case .character, .string:
            if Self.isTextLiteral(lower, single: type == .character), Self.isTextLiteral(upper, single: type == .character) {
                check(lower, expected: type)
                check(upper, expected: type)
            } else if let found = check(expr, expected: nil), found == .range || found == .closedRange {
                // `case 1...4:`: swiftc points at the start against a String, at the operator against a Character.
                report(.patternType(found, subject: type), at: type == .string ? expr.location : operatorLocation)
            }
        default:
            if reportsNumberRangePattern(lower, upper, type)
                || reportsTextRangePattern(op, lower, upper, type, at: operatorLocation) { return }  // `case (1)..."4":` (+RangePatterns)
            // swiftc points at the operator of a range of numbers (`case 1.5...2.5:` against an Int).
            valuePattern(expr, type, check(expr, expected: type), at: type == .int || type == .double ? operatorLocation : expr.location)
        }
    }

    /// `case pattern = value` in a condition: the value checked without a context, the pattern against its type.
    func patternCondition(_ pattern: CasePattern, _ value: Expr) {
        guard let type = check(value, expected: nil) else { return }
        if case .tuple = pattern, case .tuple = type { conditionTuplePattern = (pattern, type) }
        defer { conditionTuplePattern = nil }
        casePattern(pattern, type, .condition(value: value.location, nested: false))
    }

    /// Whether `expr` is a string literal without interpolation (of one character when `single`).
    private static func isTextLiteral(_ expr: Expr, single: Bool) -> Bool {
        guard case .stringLiteral(let parts) = expr.kind, parts.count == 1, case .text(let text) = parts[0] else { return false }
        return !single || text.count == 1
    }
}
