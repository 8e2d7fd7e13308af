import Diagnostics

/// Result builders (`@resultBuilder struct DrawingBuilder`): a closure passed to a parameter marked `@DrawingBuilder`,
/// and the body of a function or method marked so, is rewritten into calls of the builder's static methods (see
/// `ResultBuilderTransform`) and then compiled as plain code. Nothing is done for code that uses no builder.
extension Compiler {
    /// The builder type an attribute names, when it is declared `@resultBuilder` (an attribute naming anything else is
    /// refused by `UnsupportedConstructs`; the body is then compiled as written).
    func resultBuilderType(_ attribute: ResultBuilderAttribute) -> UserType? {
        guard let type = userType(named: attribute.name), type.kind != .protocolType, type.isResultBuilder else { return nil }
        return type
    }

    /// A parameter's result builder, checked (nil when it has none or after reporting a wrong one).
    func checkedResultBuilder(_ parameter: FunctionDecl.Parameter) -> ResultBuilderAttribute? {
        guard let attribute = parameter.resultBuilder, resultBuilderType(attribute) != nil else { return nil }
        return attribute
    }

    /// The arguments of a call with the closures given to result-builder parameters transformed.
    func resultBuilderArguments(_ parameters: [FunctionInfo.Parameter], _ matched: [Int?], _ arguments: [Argument]) -> [Argument] {
        guard parameters.contains(where: { $0.resultBuilder != nil }) else { return arguments }
        var result = arguments
        for (parameterIndex, argumentIndex) in matched.enumerated() {
            guard let argumentIndex, let attribute = parameters[parameterIndex].resultBuilder else { continue }
            let value = arguments[argumentIndex].value
            guard case .closure(let literal) = value.kind, ResultBuilderTransform.applies(to: literal.body) else { continue }
            result[argumentIndex].value = transformedBuilderClosure(value, literal, attribute, reporting: builderFailure)
                ?? Expr(.invalid, at: value.location)
        }
        return result
    }

    /// The closure node `value` (of `literal`) transformed by the builder `attribute` names, made once and kept
    /// (`ResultBuilderBodies`); nil when the builder cannot take the body (reported through `reporting`).
    func transformedBuilderClosure(_ value: Expr, _ literal: ClosureLiteral, _ attribute: ResultBuilderAttribute,
                                   reporting: BuilderFailureReport) -> Expr? {
        guard let builder = userType(named: attribute.name)?.qualifiedName else { return nil }
        if let kept = declarations.resultBuilderBodies.closures[value]?[builder] { return kept }
        let end = literal.closingBrace ?? value.location
        guard let body = resultBuilderBody(literal.body, attribute, end: end, reporting: reporting) else { return nil }
        let copy = ClosureLiteral(parameters: literal.parameters, returnType: literal.returnType, body: body,
                                  anonymousCount: literal.anonymousCount, hasExplicitParameters: literal.hasExplicitParameters)
        copy.closingBrace = literal.closingBrace
        copy.parameterLocations = literal.parameterLocations
        copy.captures = literal.captures
        copy.ownedCaptures = literal.ownedCaptures
        copy.ownedCaptureValues = literal.ownedCaptureValues
        let transformed = Expr(.closure(copy), at: value.location)
        declarations.resultBuilderBodies.closures[value, default: [:]][builder] = transformed
        return transformed
    }

    /// The body of a function or method: transformed when it is marked with a result builder.
    func resultBuilderFunctionBody(_ decl: FunctionDecl) -> [Stmt] {
        guard let attribute = decl.resultBuilder else { return decl.body }
        guard resultBuilderType(attribute) != nil, ResultBuilderTransform.applies(to: decl.body) else { return decl.body }
        let end = decl.closingBrace ?? decl.location
        return transformedBuilderBody(decl, attribute, reporting: builderFailure) ?? [.returnStatement(Expr(.invalid, at: end), end)]
    }

    /// The body of a function marked with the builder `attribute` names, transformed once and kept
    /// (`ResultBuilderBodies`); nil when the builder cannot take it (reported through `reporting`).
    func transformedBuilderBody(_ decl: FunctionDecl, _ attribute: ResultBuilderAttribute, reporting: BuilderFailureReport) -> [Stmt]? {
        guard let builder = userType(named: attribute.name)?.qualifiedName else { return nil }
        if let kept = declarations.resultBuilderBodies.functions[decl]?[builder] { return kept }
        guard let body = resultBuilderBody(decl.body, attribute, end: decl.closingBrace ?? decl.location, reporting: reporting) else {
            return nil
        }
        declarations.resultBuilderBodies.functions[decl, default: [:]][builder] = body
        return body
    }

    /// The getter of a computed property: transformed when the property is marked with a result builder.
    func resultBuilderGetterBody(_ computed: TypeDecl.Computed, _ getter: FunctionInfo) -> [Stmt] {
        guard let attribute = computed.resultBuilder, resultBuilderType(attribute) != nil,
              ResultBuilderTransform.applies(to: computed.body) else { return computed.body }
        let end = computed.closingBrace ?? computed.location
        return transformedBuilderGetter(computed, getter, attribute, reporting: builderFailure) ?? [.returnStatement(Expr(.invalid, at: end), end)]
    }

    /// The getter body of a computed property marked with the builder `attribute` names, transformed once and kept
    /// by its declared function `getter` (`ResultBuilderBodies`); nil when the builder cannot take it (reported through
    /// `reporting`).
    func transformedBuilderGetter(_ computed: TypeDecl.Computed, _ getter: FunctionInfo, _ attribute: ResultBuilderAttribute,
                                  reporting: BuilderFailureReport) -> [Stmt]? {
        guard let builder = userType(named: attribute.name)?.qualifiedName else { return nil }
        if let kept = declarations.resultBuilderBodies.getters[getter]?[builder] { return kept }
        let end = computed.closingBrace ?? computed.location
        guard let body = resultBuilderBody(computed.body, attribute, end: end, reporting: reporting) else { return nil }
        declarations.resultBuilderBodies.getters[getter, default: [:]][builder] = body
        return body
    }

    /// The getter of a computed variable outside a type (its placeholder closure), transformed when the variable is
    /// marked with a result builder.
    func resultBuilderGetter(_ placeholder: ClosureLiteral, _ accessors: VariableAccessors) -> ClosureLiteral {
        guard let attribute = accessors.resultBuilder, resultBuilderType(attribute) != nil,
              ResultBuilderTransform.applies(to: placeholder.body) else { return placeholder }
        if let getter = transformedVariableGetter(placeholder, attribute, reporting: builderFailure) { return getter }
        let end = placeholder.closingBrace ?? attribute.location
        let getter = ClosureLiteral(parameters: [], returnType: placeholder.returnType, body: [.returnStatement(Expr(.invalid, at: end), end)],
                                    anonymousCount: 0, hasExplicitParameters: placeholder.hasExplicitParameters)
        getter.closingBrace = placeholder.closingBrace
        return getter
    }

    /// The getter of a computed variable outside a type marked with the builder `attribute` names, transformed once
    /// and kept by its placeholder closure (`ResultBuilderBodies`); nil when the builder cannot take its body
    /// (reported through `reporting`).
    func transformedVariableGetter(_ placeholder: ClosureLiteral, _ attribute: ResultBuilderAttribute,
                                   reporting: BuilderFailureReport) -> ClosureLiteral? {
        guard let builder = userType(named: attribute.name)?.qualifiedName else { return nil }
        if let kept = declarations.resultBuilderBodies.variableGetters[placeholder]?[builder] { return kept }
        let end = placeholder.closingBrace ?? attribute.location
        guard let body = resultBuilderBody(placeholder.body, attribute, end: end, reporting: reporting) else { return nil }
        let getter = ClosureLiteral(parameters: [], returnType: placeholder.returnType, body: body, anonymousCount: 0,
                                    hasExplicitParameters: placeholder.hasExplicitParameters)
        getter.closingBrace = placeholder.closingBrace
        declarations.resultBuilderBodies.variableGetters[placeholder, default: [:]][builder] = getter
        return getter
    }

    /// Where a body the builder cannot take goes: the checker reports its statements (`TypeChecker+ResultBuilders`),
    /// the generator notes code it cannot build there (`builderFailure`).
    typealias BuilderFailureReport = (CompileError, SourceLocation) -> Void

    /// The generator's `BuilderFailureReport`: the checker reported the statement the builder cannot take.
    private func builderFailure(_ mistake: CompileError, at location: SourceLocation) {
        cannotGenerate(at: location)
    }

    /// A body rewritten with the builder's methods (nil after reporting, through `reporting`, a statement the
    /// builder cannot take).
    private func resultBuilderBody(_ body: [Stmt], _ attribute: ResultBuilderAttribute, end: SourceLocation,
                                   reporting: BuilderFailureReport) -> [Stmt]? {
        guard let type = userType(named: attribute.name) else { return nil }
        let name = String(type.qualifiedName.dropFirst(moduleName.count + 1))
        let methods = type.staticMethods.filter { !$0.value.isEmpty }
        var types = ResultBuilderTransform.Types()
        let block = methods["buildBlock"].flatMap { $0.count == 1 ? $0[0] : nil }
        if let block, block.parameters.count == 1, block.parameters[0].isVariadic, case .array(let element) = block.parameters[0].type {
            types.component = builderTypeAlias(name, "component", element)
        }
        if let first = methods["buildEither"]?.first(where: { $0.parameters.first?.label == "first" }) {
            types.either = builderTypeAlias(name, "either", first.returnType)
        }
        if let optional = methods["buildOptional"], optional.count == 1, optional[0].parameters.count == 1 {
            types.optional = builderTypeAlias(name, "optional", optional[0].parameters[0].type)
        }
        if let array = methods["buildArray"], array.count == 1, array[0].parameters.count == 1 {
            types.array = builderTypeAlias(name, "array", array[0].parameters[0].type)
        }
        var transform = ResultBuilderTransform(builder: name, methods: Set(methods.keys), types: types)
        do {
            return try transform.transform(body, end: end)
        } catch ResultBuilderTransform.Failure.controlFlow(let location) {
            reporting(.resultBuilderControlFlow(attribute.name), location)
        } catch ResultBuilderTransform.Failure.missingBuildEither(let locations) {
            for location in locations { reporting(.typeHasNoMember(attribute.name, member: "buildEither"), location) }
        } catch {}
        return nil
    }

    /// A hidden type alias (a name no cell can write) for a type a builder method declares.
    private func builderTypeAlias(_ builder: String, _ role: String, _ type: CType) -> String? {
        guard !type.hasError else { return nil }
        let alias = "$__\(builder).\(role)"
        declarations.typeAliases[alias] = type
        return alias
    }
}
