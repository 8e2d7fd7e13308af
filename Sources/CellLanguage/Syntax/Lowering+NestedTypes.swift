import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers a `struct`, `class`, `enum` or `protocol` declared inside `decl`, named `Outer.Inner` (a protocol is
    /// registered under that name, and found by its own inside `Outer` as the other nested types are).
    func lowerNestedType(_ item: DeclSyntax, in decl: TypeDecl) {
        let qualifier = decl.name + "."
        var lowered: Stmt?
        if let node = item.as(StructDeclSyntax.self) {
            lowered = lowerTypeDecl(.structure, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                    members: node.memberBlock, modifiers: node.modifiers, node: node, qualifier: qualifier)
        } else if let node = item.as(ClassDeclSyntax.self) {
            lowered = lowerTypeDecl(.classType, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                    members: node.memberBlock, modifiers: node.modifiers, node: node, qualifier: qualifier)
        } else if let node = item.as(EnumDeclSyntax.self) {
            lowered = lowerTypeDecl(.enumeration, name: node.name, generics: node.genericParameterClause, inheritance: node.inheritanceClause,
                                    members: node.memberBlock, modifiers: node.modifiers, node: node, qualifier: qualifier)
        } else if let node = item.as(ProtocolDeclSyntax.self) {
            // swiftc takes protocols nested in non-generic types only.
            guard decl.genericParameters.isEmpty else { return error(.protocolInGenericContext(node.name.text), node.name) }
            lowered = lowerProtocol(node, qualifier: qualifier)
        }
        if case .typeDeclaration(let inner)? = lowered { decl.nested.append(inner) }
    }
}
