import Diagnostics

/// `[1, nil, 3]` without a contextual type: swiftc infers `[Int?]`, the optional of what the other elements give.
extension Compiler {
    /// The element type of the array literal `literal` (whose elements are `elements`) holding `nil` among other
    /// elements, as the checker typed it; nil when it holds no `nil` (or only `nil`, which swiftc cannot type either).
    func optionalElementType(of literal: Expr, _ elements: [Expr]) -> CType? {
        guard elements.contains(where: Compiler.isNilLiteral), elements.contains(where: { !Compiler.isNilLiteral($0) }),
              case .array(let element) = checkerType(literal), !element.hasError else { return nil }
        return Compiler.isOptional(element) ? element : .optional(element)
    }

    /// `Any` (`[Any]` for rows) for an array literal without a contextual type that the checker typed `[Any]` (or
    /// `[[Any]]`) for its mixed elements (`[1, "s", 3]` as an argument, `TypeChecker+AnyLiterals`); nil otherwise,
    /// asked only of literals holding an element that is no number literal nor a row of them.
    func anyElementType(of literal: Expr, _ elements: [Expr]) -> CType? {
        guard elements.count > 1 || elements.first?.isCollectionLiteral == true,
              elements.contains(where: { !$0.isNumericLiteral && !Compiler.isNumericArrayLiteral($0) }),
              case .array(let element)? = knownType(literal, site: nil) else { return nil }  // uncounted: most are typed alike
        let any = CType.user(anyType)
        return element == any || element == .array(any) ? element : nil
    }

    /// Whether a literal is made of `nil`s only without a contextual type (`[nil, nil]`): it has no element type (the
    /// checker's mistake), noted at its `[`.
    func refuseNilOnlyLiteral(_ elements: [Expr], at location: SourceLocation) -> Bool {
        guard !elements.isEmpty, elements.allSatisfy(Compiler.isNilLiteral) else { return false }
        cannotGenerate(at: location)
        return true
    }

    /// `Any?` for a literal of `nil`s only in a closure's body, where swiftc types it `[Any?]` without a word; nil
    /// elsewhere.
    func nilOnlyClosureElementType(_ elements: [Expr]) -> CType? {
        guard !elements.isEmpty, elements.allSatisfy(Compiler.isNilLiteral), inClosureBody else { return nil }
        return .optional(.user(anyType))
    }

    private static func isNilLiteral(_ expr: Expr) -> Bool {
        if case .nilLiteral = expr.kind { return true }
        return false
    }
}
