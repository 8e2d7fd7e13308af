import Diagnostics
import SwiftSyntax

/// Written types (`[Double]`, `Int?`, `(Int) -> Bool`) lowered to `TypeExpr`.
extension Lowering {
    /// A type written by name, with its generic arguments if any (`Int`, `Set<String>`, `Stack<Int>`); the
    /// arguments are lowered from the tree itself, so their positions are the notebook's.
    func lowerNamedType(_ name: String, generics: GenericArgumentClauseSyntax?, at location: SourceLocation) -> TypeExpr {
        guard let generics else { return .named(name, location) }
        let arguments = generics.arguments.compactMap { argument -> TypeExpr? in
            if case .type(let t) = argument.argument { return lowerType(t) }
            return nil
        }
        if name == "Array", arguments.count == 1 { return .array(arguments[0]) }
        if name == "Optional", arguments.count == 1 { return .optional(arguments[0]) }
        if name == "Dictionary", arguments.count == 2 {
            containerLocations[TypeExpr.firstLocation(of: arguments[0])] = location
            return .dictionary(arguments[0], arguments[1])
        }
        if name == "Set", arguments.count == 1 {
            containerLocations[TypeExpr.firstLocation(of: arguments[0])] = location
            return .set(arguments[0])
        }
        // `KeyPath<Point, Double>`: a key path is read as the function from its root to its value (`lowerKeyPath`).
        if name == "KeyPath" || name == "WritableKeyPath", arguments.count == 2 { return .function([arguments[0]], arguments[1]) }
        if (name == "Range" || name == "ClosedRange"), arguments.count == 1, case .named(let bound, _) = arguments[0] {
            return .named("\(name)<\(bound)>", location)
        }
        // A generic type of a cell (`Stack<String>`): the compiler reads its arguments from the name.
        let texts = generics.arguments.map { $0.argument.trimmedDescription }
        return .named("\(name)<\(texts.joined(separator: ", "))>", location)
    }

    func lowerType(_ type: TypeSyntax) -> TypeExpr {
        if let node = type.as(IdentifierTypeSyntax.self) {
            if node.name.text == "Self", node.genericArgumentClause == nil, let selfType = selfTypes.last ?? nil {
                return .named(selfType.typeName, loc(node))
            }
            return lowerNamedType(node.name.text, generics: node.genericArgumentClause, at: loc(node))
        }
        if let node = type.as(MemberTypeSyntax.self), node.genericArgumentClause == nil {
            return .named(node.trimmedDescription, loc(node))  // a nested type, `BlackjackCard.Suit`
        }
        if let node = type.as(ArrayTypeSyntax.self) {
            return .array(lowerType(node.element))
        }
        if let node = type.as(DictionaryTypeSyntax.self) {
            let key = lowerType(node.key)
            containerLocations[TypeExpr.firstLocation(of: key)] = loc(node)
            return .dictionary(key, lowerType(node.value))
        }
        if let node = type.as(OptionalTypeSyntax.self) {
            return .optional(lowerType(node.wrappedType))
        }
        if let node = type.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            return .implicitlyUnwrapped(lowerType(node.wrappedType))
        }
        if let node = type.as(FunctionTypeSyntax.self) {
            // `(x: Int) -> Int`: swiftc refuses a label that is not `_` (`(_ x: Int)` names the parameter only).
            for parameter in node.parameters {
                if let label = parameter.firstName, label.text != "_" { error(.functionTypeArgumentLabel(label.text), label) }
            }
            let parameters = node.parameters.map { lowerType($0.type) }, result = lowerType(node.returnClause.type)
            if let effects = node.effectSpecifiers, effects.throwsClause != nil || effects.asyncSpecifier != nil {
                // `throws` and `throws(any Error)` throw, `throws(Never)` does not; a typed `throws(E)` is refused here.
                if effects.asyncSpecifier == nil, let clause = effects.throwsClause {
                    if isUntypedThrows(clause) { return .throwingFunction(parameters, result) }
                    if throwsNothing(clause) { return .function(parameters, result) }
                }
                if effects.asyncSpecifier != nil { unsupported(.effectAsync, "async", effects) } else { unsupported(.typedThrows, effects) }
            }
            return .function(parameters, result)
        }
        if let node = type.as(TupleTypeSyntax.self) {
            let elements = node.elements.map { lowerType($0.type) }
            if elements.count == 1 && node.elements.first?.firstName == nil { return elements[0] }
            return .tuple(node.elements.map { element in
                element.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil
            }, elements)
        }
        if let node = type.as(AttributedTypeSyntax.self) {
            refuseExcludedSpecifiers(node)
            return lowerType(node.baseType)
        }
        if let node = type.as(SomeOrAnyTypeSyntax.self), node.someOrAnySpecifier.text == "any" {
            return lowerType(node.constraint)
        }
        if let node = type.as(CompositionTypeSyntax.self) {
            return .named(node.elements.map { $0.type.trimmedDescription }.joined(separator: " & "), loc(node))
        }
        if let node = type.as(SomeOrAnyTypeSyntax.self), node.constraint.is(IdentifierTypeSyntax.self) {
            return .named("some " + node.constraint.trimmedDescription, loc(node))
        }
        if type.is(SomeOrAnyTypeSyntax.self) {
            unsupported(.opaqueOrExistentialForm, type)
            return .named("<error>", loc(type))
        }
        error(.unsupported(.syntaxForm, "type"), type)
        return .named("<error>", loc(type))
    }

    /// The ownership specifiers (`borrowing`, `consuming`) and the concurrency ones (`sending`, `isolated`,
    /// `@Sendable`, `@MainActor`) of a type, which cells refuse (issue 13's exclusions), each at its token.
    func refuseExcludedSpecifiers(_ node: AttributedTypeSyntax) {
        for specifier in node.specifiers {
            guard case .simpleTypeSpecifier(let simple) = specifier else {
                unsupported(.typeSpecifier, specifier.trimmedDescription, specifier)
                continue
            }
            if simple.specifier.text != "inout" { unsupported(.typeSpecifier, simple.specifier.text, simple.specifier) }
        }
        for attribute in node.attributes where ["@Sendable", "@MainActor"].contains(attribute.trimmedDescription) {
            unsupported(.concurrencyTypeAttribute, attribute.trimmedDescription, attribute)
        }
    }
}
