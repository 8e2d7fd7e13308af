import Diagnostics

/// `Any` as a context: `x ?? y` and `c ? x : y` whose two sides have different types are `Any` values there, as in
/// Swift (`print(counts[word] ?? "missing")`, `let shown: Any = ok ? 1 : "no"`). The generator and the checker
/// decide alike through these functions.
extension Compiler {
    /// Whether `expected` is `Any`.
    func isAnyContext(_ expected: CType?) -> Bool {
        guard case .user(let type)? = expected, let any = protocolState.anyType else { return false }
        return type === any
    }

    /// The context `print` gives an item: `Any`, its parameter's type, for `??` and `?:` (whose sides may then
    /// differ); none for other items, which print as their own types.
    func printItemContext(_ item: Expr) -> CType? {
        switch item.kind {
        case .binary("??", _, _, _), .ternary: return .user(anyType)
        default: return nil
        }
    }

    /// The context the right side `rhs` of `a ?? rhs` is typed in, `a` being an optional of `wrapped`: the `Any`
    /// context `expected` when `rhs` is another `??` (`p ?? r ?? 9` printed, with `p: Int?` and `r: String?`, as
    /// swiftc types the chain), an optional of `wrapped` for a `nil` where no other type is expected, else `wrapped`.
    func coalescingRightContext(_ rhs: Expr, wrapped: CType, expected: CType?) -> CType? {
        if case .binary("??", _, _, _) = rhs.kind, isAnyContext(expected) { return expected }
        // `a ?? nil`: an optional of `a`'s wrapped type (valid Swift, where no other type is expected).
        if case .nilLiteral = rhs.kind, expected == nil || expected?.isOptional == true || isAnyContext(expected) {
            return .optional(wrapped)
        }
        return wrapped
    }

    /// `a ?? b` in an `Any` context where `b` is not of `a`'s wrapped type: `a`'s value or `b`, as `Any`; nil when
    /// the wrapped type cannot be held as `Any` (`canCoalesceAsAny`). A protocol type's value is held as it is
    /// (`let shape: (any Shape)? = …; print(shape ?? "none")`).
    func anyCoalescing(_ a: Typed, wrapped: CType, _ b: Typed, at location: SourceLocation) -> Typed? {
        let any = CType.user(anyType)
        guard canCoalesceAsAny(wrapped), let wrap = existentialConversion(from: wrapped, to: any) else { return nil }
        let right = converted(b, to: any, at: location)
        let x = a.value, y = right.value
        return Typed.fromValue(any) { frame in
            let value = try x(frame)
            if case .none = value { return try y(frame) }
            return wrap(value)
        }
    }

    /// Whether `a ?? b` with `a` wrapping `wrapped` may be an `Any` when `b` is of another type: when the wrapped
    /// value can be held as `Any` (a protocol type's value too).
    func canCoalesceAsAny(_ wrapped: CType) -> Bool {
        anyTag(for: wrapped) != nil || Compiler.isProtocolType(wrapped)
    }

    /// The type both branches of `c ? x : y` take when both are number literals and only the second has a fraction
    /// (`c ? 1 : 2.5` is a Double, as swiftc infers) without a context or with a Double one; nil in other cases (in
    /// an `Any` context each literal has its own type: `print(c ? 1 : 2.5)` prints `1`).
    func numberLiteralBranchesType(_ then: Expr, _ otherwise: Expr, expected: CType?) -> CType? {
        guard then.isNumericLiteral, otherwise.isNumericLiteral,
              !then.containsFloatLiteral, otherwise.containsFloatLiteral,
              expected == nil || expected == .double else { return nil }
        return .double
    }
}
