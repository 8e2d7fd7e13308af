import Diagnostics
import SwiftSyntax

extension Lowering {
    /// Lowers a property's or subscript's accessor block; accessor forms nbrun does not take are refused.
    func lowerAccessors(_ block: AccessorBlockSyntax) -> LoweredAccessors {
        var result = LoweredAccessors(getter: nil, getterEnd: loc(block.rightBrace))
        switch block.accessors {
        case .getter(let statements):
            result.getter = lowerValueBody(statements, returnsValue: true)
        case .accessors(let list):
            var reportedMissingBody = false
            for accessor in list {
                if let modifier = accessor.modifier { unsupported(.accessorModifier, modifier.name.text, modifier) }
                for attribute in accessor.attributes { unsupported(.attribute, attribute) }
                let kind = accessor.accessorSpecifier.text
                if let effects = accessor.effectSpecifiers {
                    // `get throws { … }`: refused once; its body is not compiled (its `throw` would be reported again).
                    unsupported(.accessorEffects, effects.trimmedDescription, effects)
                    if kind == "get" { result.getter = [.invalid] }
                    continue
                }
                guard ["get", "set", "willSet", "didSet"].contains(kind) else {
                    unsupported(.accessorKind, kind, accessor)
                    continue
                }
                guard let body = accessor.body else {
                    // swiftc: once per block, at the token after the accessor's keyword (where `{` is expected).
                    let owner = ["get": "getter", "set": "setter"][kind] ?? kind
                    let next = accessor.accessorSpecifier.nextToken(viewMode: .sourceAccurate)
                    if !reportedMissingBody { report(.functionWithoutBody(of: owner), at: next.map(loc) ?? loc(accessor)) }
                    reportedMissingBody = true
                    if kind == "get" { result.getter = [.invalid] }
                    continue
                }
                let statements = kind == "get" ? lowerValueBody(body.statements, returnsValue: true) : lower(body.statements)
                let defaultName = kind == "didSet" ? "oldValue" : "newValue"
                let parameter = accessor.parameters?.name.text ?? defaultName
                var lowered = TypeDecl.Accessor(parameter: parameter, body: statements, location: loc(accessor.accessorSpecifier))
                lowered.readsParameter = body.statements.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .identifier(parameter) }
                switch kind {
                case "get":
                    result.getter = statements
                    result.getterEnd = loc(body.rightBrace)
                case "set": result.setter = lowered
                case "willSet": result.willSet = lowered
                default: result.didSet = lowered
                }
            }
        }
        return result
    }

    /// Lowers a `subscript` declaration of a type.
    func lowerSubscript(_ node: SubscriptDeclSyntax, into decl: TypeDecl) {
        let isStatic = node.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
        let classModifiers: Set<String> = decl.kind == .classType && !isStatic ? ["override", "final"] : []
        for modifier in node.modifiers where !["static", "class", "private", "fileprivate", "internal", "public"].contains(modifier.name.text)
            && !classModifiers.contains(modifier.name.text) {
            unsupported(.modifier, modifier.name.text, modifier)
        }
        for attribute in node.attributes { unsupported(.attribute, attribute) }
        let parameters = lowerSubscriptParameters(node)
        let generic = FunctionDecl(name: "subscript", parameters: [], returnType: nil, body: [], location: loc(node.subscriptKeyword))
        if let clause = node.genericParameterClause, !lowerMemberGenerics(clause, node.genericWhereClause, into: generic) { return }
        guard let block = node.accessorBlock else {
            // swiftc: at the token after the declaration.
            report(.functionWithoutBody(of: "subscript"), at: node.lastToken(viewMode: .sourceAccurate)?.nextToken(viewMode: .sourceAccurate).map(loc) ?? loc(node))
            return
        }
        let accessors = lowerAccessors(block)
        if accessors.willSet != nil || accessors.didSet != nil { unsupported(.observersOnSubscript, block) }
        if accessors.setter != nil, !generic.genericParameters.isEmpty {
            unsupported(.setterOnGenericSubscript, block)
            return
        }
        var item = TypeDecl.Subscript(
            parameters: parameters, returnType: lowerType(node.returnClause.type), getter: accessors.getter ?? [],
            setter: accessors.setter, isStatic: isStatic, location: loc(node.subscriptKeyword),
            closingBrace: accessors.getterEnd, isOverride: node.modifiers.contains { $0.name.text == "override" },
            isFinal: node.modifiers.contains { $0.name.text == "final" })
        item.genericParameters = generic.genericParameters
        item.genericRequirements = generic.genericRequirements
        decl.subscripts.append(item)
    }

    /// A subscript's parameters (they have no argument labels unless one is written before the name).
    func lowerSubscriptParameters(_ node: SubscriptDeclSyntax) -> [FunctionDecl.Parameter] {
        var parameters: [FunctionDecl.Parameter] = []
        for parameter in node.parameterClause.parameters {
            // A subscript's parameters have no argument labels unless one is written before the name.
            let first = parameter.firstName.text
            let second = parameter.secondName?.text
            if parameter.type.is(AttributedTypeSyntax.self) || parameter.ellipsis != nil {
                unsupported(.subscriptParameterForm, parameter)
            }
            parameters.append(FunctionDecl.Parameter(
                label: second == nil || first == "_" ? nil : first, name: second ?? first, type: lowerType(parameter.type),
                defaultValue: parameter.defaultValue.map { lowerExpr($0.value) }, isInout: false, isVariadic: false,
                location: loc(parameter)))
        }
        return parameters
    }
}

extension Lowering {
    /// Lowers `var a: T { get … set … }` or `var a = v { willSet … didSet … }` outside a type to a `.variable`
    /// statement whose value is a placeholder closure carrying the accessors (see `VariableAccessors`).
    func lowerAccessorVariable(_ binding: PatternBindingSyntax, _ block: AccessorBlockSyntax, isLet: Bool, type: TypeExpr?) -> Stmt? {
        guard binding.pattern.is(IdentifierPatternSyntax.self) else {
            error(.propertyNameNotSimple, binding.pattern)
            return nil
        }
        let lowered = lowerAccessors(block)
        let accessors = VariableAccessors(isComputed: !lowered.isObserverBlock)
        var body = lowered.getter ?? []
        if accessors.isComputed {
            if isLet {
                error(.letComputedProperty, block)
                return nil
            }
            guard type != nil else {
                error(.computedPropertyNeedsType, binding)
                error(.typeAnnotationMissing, binding)
                return nil
            }
            if let initializer = binding.initializer { unsupported(.initialValueOfComputedVariable, initializer) }
            accessors.setter = lowered.setter
        } else {
            if isLet { unsupported(.observersOnConstant, block) }
            accessors.willSet = lowered.willSet
            accessors.didSet = lowered.didSet
            accessors.initialValue = binding.initializer.map { lowerExpr($0.value) }
            // The placeholder's body shows the initial value to the passes that collect references.
            body = accessors.initialValue.map { [.expression($0)] } ?? []
        }
        let literal = ClosureLiteral(parameters: [], returnType: type, body: body, anonymousCount: 0, hasExplicitParameters: true)
        literal.closingBrace = lowered.getterEnd
        literal.accessors = accessors
        let location = loc(binding.pattern)
        return .variable(isLet: false, pattern: lowerPattern(binding.pattern), type: type, value: Expr(.closure(literal), at: location),
                         location: location)
    }
}
