import Diagnostics

/// The checker's diagnostics about values nbrun refuses (issue 12, session 17): an enum case with associated values
/// read without them, a one-sided range of a bound that is no Int outside a subscript or pattern, an operator stored
/// as a value without a function context. Each is reported as the generator reports it (same `CompileError`, same
/// position: `Compiler.compileStaticMember`, `compilePrefix`, `operatorFunction`) and only where the checker is
/// certain the generator meets it so.
extension TypeChecker {
    /// `Shape.circle` where `circle` has associated values: the generator's `enum case 'circle' has associated values;
    /// use 'circle(…)'`, at the member's name; returns the error type, nil when the case has none (or is no case).
    func enumCaseWithoutValues(_ type: UserType, _ name: String, at location: SourceLocation) -> CType? {
        guard type.kind == .enumeration, !isGeneric(type), let index = type.caseIndex(name),
              type.cases[index].payload != nil else { return nil }
        reportOnce(.enumCaseNeedsValues(name), at: location)
        return .error
    }

    /// `let r = 1.5...` (no context): a one-sided range whose bound is of a known built-in type that is not Int, the
    /// generator's `one-sided ranges are supported as array subscripts and case patterns only in nbrun cells`, at the
    /// range; true when reported.
    func oneSidedRangeOfAnotherBound(_ bound: CType?, expected: CType?, at location: SourceLocation) -> Bool {
        guard expected == nil, let bound, [.double, .string, .bool, .character].contains(bound) else { return false }
        reportOnce(.oneSidedRangeContext, at: location)
        return true
    }

    /// `let f = (+)` without an annotation: a built-in operator as a value with no function type to take its
    /// operands from, the generator's `operator '+' cannot be used as a value here`, at the operator; true when reported.
    func operatorStoredWithoutContext(_ value: Expr, annotation: TypeExpr?) -> Bool {
        guard annotation == nil, case .name(let op) = value.kind, Compiler.isOperatorName(op), !declaredOperators.contains(op),
              let referent = resolution.referent(of: value), referent == .builtin || referent == .unresolved else { return false }
        reportOnce(.operatorAsValue(op), at: value.location)
        return true
    }
}
