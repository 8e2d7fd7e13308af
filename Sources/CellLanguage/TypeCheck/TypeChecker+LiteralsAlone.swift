/// The types literals have alone. A literal checked against a contextual type (`f(1)` for `f(_: Double)`, a
/// dictionary's `"key"`, `[1, 2]` passed for `[T]`) is recorded with that context's type; the generator also asks
/// for its type without one (which overload or member applies to it) and reads this record
/// (`CheckedTypes.literalTypeAlone`, apart from the alone types the checker's own decisions read).
extension TypeChecker {
    /// Records the type `expr`, checked against a contextual type, has alone when it is a literal.
    func recordLiteralAlone(_ expr: Expr) {
        if let type = literalTypeAlone(expr) { recordLiteralAlone(expr, type) }
    }

    /// The type a literal has without a contextual type: Int, Double, Bool or String for a number (one that fits an
    /// Int), Boolean or string literal, and for an array literal `[Double]` when its elements are number literals one
    /// of which is a floating-point one, otherwise the array of its elements' common type alone; nil for anything
    /// else, and for an array whose elements have no one type alone.
    func literalTypeAlone(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .intLiteral: return expr.largeLiteral == nil ? .int : nil
        case .floatLiteral: return .double
        case .boolLiteral: return .bool
        case .stringLiteral: return .string
        case .prefix("-", let operand) where Self.isNumberLiteral(operand): return literalTypeAlone(operand)
        case .array(let elements) where !elements.isEmpty:
            if elements.allSatisfy(Self.isNumberLiteral) {
                let types = elements.compactMap(literalTypeAlone)
                guard types.count == elements.count else { return nil }
                return .array(types.contains(.double) ? .double : .int)
            }
            guard let first = elementTypeAlone(elements[0]), !first.hasError,
                  elements.dropFirst().allSatisfy({ elementTypeAlone($0) == first }) else { return nil }
            return .array(first)
        default: return nil
        }
    }

    /// An array literal's element's type alone: a literal's, or the one the checker recorded without a context.
    private func elementTypeAlone(_ element: Expr) -> CType? {
        if let literal = literalTypeAlone(element) { return literal }
        if let specialization { return checked.typeWithoutContext(of: element, in: specialization) }
        return checked.typeWithoutContext(of: element)
    }

    /// Whether `expr` is a number literal, possibly negated.
    private static func isNumberLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .floatLiteral: return true
        case .prefix("-", let operand): return isNumberLiteral(operand)
        default: return false
        }
    }
}
