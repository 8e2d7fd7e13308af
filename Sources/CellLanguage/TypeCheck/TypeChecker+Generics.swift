/// Generic functions: calls typed by binding the type parameters from the arguments, as swiftc does, and bodies
/// checked once per specialization.
///
/// Design. The generator compiles a generic function's body once per specialization (`Compiler.specialize`), plus
/// once with placeholders for its type parameters to check it (code that never runs), and the body's nodes are
/// shared by all those compilations. One type per node in the typed AST was therefore whichever compilation
/// recorded last, a mix of placeholder and specialization types, that no checker could match without guessing. So
/// both sides keep the types of such a body per specialization (`SpecializedTypes`): the generator records each
/// node's type under the type arguments it compiled with (`Compiler.recordedSpecialization`: the bindings of the
/// body being specialized; the placeholder check only marks the node), and the checker, at each call whose type
/// arguments it can bind from the arguments' types (`inferGenericBindings`' rules: parameter types matched
/// against argument types, then the result type against the context), checks the body once under those
/// bindings, with the type parameters resolving to their bound types. The oracle compares node by node and
/// specialization by specialization: a body's node is never compared with one type "for all" specializations,
/// and a specialization the generator did not compile (nothing recorded) is the checker's alone.
///
/// The generator never reads these types (a type by node would be wrong for the other specializations): what the
/// checker records while `specialization` is set goes to `CheckedTypes.specialized`, and no overload is chosen
/// by position there. The call itself (at a non-generic site) is typed in the main table as any call.
///
/// A closure argument is typed with its parameter types when the type parameters they mention are bound by the
/// arguments before it (`closureArgument`), its result inferred, as the generator types it.
///
/// Left unknown: generic functions of earlier cells (their bodies are not in this cell's resolution; calls are
/// still typed), overloaded generic templates, variadic parameters and closures whose parameter types need later
/// arguments. Number literals are typed last, against their parameter (the generator reads their types when its
/// reading in order conflicts, `Compiler.bindingsWithLiteralsLast`).
extension TypeChecker {
    /// A generic body checked under given type arguments.
    struct SpecializedBody: Hashable {
        let decl: ObjectKey
        let bindings: [String: CType]
        /// Whether the body is checked under the generator's placeholders, reporting its mistakes (a floating-point
        /// type parameter's placeholder is Double: its check is not a `Double` specialization's).
        var reportsMistakes = false
    }

    /// `name(arguments)` where `name` is a generic top-level function: its result type with the type parameters
    /// bound from the arguments (the body checked under those bindings). Nil when `name` is no generic function's
    /// (`handled` is then false) or the call cannot be typed.
    /// With `location` (the call's), a type argument that certainly misses a constraint is reported there.
    func genericCall(_ name: String, _ referent: Referent, _ arguments: [Argument], expected: CType?,
                     besideConcrete: Bool = false, at location: SourceLocation? = nil) -> (handled: Bool, type: CType?) {
        switch referent {
        case .global(let index) where resolution.declarations[index].kind == .function: break
        case .earlierGlobal: break
        default: return (false, nil)
        }
        guard let templates = compiler.protocolState.genericFunctions[name], besideConcrete || compiler.globalScope.names[name] == nil else {
            return (false, nil)
        }
        let before = checked.diagnostics.count
        let site = templates.count == 1 ? location.map { GenericCallSite(callee: "global function '\(Compiler.calleeName(templates[0]))'", location: $0) } : nil
        guard templates.count == 1, let decl = templates.first, let bindings = bindings(decl, arguments, expected: expected, site: site) else {
            if let mistake = misspelledLabels(templates, arguments) { return (true, mistake) }
            uncheckedArguments(arguments)
            return (true, nil)
        }
        if let site, let mistake = unmetConstraint(decl, bindings, since: before, at: site) { return (true, mistake) }
        let result = under(bindings) { decl.returnType.map(resolve) ?? .void }
        if compiler.protocolState.genericFunctionCells[decl] == compiler.currentCell {
            specializedBody(decl, bindings)
        }
        return (true, result ?? opaqueUnderlyingResult(decl, bindings) ?? specializedOpaqueResult(decl, bindings))
    }

    /// The type arguments of a call of `decl`, bound from the argument types (each argument checked); nil when the
    /// checker cannot bind them all as the generator does. With `site`, arguments that bind a type parameter to two
    /// types and a type parameter nothing binds are reported there (`TypeChecker+GenericRequirements`).
    func bindings(_ decl: FunctionDecl, _ arguments: [Argument], outer: [String: CType] = [:],
                  expected: CType?, site: GenericCallSite? = nil) -> [String: CType]? {
        let parameters = decl.parameters
        guard decl.resultBuilder == nil,
              !parameters.contains(where: { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil }),
              let positions = Self.match(parameters.map { ($0.label, Self.shape($0.type), $0.defaultValue != nil) }, arguments) else { return nil }
        let names = Set(decl.genericParameters.map(\.name))
        var bindings: [String: CType] = [:], found: [CType?] = Array(repeating: nil, count: arguments.count)
        // Number literals last, each typed by its parameter under the bindings found so far: where the generator's
        // reading in order succeeds, this binds the same types; where it conflicts, the generator reads them so too
        // (`bindingsWithLiteralsLast`).
        // A closure after the arguments before it, whose literals may bind its parameter types (`apply(1) { x in … }`).
        let ranks = arguments.indices.map { index in
            Compiler.isClosureLiteral(arguments[index].value)
                ? arguments[..<index].map { Compiler.literalRank($0.value) }.max() ?? 0 : Compiler.literalRank(arguments[index].value)
        }
        let order = arguments.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }
        let before = checked.diagnostics.count
        var missesMember = false
        for index in order {
            let value = arguments[index].value, pattern = parameters[positions[index]].type
            // `[]`, `[:]` and `nil` bind nothing: typed against their specialized parameter below (`inferGenericBindings`).
            if Compiler.isEmptyCollectionLiteral(value) || Self.isNilLiteral(value) { continue }
            // `S.Element` of an `S` bound to a type with no elements (`count(5, where: …)`): its constraint is missed.
            let bound = outer.merging(bindings) { $1 }
            if Compiler.mentionsUnboundMember(pattern, of: names, boundAssociatedTypes(decl.genericParameters, bound) ?? bound) {
                missesMember = true
                continue
            }
            var type: CType?
            if case .closure(let literal) = value.kind {
                // `(S.Element) -> Bool` once `S` is bound: its associated types are known too.
                let known = boundAssociatedTypes(decl.genericParameters, outer.merging(bindings) { $1 }) ?? outer.merging(bindings) { $1 }
                type = closureArgument(literal, value, pattern, names.subtracting(bindings.keys), known)
            } else if Compiler.literalRank(value) > 0, !Compiler.mentions(pattern, names.subtracting(bindings.keys)) {
                guard let parameter = under(outer.merging(bindings) { $1 }, { resolve(pattern) }) else { return nil }
                type = check(value, expected: parameter)
            } else {
                type = argumentType(value)
            }
            guard let type else { return nil }
            if reportsConcreteParameterMistake(value, type, pattern, names, outer, site) { return nil }
            guard Compiler.infer(pattern, type, names, into: &bindings) else {
                reportConflictingArguments(pattern, type, names, bindings, at: site)
                return nil
            }
            found[index] = type
        }
        if let expected, let result = decl.returnType {
            var fromResult = bindings
            if Compiler.infer(result, expected, names, into: &fromResult) { bindings = fromResult }
        }
        if missesMember {
            if let site { _ = unmetConstraint(decl, bindings, since: before, at: site) }
            return nil
        }
        guard decl.genericParameters.allSatisfy({ bindings[$0.name] != nil }) else {
            reportUninferredParameter(decl, bindings, at: site)
            return nil
        }
        guard let complete = boundAssociatedTypes(decl.genericParameters, bindings.merging(outer) { inner, _ in inner }) else { return nil }
        // Each argument compiles against its parameter's specialized type: checked again where that differs.
        for (index, (argument, position)) in zip(arguments, positions).enumerated() where !parameters[position].isInout {
            guard let parameter = under(complete, { resolve(parameters[position].type) }) else { return nil }
            if parameter != found[index], !Self.isContextFree(argument.value) { check(argument.value, expected: parameter) }
        }
        recordGenericBindings(complete, arguments, of: decl.name, at: decl.location)  // the generator's (`Compiler.inferGenericBindings`)
        return complete
    }

    /// An argument's type as the generator infers type arguments from it (without a contextual type; an `inout`
    /// argument's variable; a literal array of numbers as `[Int]` or `[Double]`).
    func argumentType(_ value: Expr) -> CType? {
        switch value.kind {
        case .inoutArgument(let inner):
            return check(inner, expected: nil)
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy(\.isNumericLiteral):
            let element: CType = elements.contains(where: \.containsFloatLiteral) ? .double : .int
            return check(value, expected: .array(element))
        default:
            return check(value, expected: nil)
        }
    }

    /// The type arguments with the associated types they fix (`C.Element` for `C: Sequence`, `C.Item` for
    /// `C: Container`), as `Compiler.bindConcreteAssociatedTypes` adds them; a conforming type's associated types
    /// are read from the generator's bindings of its conformance (or inferred as the generator infers them).
    func boundAssociatedTypes(_ parameters: [(name: String, constraints: [String])],
                              _ bindings: [String: CType]) -> [String: CType]? {
        var result = bindings
        for parameter in parameters where parameter.constraints.contains("Sequence") || parameter.constraints.contains("Collection") {
            if let bound = bindings[parameter.name], let element = Compiler.sequenceElement(bound) {
                result["\(parameter.name).Element"] = element
            }
        }
        let state = compiler.protocolState
        guard state.hasAssociatedTypes else { return result }
        for parameter in parameters {
            let associated = parameter.constraints.compactMap { compiler.declarations.userTypes[$0] }
                .filter { $0.kind == .protocolType }
                .flatMap { compiler.protocolFamily($0) }
                .flatMap { $0.protocolInfo?.associatedTypes ?? [] }
            guard !associated.isEmpty, let bound = bindings[parameter.name] else { continue }
            switch bound {
            case .array(let element):
                for (name, _) in associated { result["\(parameter.name).\(name)"] = element }
            case .user(let type):
                // Those of a type of this cell are bound after this pass, as the generator finds them then.
                let map = state.associatedBindings[type] ?? compiler.associatedBindings(of: type)
                for (name, placeholder) in associated {
                    if let type = map[placeholder] { result["\(parameter.name).\(name)"] = type }
                }
            default:
                break
            }
        }
        return result
    }

    /// Checks a generic function's body under `bindings`, once per declaration and bindings.
    /// `declaresSelf`: `self` has the type of `instance` (a built-in value's; a generic type's specialization's
    /// `self` stays unknown).
    func specializedBody(_ decl: FunctionDecl, _ bindings: [String: CType], selfType type: UserType? = nil,
                         instance: ConformingSelf? = nil, declaresSelf: Bool = false, reportsMistakes: Bool = false) {
        guard specializedBodies.insert(SpecializedBody(decl: ObjectKey(decl), bindings: bindings, reportsMistakes: reportsMistakes)).inserted else {
            return
        }
        let saved = bodyContext
        specialization = bindings
        // A body checked under the placeholders (`placeholderFunctionBody`) reports its mistakes as a function's
        // body does, its `return`s against its result type; another body it calls is checked for its types only.
        bodyContext.reportsPlaceholderMistakes = reportsMistakes
        if reportsMistakes { (returnTyping, reportsReturnMismatches, bodyContext.inClosureBody) = (.given, true, false) }
        bodyContext.opaqueReturns = reportsMistakes ? opaqueReturns(of: decl) : nil
        selfType = instance == nil ? type : nil
        conformingSelf = instance
        for parameter in decl.parameters {
            let declared = parameter.isVariadic ? nil : resolve(parameter.type)
            declare(parameter.name, at: parameter.location, declared)
            if let declared { defaultArgument(parameter, declared) }  // as each specialization compiles it
        }
        if let type, !decl.isStatic { declare("self", at: decl.location, .user(type)) }
        if declaresSelf, let instance, !decl.isStatic { declare("self", at: decl.location, instance.type) }
        noteSpecializedMutability(of: decl, self: type.map { .user($0) } ?? instance?.type)  // +Mutability
        if reportsMistakes, type == nil, instance == nil, hasUnderlyingResult(decl) {
            underlyingResultBody(decl, refusesUnknown: false)  // TypeChecker+OpaqueUnderlyingTypes
        } else {
            returnType = decl.returnType.map(resolve) ?? .void
            singleExpressionBody(decl.body)
        }
        bodyContext = saved
    }

    /// `body` with the type parameters resolving to `bindings`.
    func under<T>(_ bindings: [String: CType], _ body: () -> T) -> T {
        let saved = bodyContext
        specialization = bindings
        defer { bodyContext = saved }
        return body()
    }

    /// A stand-in type with a written type's shape, for matching labels (a function type may take a trailing
    /// closure).
    private static func shape(_ type: TypeExpr) -> CType {
        // Any written type a closure may be passed for (`() throws -> T`, `((T) -> U)?`) takes a trailing closure.
        type.acceptsClosure ? .function([], .void) : .void
    }
}
