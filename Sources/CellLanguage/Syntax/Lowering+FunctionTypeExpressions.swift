import SwiftSyntax

/// Types that the parser reads as expressions: the element of `[() -> Int]()` is a sequence `()`, `->`, `Int`.
extension Lowering {
    /// The function type an array literal's only element spells (`[(Int) -> Bool]` called as an initializer), or nil
    /// when the element is not a sequence with an arrow.
    func arrayOfFunctionsType(_ node: ArrayExprSyntax) -> TypeExpr? {
        guard node.elements.count == 1, let element = node.elements.first,
              let sequence = element.expression.as(SequenceExprSyntax.self),
              sequence.elements.contains(where: { $0.is(ArrowExprSyntax.self) }),
              let function = typeSpelled(by: element.expression) else { return nil }
        return .array(function)
    }

    /// The type an expression spells, when it is written as a type would be (`Int`, `[String]`, `Int?`,
    /// `(Int, Int) -> Bool`); nil otherwise.
    private func typeSpelled(by expr: ExprSyntax) -> TypeExpr? {
        if let node = expr.as(DeclReferenceExprSyntax.self), node.argumentNames == nil {
            return lowerNamedType(node.baseName.text, generics: nil, at: loc(node))
        }
        if let node = expr.as(TypeExprSyntax.self) { return lowerType(node.type) }
        if let node = expr.as(GenericSpecializationExprSyntax.self),
           let name = node.expression.as(DeclReferenceExprSyntax.self)?.baseName.text {
            return lowerNamedType(name, generics: node.genericArgumentClause, at: loc(node))
        }
        if let node = expr.as(ArrayExprSyntax.self), node.elements.count == 1, let element = node.elements.first {
            return typeSpelled(by: element.expression).map { .array($0) }
        }
        if let node = expr.as(OptionalChainingExprSyntax.self) {
            return typeSpelled(by: node.expression).map { .optional($0) }
        }
        if let node = expr.as(TupleExprSyntax.self) {
            let elements = node.elements.map { typeSpelled(by: $0.expression) }
            guard !elements.contains(where: { $0 == nil }) else { return nil }
            let types = elements.compactMap { $0 }
            if types.count == 1 && node.elements.first?.label == nil { return types[0] }
            return .tuple(node.elements.map { $0.label?.text }, types)
        }
        if let node = expr.as(SequenceExprSyntax.self) { return functionType(Array(node.elements)[...]) }
        return nil
    }

    /// The function type of a sequence `(parameters) -> result`, the result itself possibly a function type.
    private func functionType(_ parts: ArraySlice<ExprSyntax>) -> TypeExpr? {
        guard let first = parts.first else { return nil }
        guard parts.count >= 3 else { return parts.count == 1 ? typeSpelled(by: first) : nil }
        let arrow = parts[parts.startIndex + 1]
        guard let parameters = first.as(TupleExprSyntax.self), let arrowNode = arrow.as(ArrowExprSyntax.self),
              arrowNode.effectSpecifiers == nil else { return nil }
        let parameterTypes = parameters.elements.map { typeSpelled(by: $0.expression) }
        guard !parameterTypes.contains(where: { $0 == nil }),
              let result = functionType(parts[(parts.startIndex + 2)...]) else { return nil }
        return .function(parameterTypes.compactMap { $0 }, result)
    }
}
