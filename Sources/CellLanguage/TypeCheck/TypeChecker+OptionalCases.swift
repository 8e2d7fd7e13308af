/// `Optional`'s cases named as members (`Optional<Int>.none`, `.none` where an optional is expected,
/// `Optional<Int>.some(3)`, `.some(x)` where an optional is expected), typed as `Compiler+OptionalCases` compiles them.
extension TypeChecker {
    /// The optional type a type reference spells (`Optional<Int>`, `Int?`), nil for any other expression.
    private func spelledOptional(_ base: Expr) -> CType? {
        guard case .typeReference(let written) = base.kind, case .optional = written else { return nil }
        return resolve(written)
    }

    /// `Optional<T>.none`, or `.none` where a `T?` is expected: `T?`; nil for any other member (another member of
    /// `Optional<T>` is reported at `location`, as the generator reports it).
    func optionalNone(_ base: Expr?, _ name: String, expected: CType?, at location: SourceLocation) -> CType? {
        guard let base else {
            guard name == "none", case .optional? = expected else { return nil }
            return expected
        }
        guard let spelled = spelledOptional(base) else { return nil }
        guard name == "none" else {
            report(.typeHasNoMember(Compiler.runtimeName(of: spelled), member: name), at: location)
            return .error
        }
        return spelled
    }

    /// `Optional<T>.some(value)`, or `.some(value)` where a `T?` is expected (`base` nil): `T?`, the value checked
    /// against `T`; nil for any other call.
    func optionalSome(_ base: Expr?, _ name: String, _ arguments: [Argument], expected: CType?) -> CType? {
        guard name == "some", case .optional(let wrapped)? = base.map(spelledOptional) ?? expected, arguments.count == 1,
              arguments[0].label == nil else { return nil }
        checkConverting(arguments[0].value, to: wrapped) { .argumentType($0, expected: $1) }
        return .optional(wrapped)
    }
}
