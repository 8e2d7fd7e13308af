import Diagnostics

/// Result builders, checked as the generator compiles them (`Compiler+ResultBuilders`): a closure passed to a
/// parameter marked `@Builder` and the body of a function marked so are checked in their transformed form
/// (`ResultBuilderTransform`), which the compiler makes once and keeps (`ResultBuilderBodies`), so the hidden
/// variables (`$__builder1`) and the builder calls (`Builder.buildBlock(…)`) the checker types are the nodes the
/// generator records. A body the builder cannot take is reported here (`reportBuilderFailure`: control flow the
/// builder has no method for, swiftc's `closure containing control flow statement cannot be used with result builder
/// 'B'` or `type 'B' has no member 'buildEither'`), and left unknown.
extension TypeChecker {
    /// Reports a statement of a body the builder cannot take (`Compiler.BuilderFailureReport`).
    func reportBuilderFailure(_ mistake: CompileError, at location: SourceLocation) {
        reportOnce(mistake, at: location)
    }

    /// Whether `name` is one of the hidden variables of a transformed body.
    static func isBuilderVariable(_ name: String) -> Bool {
        name.hasPrefix("$__builder")
    }

    /// The type of a hidden variable of a transformed body (nil: unknown, or not one).
    func builderVariable(_ name: String) -> CType? {
        Self.isBuilderVariable(name) ? builderVariables[name] : nil
    }

    /// A hidden type alias the transform declares its variables with (`$__DrawingBuilder.either`).
    func builderTypeAlias(_ name: String) -> CType? {
        name.hasPrefix("$__") ? compiler.declarations.typeAliases[name] : nil
    }

    /// A call of one of `infos` (the only overload) that has result-builder or `@autoclosure` parameters: the closures
    /// given to the former checked in their transformed form, the arguments of the latter in the closure the compiler
    /// wraps them in (`Compiler.autoclosure(wrapping:)`). Nil (nothing checked) when no parameter is either;
    /// `.some(nil)` when the call is unknown.
    func wrappedArgumentsCall(_ infos: [FunctionInfo], _ arguments: [Argument], receiver: Bool) -> CType?? {
        guard infos.contains(where: { $0.parameters.contains { $0.resultBuilder != nil || $0.isAutoclosure } }) else { return nil }
        let skipped = receiver ? 1 : 0
        guard infos.count == 1, let info = infos.first, info.parameters.count >= skipped else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        let parameters = Array(info.parameters.dropFirst(skipped))
        guard !parameters.contains(where: { $0.isVariadic || $0.isInout }),
              let positions = Self.match(parameters.map { ($0.label, $0.type, $0.defaultValue != nil) }, arguments) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        var known = true
        for (argument, position) in zip(arguments, positions) {
            let parameter = parameters[position]
            if parameter.isAutoclosure {
                check(compiler.autoclosure(wrapping: argument.value), expected: parameter.type)
                continue
            }
            guard let attribute = parameter.resultBuilder, case .closure(let literal) = argument.value.kind,
                  ResultBuilderTransform.applies(to: literal.body) else {
                checkConverting(argument.value, to: parameter.type) { .argumentType($0, expected: $1) }
                continue
            }
            guard let transformed = compiler.transformedBuilderClosure(argument.value, literal, attribute, reporting: reportBuilderFailure) else {
                known = false
                continue
            }
            builderScope { check(transformed, expected: parameter.type) }
        }
        guard known else { return .some(nil) }
        resolvedCallee = info
        return .some(info.returnType)
    }

    /// The body of a function or method marked with a result builder, checked in its transformed form with the
    /// parameter and result types of `info`; false when it is not marked or the builder cannot take it.
    func builderFunctionBody(_ decl: FunctionDecl, _ info: FunctionInfo) -> Bool {
        guard let attribute = decl.resultBuilder else { return false }
        guard compiler.userType(named: attribute.name)?.isResultBuilder == true, ResultBuilderTransform.applies(to: decl.body),
              let body = compiler.transformedBuilderBody(decl, attribute, reporting: reportBuilderFailure) else { return true }
        builderScope { self.body(of: decl, info, statements: body) }
        return true
    }

    /// The body of a computed property's getter as the generator compiles it: transformed when the property is
    /// marked with a result builder (nil when the builder cannot take it: reported).
    func builderGetterBody(_ computed: TypeDecl.Computed, _ getter: FunctionInfo) -> [Stmt]? {
        guard let attribute = computed.resultBuilder, ResultBuilderTransform.applies(to: computed.body) else { return computed.body }
        guard compiler.userType(named: attribute.name)?.isResultBuilder == true,
              let body = compiler.transformedBuilderGetter(computed, getter, attribute, reporting: reportBuilderFailure) else { return nil }
        return body
    }

    /// `Builder.method(arguments)` where `base` names a result-builder type (the calls the transform writes, and
    /// the user's own): its static method chosen by labels and argument types; a single variadic `buildBlock` takes
    /// every argument as an element. Nil when `base` names no builder.
    func builderStaticCall(_ base: Expr, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard case .name(let typeName) = base.kind, let type = compiler.declarations.userTypes[typeName],
              type.isResultBuilder, type.kind != .protocolType, !isGeneric(builderless: type) else { return nil }
        if let referent = resolution.referent(of: base) {
            switch referent {
            case .global, .earlierGlobal: break
            default: return nil
            }
        } else if !name.hasPrefix("build") {
            return nil
        }
        guard let infos = type.staticMethods[name], !infos.isEmpty, !hasGenericMember(named: name) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        if infos.count == 1, let info = infos.first, info.parameters.count == 1, info.parameters[0].isVariadic,
           info.parameters[0].label == nil, case .array(let element) = info.parameters[0].type {
            guard arguments.allSatisfy({ $0.label == nil && !$0.isTrailingClosure }) else {
                uncheckedArguments(arguments)
                return .some(nil)
            }
            // The generator groups the arguments into one array node, kept (`Compiler.variadicArguments`).
            let grouped = compiler.variadicArguments(base, info, arguments)
            if grouped.count == 1 {
                variadicGroup(grouped[0].value, .array(element))
            } else {
                for argument in arguments { checkConverting(argument.value, to: element) { .argumentType($0, expected: $1) } }
            }
            resolvedCallee = info
            return .some(info.returnType)
        }
        return .some(declaredCall(infos, arguments))
    }

    /// Whether a builder type is generic apart from being a builder (its members then typed per specialization).
    private func isGeneric(builderless type: UserType) -> Bool {
        compiler.protocolState.genericTypes[type.name] != nil || compiler.protocolState.genericMembers[type]?["init"] != nil
            || type.isPropertyWrapper
    }

    /// Runs `body` with the hidden variables of the enclosing transformed body kept apart (a nested transform
    /// numbers its own from 1).
    private func builderScope(_ body: () -> Void) {
        let saved = builderVariables
        body()
        builderVariables = saved
    }
}
