/// Comparisons the generator compiles without a declared operator (`Compiler.compileComparison`,
/// `compileTupleComparison`): `==`/`!=` between values of an Equatable enum or struct that declares no operator
/// method, and tuple comparisons.
extension TypeChecker {
    /// `a == b` or `a != b` on an enum (without payloads, or declared Equatable) or a struct declared Equatable,
    /// Hashable or Comparable, that declares no `==` or `!=` itself, where no protocol extension declares a static
    /// method: Bool; nil otherwise (classes, generic types).
    func synthesizedEquality(_ type: UserType) -> CType? {
        guard type.kind == .enumeration || type.kind == .structure, type.isEquatable, !isGeneric(type),
              type.staticMethods["=="] == nil, type.staticMethods["!="] == nil,
              !compiler.protocolState.protocolExtensions.contains(where: { $0.decl.methods.contains { $0.isStatic } }) else {
            return nil
        }
        return .bool
    }

    /// `(1, "a") < (2, "b")` between tuples of the same type: Bool for `<`, `<=`, `>`, `>=` over 2 to 6 elements of
    /// the built-in Comparable types (`Compiler.isTupleOrderingElement`), and for `==`, `!=` over Equatable elements
    /// of the basic types; nil otherwise.
    func tupleComparison(_ op: String, _ elements: [TupleElement]) -> CType? {
        let basic: [CType] = [.int, .double, .string, .character, .substring]
        if op == "==" || op == "!=" {
            return elements.allSatisfy({ basic.contains($0.type) || $0.type == .bool }) ? .bool : nil
        }
        guard (2...6).contains(elements.count), elements.allSatisfy({ Compiler.isTupleOrderingElement($0.type) }) else {
            return nil
        }
        return .bool
    }
}
