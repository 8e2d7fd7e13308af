import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers a `protocol` declaration: its parent protocols and its requirements (`qualifier`: `Outer.` for a
    /// protocol nested in a type).
    func lowerProtocol(_ node: ProtocolDeclSyntax, qualifier: String = "") -> Stmt {
        checkModifiers(node.modifiers)
        for attribute in node.attributes { unsupported(.attribute, attribute) }
        if let clause = node.primaryAssociatedTypeClause { unsupported(.primaryAssociatedTypes, clause) }
        let decl = TypeDecl(kind: .protocolType, name: qualifier + node.name.text, location: loc(node.name))
        if let clause = node.genericWhereClause { decl.whereRequirements = lowerWhereClause(clause) }
        for inherited in node.inheritanceClause?.inheritedTypes ?? [] {
            let name = inherited.type.trimmedDescription
            decl.conformances.append(name == "class" ? "AnyObject" : name)
        }
        selfTypes.append(nil)
        for member in node.memberBlock.members {
            lowerRequirement(member.decl, into: decl)
        }
        selfTypes.removeLast()
        return .typeDeclaration(decl)
    }

    private func lowerRequirement(_ item: DeclSyntax, into decl: TypeDecl) {
        if let function = item.as(FunctionDeclSyntax.self) {
            let isStatic = function.modifiers.contains { $0.name.text == "static" }
            let isMutating = function.modifiers.contains { $0.name.text == "mutating" }
            for modifier in function.modifiers where !["static", "mutating"].contains(modifier.name.text) {
                refuseRequirementModifier(modifier)
            }
            if let body = function.body { error(.unsupported(.syntaxForm, "member"), body) }
            guard let lowered = lowerFunctionParts(name: function.name.text, at: loc(function.name), attributes: function.attributes,
                                                   generics: function.genericParameterClause, signature: function.signature,
                                                   body: nil, node: function, isRequirement: true) else { return }
            lowered.isStatic = isStatic
            lowered.isMutating = isMutating
            decl.requirements.append(ProtocolRequirement(name: function.name.text, kind: .method(lowered), isStatic: isStatic,
                                                         isMutating: isMutating, location: loc(function.name)))
        } else if let variable = item.as(VariableDeclSyntax.self) {
            let isStatic = variable.modifiers.contains { $0.name.text == "static" }
            for modifier in variable.modifiers where modifier.name.text != "static" { refuseRequirementModifier(modifier) }
            for binding in variable.bindings {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                      let annotation = binding.typeAnnotation else {
                    error(.propertyNameNotSimple, binding.pattern)
                    continue
                }
                var settable = false
                // `let name: T { get }`: reported as swiftc reports it, and kept as a get-only requirement.
                if variable.bindingSpecifier.text == "let", let block = binding.accessorBlock {
                    error(.letComputedProperty, block)
                }
                if case .accessors(let list)? = binding.accessorBlock?.accessors {
                    settable = list.contains { $0.accessorSpecifier.text == "set" }
                }
                decl.requirements.append(ProtocolRequirement(name: name, kind: .property(lowerType(annotation.type), settable: settable),
                                                             isStatic: isStatic, isMutating: false, location: loc(binding.pattern)))
            }
        } else if let initializer = item.as(InitializerDeclSyntax.self) {
            checkModifiers(initializer.modifiers)
            guard let lowered = lowerFunctionParts(name: "init", at: loc(initializer.initKeyword), attributes: initializer.attributes,
                                                   generics: initializer.genericParameterClause, signature: initializer.signature,
                                                   body: nil, node: initializer, isRequirement: true) else { return }
            lowered.isFailable = initializer.optionalMark != nil  // `init?` or `init!`
            decl.requirements.append(ProtocolRequirement(name: "init", kind: .initializer(lowered), isStatic: true,
                                                         isMutating: false, location: loc(initializer.initKeyword)))
        } else if let associated = item.as(AssociatedTypeDeclSyntax.self) {
            lowerAssociatedType(associated, into: decl)
        } else if let node = item.as(SubscriptDeclSyntax.self) {
            lowerSubscriptRequirement(node, into: decl)
        } else {
            error(.unsupported(.syntaxForm, "member"), item)
        }
    }

    /// A modifier of a requirement other than `static`/`mutating`: an access modifier as swiftc refuses it (`'public'
    /// modifier cannot be used in protocols`), any other as not supported.
    private func refuseRequirementModifier(_ modifier: DeclModifierSyntax) {
        if ["public", "internal", "fileprivate", "private", "open", "package"].contains(modifier.name.text) {
            error(.modifierInProtocol(modifier.name.text), modifier)
        } else {
            unsupported(.modifier, modifier.name.text, modifier)
        }
    }

    /// The standard library's collection protocols whose extensions nbrun applies to arrays.
    static let arrayCollectionProtocols: Set<String> = ["Sequence", "Collection", "BidirectionalCollection",
                                                        "RandomAccessCollection"]

    /// Lowers an `extension`: a type declaration of kind `.extensionType` named after the extended type
    /// (`Rect`, `Int`, or `[Double]` for `extension Array where Element == Double`).
    func lowerExtension(_ node: ExtensionDeclSyntax) -> Stmt {
        checkModifiers(node.modifiers)
        for attribute in node.attributes { unsupported(.attribute, attribute) }
        var name = node.extendedType.trimmedDescription
        var whereRequirements: [FunctionDecl.GenericRequirement] = []
        // `extension Sequence where Element: Numeric { … }`: members nbrun gives to arrays, as an `Array` extension's.
        let collectionProtocol = Lowering.arrayCollectionProtocols.contains(name) && node.inheritanceClause == nil ? name : nil
        if collectionProtocol != nil { name = "Array" }
        if let array = node.extendedType.as(ArrayTypeSyntax.self) {
            name = "[\(array.element.trimmedDescription)]"
        } else if name == "Array", let clause = node.genericWhereClause, clause.requirements.count == 1,
                  case .sameTypeRequirement(let same) = clause.requirements.first!.requirement,
                  same.leftType.trimmedDescription == "Element" {
            name = "[\(same.rightType.trimmedDescription)]"
        } else if let clause = node.genericWhereClause {
            whereRequirements = lowerWhereClause(clause)
        }
        let conformsOnly = node.genericWhereClause == nil && node.memberBlock.members.isEmpty && node.inheritanceClause != nil
        // `extension Array { … }` and `extension Array where Element: P { … }`: members of every array (a template).
        let membersOnly = node.inheritanceClause == nil && !node.memberBlock.members.isEmpty
        // `extension Array: P where Element: Q { … }`: a template whose arrays conform when the clause holds.
        let conditional = node.inheritanceClause != nil && (!whereRequirements.isEmpty || !node.memberBlock.members.isEmpty)
        if (name == "Array" && !conformsOnly && !membersOnly && !conditional) || name.contains("<") || name.contains(".") {
            unsupported(.genericExtension, node.extendedType)
            return .invalid
        }
        let decl = TypeDecl(kind: .extensionType, name: name, location: loc(node.extensionKeyword))
        decl.whereRequirements = whereRequirements
        decl.extendedCollectionProtocol = collectionProtocol
        if let inheritance = node.inheritanceClause {
            decl.conformances = inheritance.inheritedTypes.map { $0.type.trimmedDescription }
        }
        selfTypes.append(nil)  // a protocol's or a type's: lowering cannot tell which
        lowerMembers(node.memberBlock, into: decl)
        selfTypes.removeLast()
        return .typeDeclaration(decl)
    }
}
