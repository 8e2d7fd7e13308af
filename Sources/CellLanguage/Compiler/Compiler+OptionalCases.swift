/// `Optional`'s cases named as members: `Optional<Int>.none`, `Int?.none`, `Optional<Int>.some(3)`, and `.none` where
/// an optional is expected (`let best: Int? = .none`, `best = .some(x)`), as in Swift (nil, and the value wrapped).
extension Compiler {
    /// The optional type a type reference spells (`Optional<Int>`, `Int?`), nil for any other expression.
    func spelledOptional(_ base: Expr) -> CType? {
        guard case .typeReference(let written) = base.kind, case .optional(let wrapped) = written else { return nil }
        return .optional(resolveType(wrapped))
    }

    /// `Optional<T>.none`, or `.none` where a `T?` is expected: nil of that type; nil for any other member (another
    /// member of `Optional<T>` is reported: `type 'Optional<Int>' has no member 'nothing'`, at `location`).
    func compileOptionalNone(_ base: Expr?, _ name: String, expected: CType?, at location: SourceLocation) -> Typed? {
        let type: CType
        if let base {
            guard let spelled = spelledOptional(base) else { return nil }
            guard name == "none" else {
                cannotGenerate(at: location)
                return .invalid
            }
            type = spelled
        } else {
            guard name == "none", case .optional? = expected else { return nil }
            type = expected!
        }
        return Typed(type: type, code: .value { _ in .none })
    }

    /// `Optional<T>.some(value)`, or `.some(value)` where a `T?` is expected (`base` nil): the value, of type `T?`;
    /// nil for any other call.
    func compileOptionalSome(_ base: Expr?, _ name: String, _ arguments: [Argument], expected: CType?) -> Typed? {
        guard name == "some", case .optional(let wrapped)? = base.map(spelledOptional) ?? expected, arguments.count == 1,
              arguments[0].label == nil else { return nil }
        let location = arguments[0].value.location
        let value = converted(compileExpr(arguments[0].value, expected: wrapped), to: wrapped, at: location)
        return converted(value, to: .optional(wrapped), at: location)
    }
}
