import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers a `struct`, `class` or `enum` declaration and its members.
    func lowerTypeDecl(_ kind: TypeDecl.Kind, name: TokenSyntax, generics: GenericParameterClauseSyntax?,
                       inheritance: InheritanceClauseSyntax?, members: MemberBlockSyntax,
                       modifiers: DeclModifierListSyntax, node: some SyntaxProtocol, qualifier: String = "") -> Stmt {
        for modifier in modifiers where !["final", "private", "fileprivate", "internal", "public"].contains(modifier.name.text)
            && !(kind == .enumeration && modifier.name.text == "indirect") {
            unsupported(.modifier, modifier.name.text, modifier)
        }
        // A private nested type restricts where its name may appear (swiftc's access rules), which cells do not check.
        if !qualifier.isEmpty, let modifier = modifiers.first(where: { ["private", "fileprivate"].contains($0.name.text) }) {
            unsupported(.privateNestedType, modifier.name.text, modifier)
        }
        let decl = TypeDecl(kind: kind, name: qualifier + name.text, location: loc(name))
        decl.isFinal = kind == .classType && modifiers.contains { $0.name.text == "final" }
        let attributes = Syntax(node).asProtocol(WithAttributesSyntax.self)?.attributes
        decl.isPropertyWrapper = attributes?.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "propertyWrapper" } ?? false
        decl.isResultBuilder = attributes?.contains {
            $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "resultBuilder"
        } ?? false
        decl.restrictedAccess = modifiers.first { ["private", "fileprivate"].contains($0.name.text) && $0.detail == nil }?.name.text
        // swiftc reports a missing `required` initializer at the start of the line after the last member's end.
        decl.closingBrace = members.members.last?.lastToken(viewMode: .sourceAccurate).map { SourceLocation(line: loc($0).line + 1, column: 1) }
            ?? loc(members.rightBrace)
        if let generics, let (parameters, requirements) = lowerGenericTypeSignature(generics, whereClause: Lowering.whereClause(of: node)) {
            decl.genericParameters = parameters
            decl.genericRequirements = requirements
        }
        if let inheritance {
            decl.conformances = inheritance.inheritedTypes.map { $0.type.trimmedDescription }
            decl.inheritedLocations = inheritance.inheritedTypes.map { loc($0.type) }
        }
        selfTypes.append(SelfType(decl, generics: generics))
        lowerMembers(members, into: decl)
        selfTypes.removeLast()
        return .typeDeclaration(decl)
    }

    /// Lowers the members of a type or extension declaration into `decl`.
    func lowerMembers(_ members: MemberBlockSyntax, into decl: TypeDecl) {
        let kind = decl.kind
        let classModifiers: Set<String> = kind == .classType ? ["override", "final"] : []
        for member in members.members {
            let item = member.decl
            if let variable = item.as(VariableDeclSyntax.self) {
                lowerField(variable, into: decl)
            } else if let function = item.as(FunctionDeclSyntax.self) {
                let isStatic = function.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
                let isMutating = function.modifiers.contains { $0.name.text == "mutating" }
                if isMutating && kind == .classType {
                    error(.mutatingInClass, function)
                }
                if let lowered = lowerFunction(function, memberModifiers: classModifiers.union(["static", "class", "mutating", "prefix", "postfix"])) {
                    lowered.isStatic = isStatic
                    lowered.isMutating = isMutating
                    lowered.isOverride = function.modifiers.contains { $0.name.text == "override" }
                    if lowered.isOverride, let modifier = function.modifiers.first(where: { $0.name.text == "static" }) {
                        unsupported(.overrideStatic, modifier)
                    }
                    lowered.isFinal = function.modifiers.contains { $0.name.text == "final" }
                    decl.methods.append(lowered)
                }
            } else if let initializer = item.as(InitializerDeclSyntax.self) {
                let allowed: Set<String> = kind == .classType ? ["override", "required", "convenience"] : []
                if let lowered = lowerInitializer(initializer, classModifiers: allowed) {
                    lowered.isOverride = initializer.modifiers.contains { $0.name.text == "override" }
                    lowered.isConvenience = initializer.modifiers.contains { $0.name.text == "convenience" }
                    lowered.isRequired = initializer.modifiers.contains { $0.name.text == "required" }
                    lowered.isFailable = initializer.optionalMark != nil
                    lowered.isImplicitlyUnwrapped = initializer.optionalMark?.text == "!"
                    decl.initializers.append(lowered)
                }
            } else if let caseDecl = item.as(EnumCaseDeclSyntax.self) {
                guard decl.kind == .enumeration else {
                    error(.enumCaseOutsideEnum, caseDecl)
                    continue
                }
                for element in caseDecl.elements {
                    let payload = element.parameterClause.map { clause in
                        clause.parameters.map { parameter -> (label: String?, type: TypeExpr) in
                            (parameter.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil, lowerType(parameter.type))
                        }
                    }
                    decl.cases.append(TypeDecl.Case(name: element.name.text, payload: payload,
                                                    rawValue: element.rawValue.map { lowerExpr($0.value) },
                                                    location: loc(element.name)))
                }
            } else if let node = item.as(DeinitializerDeclSyntax.self), kind == .classType, let body = node.body {
                // A class's `deinit` is compiled like a method named `deinit` (see `Compiler.addMethod`).
                let method = FunctionDecl(name: "deinit", parameters: [], returnType: nil, body: lowerBlock(body),
                                          location: loc(node.deinitKeyword))
                method.closingBrace = loc(body.rightBrace)
                decl.methods.append(method)
            } else if item.is(DeinitializerDeclSyntax.self) {
                unsupported(.deinitOutsideClass, item)
            } else if let subscriptDecl = item.as(SubscriptDeclSyntax.self) {
                lowerSubscript(subscriptDecl, into: decl)
            } else if item.is(StructDeclSyntax.self) || item.is(ClassDeclSyntax.self) || item.is(EnumDeclSyntax.self)
                        || (item.is(ProtocolDeclSyntax.self) && kind != .extensionType) {
                lowerNestedType(item, in: decl)
            } else if let alias = item.as(TypeAliasDeclSyntax.self), alias.genericParameterClause == nil, kind != .extensionType {
                decl.typeAliases.append((alias.name.text, lowerType(alias.initializer.value), loc(alias.name)))
            } else if item.is(TypeAliasDeclSyntax.self) {
                unsupported(.typealiasInType, item)
            } else {
                error(.unsupported(.syntaxForm, "member"), item)
            }
        }
    }

    private func lowerField(_ node: VariableDeclSyntax, into decl: TypeDecl) {
        if lowerWrappedField(node, into: decl) { return }
        let isStatic = node.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
        // In a class, `override` (on a computed property) and `final` are taken; an overriding stored property is not.
        let isComputed = node.bindings.contains { $0.accessorBlock != nil }
        // `weak`/`unowned` with observers is taken; on a computed property it is refused below.
        let classModifiers: Set<String> = decl.kind != .classType ? [] : isComputed ? ["override", "final", "weak", "unowned"]
            : ["final", "weak", "unowned"]
        var isLazy = false
        for modifier in node.modifiers where !["static", "class", "private", "fileprivate", "internal", "public"].contains(modifier.name.text)
            && !classModifiers.contains(modifier.name.text) {
            // `lazy var` is taken in classes; in a struct reading it mutates the value, which nbrun does not model.
            if modifier.name.text == "lazy", decl.kind == .classType, node.bindingSpecifier.text == "var", !isStatic {
                isLazy = true
            } else if modifier.name.text == "lazy", node.bindingSpecifier.text == "let" {
                error(.lazyOnLet, modifier)
            } else if modifier.name.text == "lazy", decl.kind == .structure, node.bindingSpecifier.text == "var", !isStatic {
                unsupported(.lazyInStruct, modifier)
            } else {
                unsupported(.modifier, modifier.name.text, modifier)
            }
        }
        let isOverride = node.modifiers.contains { $0.name.text == "override" }
        let isFinal = node.modifiers.contains { $0.name.text == "final" }
        // `override class var` replaces the superclass's for `Sub.member`; a `static` member cannot be overridden.
        if isOverride, let modifier = node.modifiers.first(where: { $0.name.text == "static" }) {
            unsupported(.overrideStatic, modifier)
        }
        let builder = computedResultBuilder(node)
        if builder == nil { for attribute in node.attributes { unsupported(.attribute, attribute) } }
        let isLet = node.bindingSpecifier.text == "let"
        for (index, binding) in node.bindings.enumerated() {
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else {
                error(.propertyNameNotSimple, binding.pattern)
                continue
            }
            let type = Lowering.typeAnnotation(of: node.bindings, at: index).map { lowerType($0.type) }
            var field = TypeDecl.Field(name: name, type: type, value: binding.initializer.map { lowerExpr($0.value) },
                                       isLet: isLet, isStatic: isStatic, location: loc(binding.pattern))
            field.isLazy = isLazy
            field.hasPrivateSetter = node.modifiers.contains { $0.name.text == "private" && $0.detail?.detail.text == "set" }
            if let block = binding.accessorBlock {
                let accessors = lowerAccessors(block)
                if accessors.isObserverBlock {
                    if isLet { unsupported(.observersOnConstant, block) }
                    field.willSet = accessors.willSet
                    field.didSet = accessors.didSet
                    if isOverride {  // observers added to an inherited property, not a new one
                        if let initializer = binding.initializer { unsupported(.valueForOverridingProperty, initializer) }
                        decl.observedOverrides.append(field)
                        continue
                    }
                } else {
                    if let ownership = node.modifiers.first(where: { ["weak", "unowned"].contains($0.name.text) }) {
                        unsupported(.ownershipOfComputedProperty, ownership.name.text, ownership)
                    }
                    // Reported, and kept as a computed property: the type still has the member (no cascade of a
                    // conformance it no longer meets).
                    if isLet { error(.letComputedProperty, block) }
                    guard let type else {
                        error(.computedPropertyNeedsType, binding)
                        error(.typeAnnotationMissing, binding)
                        continue
                    }
                    if isLazy { unsupported(.lazyComputedProperty, binding) }
                    decl.computed.append(TypeDecl.Computed(name: name, type: type, body: accessors.getter ?? [], isStatic: isStatic,
                                                           location: loc(binding.pattern), closingBrace: accessors.getterEnd,
                                                           setter: accessors.setter, isOverride: isOverride, isFinal: isFinal,
                                                           resultBuilder: builder))
                    continue
                }
            }
            field.ownership = node.modifiers.first { ["weak", "unowned"].contains($0.name.text) }?.name.text
            decl.fields.append(field)
        }
    }
}
