import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers a function declared in a block: a generic one keeps its type parameters and their constraints
    /// (`<T: Equatable>`, `where T: P`), which the compiler checks and specializes per call.
    func lowerGenericFunction(_ node: FunctionDeclSyntax) -> FunctionDecl? {
        guard let clause = node.genericParameterClause else {
            if let whereClause = node.genericWhereClause { unsupported(.genericWhereClause, whereClause) }
            // A top-level operator function may be `prefix` or `postfix` (`prefix func - (v: V) -> V`).
            let isOperator: Bool
            switch node.name.tokenKind {
            case .binaryOperator, .prefixOperator, .postfixOperator: isOperator = true
            default: isOperator = false
            }
            return lowerFunction(node, memberModifiers: isOperator ? ["prefix", "postfix"] : [])
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

    /// A generic member's (method, initializer, subscript) type parameters and requirements, set on `decl`; false
    /// after reporting a form nbrun refuses.
    func lowerMemberGenerics(_ clause: GenericParameterClauseSyntax, _ whereClause: GenericWhereClauseSyntax?, into decl: FunctionDecl) -> Bool {
        guard let (parameters, requirements) = lowerGenericSignature(clause, whereClause: whereClause, takesAssociated: true) else {
            return false
        }
        decl.genericParameters = parameters
        decl.genericRequirements = requirements
        return true
    }

    /// A generic parameter clause and `where` clause as type parameters with their constraints; nil (reported) for
    /// the forms nbrun refuses (parameter packs, same-type requirements).
    func lowerGenericParameters(_ clause: GenericParameterClauseSyntax, whereClause: GenericWhereClauseSyntax?)
        -> [(name: String, constraints: [String])]? {
        lowerGenericSignature(clause, whereClause: whereClause, takesAssociated: false)?.parameters
    }

    /// A generic type's type parameters and the requirements of its `where` clause on their associated types
    /// (`struct Chain<A: Layer, B: Layer> where A.Output == B.Input`); nil after reporting a form nbrun refuses.
    func lowerGenericTypeSignature(_ clause: GenericParameterClauseSyntax, whereClause: GenericWhereClauseSyntax?)
        -> (parameters: [(name: String, constraints: [String])], requirements: [FunctionDecl.GenericRequirement])? {
        lowerGenericSignature(clause, whereClause: whereClause, takesAssociated: true)
    }

    /// The `where` clause written after a struct's, class's or enum's generic parameters.
    static func whereClause(of node: some SyntaxProtocol) -> GenericWhereClauseSyntax? {
        let syntax = Syntax(node)
        return syntax.as(StructDeclSyntax.self)?.genericWhereClause ?? syntax.as(ClassDeclSyntax.self)?.genericWhereClause
            ?? syntax.as(EnumDeclSyntax.self)?.genericWhereClause
    }

    /// The type parameters, and with `takesAssociated` (generic functions) the requirements on their associated types.
    private func lowerGenericSignature(_ clause: GenericParameterClauseSyntax, whereClause: GenericWhereClauseSyntax?, takesAssociated: Bool)
        -> (parameters: [(name: String, constraints: [String])], requirements: [FunctionDecl.GenericRequirement])? {
        var associated: [FunctionDecl.GenericRequirement] = []
        var parameters: [(name: String, constraints: [String])] = []
        for parameter in clause.parameters {
            if let each = parameter.specifier {
                // `func f<each T>(_ x: repeat each T)`: variadic generics, refused at `each`.
                error(.unsupported(.parameterPack, each.text, parameter.name.text), each)
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
                    unsupported(.genericRequirementForm, requirement)
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
        // `S.Iterator.Element` is `S.Element` (a Sequence's element is its iterator's).
        let path: (String) -> String = { text in
            text.hasSuffix(".Iterator.Element") ? String(text.dropLast(".Iterator.Element".count)) + ".Element" : text
        }
        let isPath: (String) -> Bool = { text in
            let parts = path(text).split(separator: ".")
            return parts.count == 2 && names.contains(String(parts[0]))
        }
        switch requirement.requirement {
        case .conformanceRequirement(let conformance) where isPath(conformance.leftType.trimmedDescription):
            return .init(left: path(conformance.leftType.trimmedDescription), right: conformance.rightType.trimmedDescription,
                         isSameType: false, location: loc(requirement))
        case .sameTypeRequirement(let same) where isPath(same.leftType.trimmedDescription):
            return .init(left: path(same.leftType.trimmedDescription), right: path(same.rightType.trimmedDescription),
                         isSameType: true, location: loc(requirement))
        default:
            return nil
        }
    }
}
