/// Slices in the checker: where an array is expected, `suffix` and `dropLast` are Sequence's, which give one.
extension TypeChecker {
    /// `xs.suffix(2)` or `xs.dropLast()` (a built-in member, not a declared one) where `[Element]` is expected: that
    /// array type, as the generator gives it; any other type unchanged.
    func sequenceArrayResult(_ expr: Expr, _ type: CType?, expected: CType?) -> CType? {
        guard resolvedCallee == nil, case .arraySlice(let element)? = type, expected == .array(element),
              case .call(let callee, _) = expr.kind, case .member(_, let name, _) = callee.kind,
              name == "suffix" || name == "dropLast" else { return type }
        return .array(element)
    }
}
