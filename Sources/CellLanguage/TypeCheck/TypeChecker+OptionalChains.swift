/// Optional chains (`a?.b.c()`, `xs.first?.count`), typed as the generator compiles them
/// (`Compiler.compileOptionalChainRoot`): the chain's nodes that contain a `?` (its spine,
/// `Compiler.optionalChainSpine`) are links typed like ordinary members, calls and subscripts of the unwrapped
/// value, `a?` is `a`'s wrapped type, and the outermost node is the links' type made optional (not twice).
/// Assignments through a chain (`a?.b = 1`) are not typed here.
extension TypeChecker {
    /// The outermost node of an optional chain, checked against `expected`: its links are checked with the
    /// contextual type unwrapped, then the chain's type is recorded for it.
    func optionalChainRoot(_ expr: Expr, expected: CType?) -> CType? {
        let saved = chainSpine
        chainSpine = Compiler.optionalChainSpine(of: expr)
        let inner = check(expr, expected: expected?.unwrapped)
        chainSpine = saved
        guard let inner else { return nil }
        if case .optional = inner { return record(expr, inner, expected: expected) }
        return record(expr, .optional(inner), expected: expected)
    }

    /// `operand?` inside a chain: the operand's wrapped type (nil when it is not an optional).
    func optionalChainLink(_ operand: Expr, at location: SourceLocation) -> CType? {
        guard let found = check(operand, expected: nil) else { return nil }
        guard case .optional(let wrapped) = found else { return nonOptionalChain(found, at: location) }
        return wrapped
    }

    /// Whether `expr` is the outermost node of an optional chain not being checked already.
    func startsOptionalChain(_ expr: Expr) -> Bool {
        !chainSpine.contains(expr) && Compiler.containsOptionalChain(expr)
    }
}
