/// `let s: Set = [1, 2]`: the bare `Set` annotation leaves the element type to the literal, which the generator types
/// as an array literal without a contextual type and turns into a set of its element type
/// (`Compiler.compileArrayExpr`).
extension TypeChecker {
    /// The type of a variable annotated with the bare `Set` and initialized with the non-empty array literal `value`
    /// (`.some(nil)`: such a variable of unknown type; nil: not such a variable).
    func bareSetVariable(_ annotation: TypeExpr, _ value: Expr?) -> CType?? {
        guard case .named("Set", _) = annotation, compiler.declarations.typeAliases["Set"] == nil,
              compiler.declarations.userTypes["Set"] == nil, let value,
              case .array(let elements) = value.kind, !elements.isEmpty else { return nil }
        guard case .array(let element)? = check(value, expected: nil) else { return .some(nil) }
        if defaultedAnyLiterals.contains(value) {  // (`Any` is not `Hashable`: TypeChecker+AnyLiterals)
            report(conflictingSetElements(elements), at: value.location)
            return .some(nil)
        }
        return record(value, .set(element), expected: .set(element))
    }

    /// swiftc's words for a bare `Set` of literals of no common type (`[3, 4, "s"]`): `conflicting arguments to
    /// generic parameter 'Element' ('String' vs. 'Int')`, the last element's type first (number literals of both
    /// kinds joined as `Double`).
    private func conflictingSetElements(_ elements: [Expr]) -> CompileError {
        let types = elements.map { Self.literalType($0) ?? checked.type(of: $0) ?? .error }
        let joined = Set(types).isSuperset(of: [.int, .double]) ? types.map { $0 == .int ? .double : $0 } : types
        let last = joined.last ?? .error
        let other = joined.first { $0 != last } ?? last
        return .conflictingGenericArguments(last, other, parameter: "Element")
    }
}
