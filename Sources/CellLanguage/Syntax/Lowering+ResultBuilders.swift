import Diagnostics
import SwiftSyntax

/// Result-builder attributes (`@DrawingBuilder`) on functions, computed properties and parameters: read as names here,
/// checked and applied by the compiler (see `Compiler+ResultBuilders.swift`).
extension Lowering {
    /// The result builder an attribute names: a plain type name without arguments (`@DrawingBuilder`); nil for other
    /// attributes (`@discardableResult`, `@available(…)`, `@Wrapper(x)`).
    func resultBuilderAttribute(_ element: AttributeListSyntax.Element) -> ResultBuilderAttribute? {
        guard case .attribute(let attribute) = element, attribute.arguments == nil,
              let name = attribute.attributeName.as(IdentifierTypeSyntax.self), name.genericArgumentClause == nil,
              name.name.text.first?.isUppercase == true else { return nil }
        return ResultBuilderAttribute(name: name.name.text, location: loc(name), attributeLocation: loc(attribute))
    }

    /// The result builder among a function's attributes (a named function with a body, not an initializer or
    /// operator); `@discardableResult` only silences a warning, which cells do not give; other attributes are refused.
    func functionResultBuilder(_ attributes: AttributeListSyntax, name: String, isRequirement: Bool) -> ResultBuilderAttribute? {
        var builder: ResultBuilderAttribute?
        let mayHaveBuilder = !isRequirement && name.first?.isLetter == true && name != "init"
        for attribute in attributes where attribute.trimmedDescription != "@discardableResult" {
            if builder == nil, mayHaveBuilder, let named = resultBuilderAttribute(attribute) {
                builder = named
            } else {
                unsupported(.attribute, attribute)
            }
        }
        return builder
    }

    /// The result builder among a parameter's attributes; other attributes are refused.
    func parameterResultBuilder(_ parameter: FunctionParameterSyntax) -> ResultBuilderAttribute? {
        var builder: ResultBuilderAttribute?
        for element in parameter.attributes {
            if builder == nil, let named = resultBuilderAttribute(element) { builder = named } else { unsupported(.attribute, element) }
        }
        return builder
    }
}

extension Lowering {
    /// The result builder of a computed variable or property (`@DrawingBuilder var body: Drawable { … }`): its only
    /// attribute, on a single binding with a getter; nil for any other declaration (property wrappers included).
    func computedResultBuilder(_ node: VariableDeclSyntax) -> ResultBuilderAttribute? {
        guard node.attributes.count == 1, let first = node.attributes.first, node.bindings.count == 1,
              let block = node.bindings.first?.accessorBlock else { return nil }
        switch block.accessors {
        case .getter: break
        case .accessors(let list): guard list.contains(where: { $0.accessorSpecifier.text == "get" }) else { return nil }
        }
        return resultBuilderAttribute(first)
    }

    /// A lowered computed variable with the result builder of its getter recorded.
    static func attaching(_ builder: ResultBuilderAttribute?, to statement: Stmt) -> Stmt {
        if let builder, case .variable(_, _, _, let value?, _) = statement, case .closure(let placeholder) = value.kind {
            placeholder.accessors?.resultBuilder = builder
        }
        return statement
    }
}
