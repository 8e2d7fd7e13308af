/// `a === b` and `a !== b`: two class instances (or optional ones, or one `nil`) compared by identity, as
/// `Compiler.compileIdentityComparison` compiles them before any declared operator.
extension TypeChecker {
    /// Bool when both sides are class instances (optional or not; a `nil` literal on at most one side); otherwise the
    /// mistake on values that are no class instances (`identityMismatch`), or nil. Each side is checked once.
    func identityComparison(_ op: String, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) -> CType? {
        let a = Self.isNilLiteral(lhs) ? nil : check(lhs, expected: nil)
        let b = Self.isNilLiteral(rhs) ? nil : check(rhs, expected: nil)
        var sides = 0
        var known = true
        for (side, type) in [(lhs, a), (rhs, b)] where !Self.isNilLiteral(side) {
            sides += 1
            guard case .user(let user)? = type?.unwrapped, user.kind == .classType else {
                known = false
                continue
            }
        }
        if known && sides > 0 { return .bool }
        return identityMismatch(op, a, b, at: location)
    }
}
