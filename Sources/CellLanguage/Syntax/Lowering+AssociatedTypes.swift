import Diagnostics
import SwiftSyntax

extension Lowering {
    /// `associatedtype Item` or `associatedtype Item: Equatable` in a protocol: a requirement naming a type each
    /// conforming type chooses. Default types and `where` clauses on it are refused.
    func lowerAssociatedType(_ node: AssociatedTypeDeclSyntax, into decl: TypeDecl) {
        for modifier in node.modifiers { unsupported(.modifier, modifier.name.text, modifier) }
        for attribute in node.attributes { unsupported(.attribute, attribute) }
        if let initializer = node.initializer { unsupported(.defaultAssociatedType, initializer) }
        var sameTypes: [(left: String, right: String)] = []
        for requirement in node.genericWhereClause?.requirements ?? [] {
            guard case .sameTypeRequirement(let same) = requirement.requirement else {
                unsupported(.genericRequirementForm, requirement)
                continue
            }
            sameTypes.append((same.leftType.trimmedDescription, same.rightType.trimmedDescription))
        }
        var constraints: [String] = []
        for inherited in node.inheritanceClause?.inheritedTypes ?? [] {
            if let composition = inherited.type.as(CompositionTypeSyntax.self) {
                constraints += composition.elements.map { $0.type.trimmedDescription }
            } else {
                constraints.append(inherited.type.trimmedDescription)
            }
        }
        decl.requirements.append(ProtocolRequirement(name: node.name.text, kind: .associatedType(constraints: constraints, sameTypes: sameTypes),
                                                     isStatic: false, isMutating: false, location: loc(node.name)))
    }

    /// `subscript(i: Int) -> Item { get }` in a protocol.
    func lowerSubscriptRequirement(_ node: SubscriptDeclSyntax, into decl: TypeDecl) {
        for modifier in node.modifiers { unsupported(.modifier, modifier.name.text, modifier) }
        for attribute in node.attributes { unsupported(.attribute, attribute) }
        if let generics = node.genericParameterClause { unsupported(.genericRequirementMember, generics) }
        if let clause = node.genericWhereClause { unsupported(.genericWhereClause, clause) }
        var settable = false
        if case .accessors(let list)? = node.accessorBlock?.accessors {
            settable = list.contains { $0.accessorSpecifier.text == "set" }
        } else if let block = node.accessorBlock {
            error(.unsupported(.syntaxForm, "member"), block)
        }
        let function = FunctionDecl(name: "subscript", parameters: lowerSubscriptParameters(node),
                                    returnType: lowerType(node.returnClause.type), body: [], location: loc(node.subscriptKeyword))
        decl.requirements.append(ProtocolRequirement(name: "subscript", kind: .subscriptRequirement(function, settable: settable),
                                                     isStatic: false, isMutating: false, location: loc(node.subscriptKeyword)))
    }

    /// A `where` clause of an extension or member (`where Element: Equatable`, `where Item == Int`); other forms are
    /// refused.
    func lowerWhereClause(_ clause: GenericWhereClauseSyntax) -> [FunctionDecl.GenericRequirement] {
        var result: [FunctionDecl.GenericRequirement] = []
        for requirement in clause.requirements {
            switch requirement.requirement {
            case .conformanceRequirement(let conformance):
                result.append(.init(left: conformance.leftType.trimmedDescription, right: conformance.rightType.trimmedDescription,
                                    isSameType: false, location: loc(requirement)))
            case .sameTypeRequirement(let same):
                result.append(.init(left: same.leftType.trimmedDescription, right: same.rightType.trimmedDescription,
                                    isSameType: true, location: loc(requirement)))
            default:
                unsupported(.genericRequirementForm, requirement)
            }
        }
        return result
    }
}
