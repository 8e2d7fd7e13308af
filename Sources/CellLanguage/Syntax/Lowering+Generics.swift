import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers a function declared in a block: a generic one keeps its type parameters and their constraints
    /// (`<T: Equatable>`, `where T: P`), which the compiler checks and specializes per call.
    func lowerGenericFunction(_ node: FunctionDeclSyntax) -> FunctionDecl? {
        guard let clause = node.genericParameterClause else {
            if let whereClause = node.genericWhereClause { unsupported("generic where clause", whereClause) }
            return lowerFunction(node)
        }
        guard let (parameters, requirements) = lowerGenericSignature(clause, whereClause: node.genericWhereClause,
                                                                      takesAssociated: true) else { return nil }
        checkModifiers(node.modifiers)
        guard let decl = lowerFunctionParts(name: node.name.text, at: loc(node.name), attributes: node.attributes, generics: nil,
                                            signature: node.signature, body: node.body, node: node) else { return nil }
        decl.genericParameters = parameters
        decl.genericRequirements = requirements
        return decl
    }

    /// A generic parameter clause and `where` clause as type parameters with their constraints; nil (reported) for
    /// the forms nbrun refuses (parameter packs, same-type requirements).
    func lowerGenericParameters(_ clause: GenericParameterClauseSyntax, whereClause: GenericWhereClauseSyntax?)
        -> [(name: String, constraints: [String])]? {
        lowerGenericSignature(clause, whereClause: whereClause, takesAssociated: false)?.parameters
    }

    /// The type parameters, and with `takesAssociated` (generic functions) the requirements on their associated types.
    private func lowerGenericSignature(_ clause: GenericParameterClauseSyntax, whereClause: GenericWhereClauseSyntax?, takesAssociated: Bool)
        -> (parameters: [(name: String, constraints: [String])], requirements: [FunctionDecl.GenericRequirement])? {
        var associated: [FunctionDecl.GenericRequirement] = []
        var parameters: [(name: String, constraints: [String])] = []
        for parameter in clause.parameters {
            if let each = parameter.specifier {
                unsupported(each.text, each)
                return nil
            }
            var constraints: [String] = []
            if let inherited = parameter.inheritedType {
                if let composition = inherited.as(CompositionTypeSyntax.self) {
                    constraints += composition.elements.map { $0.type.trimmedDescription }
                } else {
                    constraints.append(inherited.trimmedDescription)
                }
            }
            parameters.append((parameter.name.text, constraints))
        }
        if let whereClause = clause.genericWhereClause ?? whereClause {
            for requirement in whereClause.requirements {
                if takesAssociated, let lowered = lowerAssociatedRequirement(requirement, parameters.map(\.name)) {
                    associated.append(lowered)
                    continue
                }
                guard case .conformanceRequirement(let conformance) = requirement.requirement,
                      let index = parameters.firstIndex(where: { $0.name == conformance.leftType.trimmedDescription }) else {
                    unsupported("this generic requirement", requirement)
                    return nil
                }
                parameters[index].constraints.append(conformance.rightType.trimmedDescription)
            }
        }
        return (parameters, associated)
    }

    /// A `where` requirement on a type parameter's associated type (`C1.Item: Equatable`, `C1.Item == C2.Item`,
    /// `T.Element == Int`); nil for other forms.
    private func lowerAssociatedRequirement(_ requirement: GenericRequirementSyntax, _ names: [String]) -> FunctionDecl.GenericRequirement? {
        let isPath: (String) -> Bool = { text in
            let parts = text.split(separator: ".")
            return parts.count == 2 && names.contains(String(parts[0]))
        }
        switch requirement.requirement {
        case .conformanceRequirement(let conformance) where isPath(conformance.leftType.trimmedDescription):
            return .init(left: conformance.leftType.trimmedDescription, right: conformance.rightType.trimmedDescription,
                         isSameType: false, location: loc(requirement))
        case .sameTypeRequirement(let same) where isPath(same.leftType.trimmedDescription):
            return .init(left: same.leftType.trimmedDescription, right: same.rightType.trimmedDescription,
                         isSameType: true, location: loc(requirement))
        default:
            return nil
        }
    }
}
