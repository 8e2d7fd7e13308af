import Diagnostics
import SwiftSyntax

/// `if let (a, b) = pair` (also `var`, `guard`, `while`, nested tuples): swiftc binds the elements of the optional
/// tuple's value, which is the case pattern `if case let (a, b)? = pair`.
extension Lowering {
    /// The condition binding a tuple pattern, as a case pattern on the optional's `.some`; nil for other patterns.
    func lowerTupleBinding(_ binding: OptionalBindingConditionSyntax) -> Condition? {
        // The parser may give the tuple as an expression pattern (`(a, b)` read as a tuple expression).
        let isTuple = binding.pattern.is(TuplePatternSyntax.self)
            || binding.pattern.as(ExpressionPatternSyntax.self)?.expression.is(TupleExprSyntax.self) == true
        // `if let _ = x`: the value is tested, nothing is bound.
        let isWildcard = binding.pattern.is(WildcardPatternSyntax.self)
            || binding.pattern.as(ExpressionPatternSyntax.self)?.expression.is(DiscardAssignmentExprSyntax.self) == true
        guard isTuple || isWildcard, binding.typeAnnotation == nil,
              let initializer = binding.initializer else { return nil }
        let mutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
        reportedTokens[loc(binding.pattern)] = loc(binding.bindingSpecifier)  // where a non-optional value is reported
        let pattern = lowerCasePattern(binding.pattern, binding: true, mutable: mutable)
        return .pattern(.enumCase("some", [pattern], loc(binding.pattern)), value: lowerExpr(initializer.value),
                        location: loc(binding.pattern))
    }
}
