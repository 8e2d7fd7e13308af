/// `[1, nil, 3]` without a contextual type: an array of the optional of what the other elements give, as the
/// generator types it (`Compiler.optionalElementType`, which types the other elements alone as one literal).
extension TypeChecker {
    /// The element type of an array literal holding `nil` among other elements (nil when it holds no `nil`, only
    /// `nil`s, or the others' type is unknown). The others are typed in a trial check, undone: the literal's
    /// elements are then checked for real against the optional element type. Literals of different basic types beside
    /// the `nil` (`[1, nil, "s"]`) are swiftc's `heterogeneous collection literal could only be inferred to '[Any?]'`,
    /// reported once, at the literal (`location`): the element type is then `Any?`.
    func optionalArrayElement(_ elements: [Expr], at location: SourceLocation) -> CType? {
        guard elements.contains(where: Self.isNilLiteral) else { return nil }
        let others = elements.filter { !Self.isNilLiteral($0) }
        // Leaves only: the trial and the real check then cost two visits of a leaf, never of a nested literal.
        guard let first = others.first, others.allSatisfy(Self.isLeaf) else { return nil }
        if Self.isHeterogeneous(others) {
            report(.heterogeneousCollectionLiteral("[Any?]"), at: location)
            return .optional(.user(compiler.anyType))
        }
        let trial = beginTrial()
        let found = check(Expr(.array(others), at: first.location), expected: nil)
        rollback(to: trial)
        guard case .array(let element)? = found, !element.hasError else { return nil }
        return element.isOptional ? element : .optional(element)
    }

    /// `Any?` for a literal of `nil`s only in a closure's body (a loop in it included), where swiftc types it
    /// `[Any?]` (`Compiler.nilOnlyClosureElementType`); nil elsewhere, or where the checker cannot tell.
    func nilOnlyClosureElement(_ elements: [Expr]) -> CType? {
        guard !elements.isEmpty, elements.allSatisfy(Self.isNilLiteral), bodyContext.inClosureBody == true else { return nil }
        return .optional(.user(compiler.anyType))
    }

    /// Whether `literals` are literals of basic types no one type holds (Ints and Doubles make Doubles).
    private static func isHeterogeneous(_ literals: [Expr]) -> Bool {
        let types = literals.map { $0.isNumericLiteral ? ($0.containsFloatLiteral ? CType.double : .int) : Self.literalType($0) }
        guard types.allSatisfy({ $0 != nil }) else { return false }
        let kinds = Set(types.map { $0 == .double ? .int : $0 })
        return kinds.count > 1
    }

    /// A literal, a name, or a member of a name (`-1`, `"x"`, `count`, `point.x`).
    private static func isLeaf(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .name: return true
        case .stringLiteral: return Compiler.isPlainTextLiteral(expr)
        case .prefix("-", let operand): return isLeaf(operand)
        case .member(let base?, _, _): if case .name = base.kind { return true } else { return false }
        default: return false
        }
    }
}
