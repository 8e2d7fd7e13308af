/// `switch` case patterns on a subject whose type the checker knows: the names they bind take the matched part's
/// type and the literals they compare with are checked against it (`Compiler.compileCasePattern`). Enum-case,
/// optional and range patterns: `TypeChecker+PatternConditions`; cast patterns are left unknown.
extension TypeChecker {
    /// Checks one case pattern matched against a value of type `type`.
    func casePattern(_ pattern: CasePattern, _ type: CType) {
        switch pattern {
        case .binding(let name, let location, _):
            declare(name, at: location, type)
        case .expression(let expr):
            guard Self.isPlainLiteral(expr) else { return rangeOrNilPattern(expr, type) }
            switch type {
            case .int, .double, .string, .character, .bool: literalPattern(expr, type)
            case .optional(let wrapped) where Self.literalType(expr) == wrapped:
                check(expr, expected: wrapped)  // `case 1:` against an `Int?`: a present 1 (`Compiler.compileExpressionPattern`)
            default: break
            }
        case .tuple(let patterns):
            guard case .tuple(let elements) = type, elements.count == patterns.count else { return }
            for (pattern, element) in zip(patterns, elements) { casePattern(pattern, element.type) }
        case .cast(let inner, let typeExpr, _):
            castPattern(inner, typeExpr, type)
        case .enumCase(let name, let payload, let location):
            if reportsMissingCase(name, type, at: location) || reportsCasePatternLength(name, payload, type, at: location) {
                return
            }
            enumCasePattern(name, payload, type)
        case .wildcard:
            break
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
}
