/// `a === b` and `a !== b`: two class instances (or optional ones, or one `nil`) compared by identity, as
/// `Compiler.compileIdentityComparison` compiles them before any declared operator.
extension TypeChecker {
    /// Bool when both sides are class instances (optional or not; a `nil` literal on at most one side); nil otherwise.
    func identityComparison(_ lhs: Expr, _ rhs: Expr) -> CType? {
        var sides = 0
        var known = true
        for side in [lhs, rhs] {
            if case .nilLiteral = side.kind { continue }
            sides += 1
            guard case .user(let type)? = check(side, expected: nil)?.unwrapped, type.kind == .classType else {
                known = false
                continue
            }
        }
        return known && sides > 0 ? .bool : nil
    }
}
