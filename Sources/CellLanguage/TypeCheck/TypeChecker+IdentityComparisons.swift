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
        var values: [(Expr, CType)] = []
        for (side, type) in [(lhs, a), (rhs, b)] where !Self.isNilLiteral(side) {
            sides += 1
            guard case .user(let user)? = type?.unwrapped, user.kind == .classType else {
                known = false
                if let type, isClosed(type) { values.append((side, type)) }
                continue
            }
        }
        if known && sides > 0 { return .bool }
        if sides == 2, !values.isEmpty, values.count + classInstances(a, b) == 2 { return identityOfValues(values) }
        return identityMismatch(op, a, b, at: location)
    }

    /// How many of the two sides' types are (optional) class instances.
    private func classInstances(_ a: CType?, _ b: CType?) -> Int {
        [a, b].filter { type in
            guard case .user(let user)? = type?.unwrapped else { return false }
            return user.kind == .classType
        }.count
    }

    /// `s1 === s2` on values of types that are certainly no class (structs, enums, numbers, strings, their optionals
    /// and collections): swiftc's `argument type 'S' expected to be an instance of a class or class-constrained type`
    /// at each such operand.
    private func identityOfValues(_ values: [(Expr, CType)]) -> CType {
        for (side, type) in values { report(.identityOfValue(type), at: side.location) }
        return .error
    }
}
