import Diagnostics

extension Compiler {
    // MARK: Declaration

    /// Registers a generic function (pass 1); it is compiled per call, specialized to the argument types.
    func declareGenericFunction(_ decl: FunctionDecl) {
        // A generic function inside a body, a generic operator: refused by the checks (`UnsupportedConstructs`).
        guard scope.parent == nil, scope.context.level == 0, !Compiler.isOperatorName(decl.name) else {
            cannotGenerate(at: decl.location)
            return
        }
        var templates = protocolState.genericFunctions[decl.name] ?? []
        let sameLabels: (FunctionDecl) -> Bool = { $0.parameters.map(\.label) == decl.parameters.map(\.label) }
        if templates.contains(where: { sameLabels($0) && protocolState.genericFunctionCells[$0] == currentCell }) {
            // Telling generic overloads apart by their constraints is not supported: never let one hide the other (the
            // checks report it, `FunctionRedeclarations.genericOverloads`).
            return
        }
        protocolState.genericFunctionCells[decl] = currentCell
        if case .named(let result, _)? = decl.returnType, result.hasPrefix("some ") {
            protocolState.opaqueGenericResolutions[decl] = resolution
        }
        templates.removeAll(where: sameLabels)
        templates.append(decl)
        protocolState.genericFunctions[decl.name] = templates
    }

    /// Type-checks a generic function's body once with each type parameter standing for an unknown type that has
    /// only its constraints (pass 2), so that a body valid for some types only is refused as swiftc refuses it.
    func checkGenericFunction(_ decl: FunctionDecl) {
        guard protocolState.genericFunctions[decl.name]?.contains(where: { $0 === decl }) == true,
              var bindings = placeholders(Compiler.withImpliedHashable(decl), at: decl.location),
              applyAssociatedRequirements(decl.genericRequirements, to: &bindings) else { return }
        makeSignatureSpecializations(decl, bindings)
        typeCheckPlaceholderBody { $0.placeholderFunctionBody(decl, bindings) }
        declarations.placeholderSignatures[decl] = specialize(decl, bindings, key: nil)
    }

    /// `decl`'s type parameters with `Hashable` added to those its signature uses as a dictionary's key or a set's
    /// element (`func f<K, V>(_ d: [K: V])`), as swiftc infers that requirement from the signature.
    static func withImpliedHashable(_ decl: FunctionDecl) -> [(name: String, constraints: [String])] {
        var keys = Set<String>()
        func scan(_ type: TypeExpr) {
            switch type {
            case .dictionary(let key, let value):
                if case .named(let name, _) = key { keys.insert(name) }
                scan(key)
                scan(value)
            case .set(let element):
                if case .named(let name, _) = element { keys.insert(name) }
                scan(element)
            case .array(let inner), .optional(let inner), .implicitlyUnwrapped(let inner): scan(inner)
            case .function(let parameters, let result), .throwingFunction(let parameters, let result):
                parameters.forEach(scan)
                scan(result)
            case .tuple(_, let elements): elements.forEach(scan)
            default: break
            }
        }
        decl.parameters.forEach { scan($0.type) }
        if let result = decl.returnType { scan(result) }
        return decl.genericParameters.map { parameter in
            guard keys.contains(parameter.name), !parameter.constraints.contains("Hashable") else { return parameter }
            return (parameter.name, parameter.constraints + ["Hashable"])
        }
    }

    /// Each type parameter bound to an unknown type that has only its constraints (nil after reporting a constraint
    /// nbrun does not support).
    func placeholders(_ parameters: [(name: String, constraints: [String])], at location: SourceLocation) -> [String: CType]? {
        var bindings: [String: CType] = [:]
        for parameter in parameters {
            if let floating = Compiler.floatingPointPlaceholder(parameter.constraints) {
                bindings[parameter.name] = floating  // `T: BinaryFloatingPoint`: Double is nbrun's only such type
                continue
            }
            if let superclass = classConstraint(parameter.constraints) {
                // `T: SomeClass`: the body sees the class's members (a subclass's instance is one of its values).
                guard parameter.constraints.count == 1 else {
                    cannotGenerate(at: location)  // refused by the checks (`GenericConstraintRefusals`)
                    return nil
                }
                bindings[parameter.name] = .user(superclass)
                continue
            }
            let placeholder = UserType(kind: .protocolType, name: parameter.name, qualifiedName: parameter.name)
            let info = ProtocolInfo()
            placeholder.protocolInfo = info
            for constraint in parameter.constraints {
                if let proto = declarations.userTypes[constraint], proto.kind == .protocolType {
                    info.parents.append(proto)
                } else if addLibraryConstraint(constraint, to: placeholder) {
                    continue  // `Equatable` …, `Numeric` …: with the protocols they imply
                } else if constraint == "Sequence" {
                    info.parents.append(sequenceProtocol())
                } else if constraint == "Collection" {
                    info.parents.append(collectionProtocol())
                } else if constraint == "IteratorProtocol" {
                    info.parents.append(builtinProtocolWithElement("IteratorProtocol"))
                } else {
                    cannotGenerate(at: location)  // refused by the checks (`GenericConstraintRefusals`)
                    return nil
                }
            }
            placeholder.protocolInfo = info
            bindings[parameter.name] = .user(placeholder)
            placeholderAssociatedTypes(placeholder, named: parameter.name, into: &bindings)
        }
        return bindings
    }

    // MARK: Calls

    /// `name(arguments)` where `name` is a generic function: infers its type parameters from the arguments' types,
    /// checks their constraints and calls the function specialized to them. Nil when `name` is not generic.
    func compileGenericCall(_ name: String, _ arguments: [Argument], expected: CType? = nil, at location: SourceLocation) -> Typed? {
        if protocolState.genericTypes[String(name.prefix { $0 != "<" })] != nil {
            if let expected = expectedSpecialization(name, expected) { return compileConstruction(expected.type, arguments, at: location) }
            guard let type = genericTypeInstance(name, at: location, inferringFrom: name.contains("<") ? nil : arguments) else {
                return .invalid
            }
            return compileConstruction(type, arguments, at: location)
        }
        guard let templates = protocolState.genericFunctions[name], !templates.isEmpty else { return nil }
        let decl = templates.first { matchArguments(Compiler.shapes($0.parameters), arguments, at: location, report: false) != nil } ?? templates[0]
        guard let bindings = inferGenericBindings(decl, arguments, expected: expected, at: location) else { return .invalid }
        let key = SpecializationKey(decl, arguments: decl.genericParameters.map { bindings[$0.name]! })
        guard let info = specialize(decl, bindings, key: key),
              let (selected, matchedAgain) = selectOverload([info], arguments, at: location) else { return .invalid }
        return compileDirectCall(selected, matchedAgain, arguments, at: location)
    }

    /// The type arguments of a call of the generic function or member `decl` (with `outer`, the bindings in force
    /// where it was declared): inferred from the arguments' types, then from the expected result type; nil when they
    /// conflict, one is not bound or misses its constraints or `where` clause, which the checker reports
    /// (`TypeChecker+GenericRequirements`): the generator cannot build that call.
    func inferGenericBindings(_ decl: FunctionDecl, _ arguments: [Argument], outer: [String: CType] = [:],
                              expected: CType?, at location: SourceLocation) -> [String: CType]? {
        // The checker's (`TypeChecker.bindings`); inferred again below only where it bound none.
        if let checked = checkedGenericBindings(arguments, of: decl.name, at: decl.location) { return checked }
        compileCounts.noteGeneratorDecision(file: #fileID, line: #line)
        guard let matched = matchArguments(Compiler.shapes(decl.parameters), arguments, at: location) else { return nil }
        let names = Set(decl.genericParameters.map(\.name))
        var bindings: [String: CType] = [:]
        for (index, argumentIndex) in matched.enumerated() {
            guard let argumentIndex else { continue }
            var value = arguments[argumentIndex].value
            if case .inoutArgument(let inner) = value.kind { value = inner }
            // `[]` and `[:]` have no type of their own: the other arguments or the expected result bind theirs.
            if Compiler.isEmptyCollectionLiteral(value) { continue }
            // `(S.Element) -> Bool` once `S` is bound: its associated types are known too.
            var known = outer.merging(bindings) { $1 }
            bindConcreteAssociatedTypes(decl.genericParameters, into: &known)
            // `S.Element` of an `S` bound to a type with no elements (`count(5, where: …)`): the constraint is
            // reported once the type parameters are bound.
            if Compiler.mentionsUnboundMember(decl.parameters[index].type, of: names, known) { continue }
            let actual = genericArgumentType(value, decl.parameters[index].type, names, known)
            if actual.hasError {
                // Reports the argument's errors, which typing it alone discarded (a closure's with the parameter
                // types it was typed with: `{ $0.count > 1 }` for `(S.Element) -> Bool`, `S` an `[Int]`).
                _ = compileExpr(value, expected: closureExpectation(value, decl.parameters[index].type, names, known))
                return nil
            }
            if !Compiler.infer(decl.parameters[index].type, actual, names, into: &bindings) {
                if let literalsLast = bindingsWithLiteralsLast(decl, arguments, matched: matched, names: names, outer: outer) {
                    bindings = literalsLast
                    break
                }
                cannotGenerate(at: location)  // the checker's `conflicting arguments to generic parameter`
                return nil
            }
        }
        if let expected, !expected.hasError, let result = decl.returnType {
            var fromResult = bindings
            if Compiler.infer(result, expected, names, into: &fromResult) { bindings = fromResult }
        }
        for parameter in decl.genericParameters {
            // The checker reports a type parameter nothing binds and a constraint its type argument misses.
            guard let bound = bindings[parameter.name], parameter.constraints.allSatisfy({ satisfies(bound, $0) }) else {
                cannotGenerate(at: location)
                return nil
            }
        }
        bindings.merge(outer) { inner, _ in inner }
        bindConcreteAssociatedTypes(decl.genericParameters, into: &bindings)
        guard meetsAssociatedRequirements(decl.genericRequirements, bindings, at: location) else { return nil }
        return bindings
    }

    /// An argument's type; a closure whose parameter types the generic parameter's function type determines (through
    /// bindings already known) is typed with them, as `{ $0 * 2 }` for `(Element) -> U` with `Element` bound.
    private func genericArgumentType(_ value: Expr, _ pattern: TypeExpr, _ names: Set<String>, _ known: [String: CType]) -> CType {
        guard let (resolved, throwing) = closureParameters(value, pattern, names, known) else {
            // The checker's type (`checkerType`): generic inference from the argument, before it compiles with the parameter type.
            return checkerType(value)
        }
        // The checker's type for it (compiling the closure here and again as the argument doubled the work at each
        // level of nested generic calls, `b.apply { _ in b.apply { … } }`).
        if let checked = checkedClosureArgumentType(value, parameters: resolved, throwing: throwing) { return checked }
        cannotGenerate(at: value.location)
        return .error
    }

    /// The parameter types of the closure `value` passed for a parameter of type `pattern`, when the type
    /// parameters they mention are bound in `known` (`{ $0 * 2 }` for `(Element) -> U` with `Element` bound), and
    /// whether it may throw; nil for any other argument.
    private func closureParameters(_ value: Expr, _ pattern: TypeExpr, _ names: Set<String>,
                                   _ known: [String: CType]) -> (parameters: [CType], throwing: Bool)? {
        let (parameters, throwing) = pattern.functionParameters  // `(T) throws -> U` too
        guard case .closure = value.kind, pattern.isFunction,
              parameters.allSatisfy({ !Compiler.mentions($0, names.subtracting(known.keys)) }) else { return nil }
        return (atTopLevel(with: known) { parameters.map(resolveType) }, throwing)
    }

    /// The function type the closure `value` compiles against when `closureParameters` knows its parameter types
    /// (its result unknown); nil otherwise.
    private func closureExpectation(_ value: Expr, _ pattern: TypeExpr, _ names: Set<String>, _ known: [String: CType]) -> CType? {
        guard let (parameters, throwing) = closureParameters(value, pattern, names, known) else { return nil }
        return throwing ? .throwingFunction(parameters, .error) : .function(parameters, .error)
    }

    /// A function's name as swiftc's messages name it: `apply` when its parameters have no labels, `count(_:where:)`
    /// otherwise.
    static func calleeName(_ decl: FunctionDecl) -> String {
        guard decl.parameters.contains(where: { $0.label != nil }) else { return decl.name }
        return decl.name + "(" + decl.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }

    /// Whether `expr` is `[]` or `[:]`.
    static func isEmptyCollectionLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .array(let items): return items.isEmpty
        case .dictionary(let entries): return entries.isEmpty
        default: return false
        }
    }

    /// Whether a written type mentions an associated type of one of `names` bound in `known` (`S.Element`, `S`
    /// bound) that `known` does not bind.
    static func mentionsUnboundMember(_ type: TypeExpr, of names: Set<String>, _ known: [String: CType]) -> Bool {
        switch type {
        case .named(let name, _):
            guard let dot = name.firstIndex(of: "."), !name.contains("<") else { return false }
            let owner = String(name[..<dot])
            return names.contains(owner) && known[owner] != nil && known[name] == nil
        case .array(let inner), .set(let inner), .optional(let inner), .implicitlyUnwrapped(let inner):
            return mentionsUnboundMember(inner, of: names, known)
        case .dictionary(let key, let value):
            return mentionsUnboundMember(key, of: names, known) || mentionsUnboundMember(value, of: names, known)
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            return (parameters + [result]).contains { mentionsUnboundMember($0, of: names, known) }
        case .tuple(_, let elements):
            return elements.contains { mentionsUnboundMember($0, of: names, known) }
        }
    }

    /// Whether a written type mentions one of `names`.
    static func mentions(_ type: TypeExpr, _ names: Set<String>) -> Bool {
        switch type {
        case .named(let name, _): return names.contains(name) || names.contains { name.hasPrefix($0 + ".") || name.contains("<\($0)") }
        case .array(let inner), .set(let inner), .optional(let inner), .implicitlyUnwrapped(let inner): return mentions(inner, names)
        case .dictionary(let key, let value): return mentions(key, names) || mentions(value, names)
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            return parameters.contains { mentions($0, names) } || mentions(result, names)
        case .tuple(_, let elements): return elements.contains { mentions($0, names) }
        }
    }

    /// The class among a type parameter's constraints (`T: SomeClass`), if any.
    func classConstraint(_ constraints: [String]) -> UserType? {
        constraints.lazy.compactMap { [userTypes = declarations.userTypes] in userTypes[$0] }.first { $0.kind == .classType }
    }

    /// Whether a type argument satisfies a constraint.
    func satisfies(_ type: CType, _ constraint: String) -> Bool {
        if let superclass = declarations.userTypes[constraint], superclass.kind == .classType {
            if case .user(let userType) = type, userType.kind == .classType { return userType.isSubclass(of: superclass) }
            return false
        }
        if let proto = declarations.userTypes[constraint], proto.kind == .protocolType {
            if case .array(let element) = type, !protocolState.arrayConformances.isEmpty || !protocolState.conditionalArrayConformances.isEmpty {
                return arrayConforms(element, to: proto)
            }
            return conforms(type, to: proto)
        }
        if let builtin = Compiler.builtinSatisfies(type, constraint) { return builtin }
        switch constraint {
        case "Sequence", "Collection": return Compiler.sequenceElement(type) != nil
        case "Equatable": return type.isEquatable
        case "Hashable": return type.isHashable
        case "Comparable":
            if case .user(let userType) = type { return userType.conformances.contains("Comparable") }
            return type.isComparable
        default:
            if case .user(let userType) = type { return userType.conformances.contains(constraint) }
            return false
        }
    }

    /// Binds the type parameters `names` that `pattern` mentions so that it matches `actual`; false on a conflict.
    static func infer(_ pattern: TypeExpr, _ actual: CType, _ names: Set<String>, into bindings: inout [String: CType]) -> Bool {
        switch (pattern, actual) {
        case (.named(let name, _), _) where names.contains(name):
            if let existing = bindings[name] { return existing == actual }
            bindings[name] = actual
            return true
        case (.array(let element), .array(let actualElement)), (.set(let element), .set(let actualElement)),
             (.optional(let element), .optional(let actualElement)):
            return infer(element, actualElement, names, into: &bindings)
        case (.optional(let element), _):
            return infer(element, actual, names, into: &bindings)
        case (.set(let element), .array(let actualElement)):
            // `unique([1, 2, 2])` for `Set<T>`: an array literal's elements (another array is refused when compiled).
            return infer(element, actualElement, names, into: &bindings)
        case (.dictionary(let key, let value), .dictionary(let actualKey, let actualValue)):
            return infer(key, actualKey, names, into: &bindings) && infer(value, actualValue, names, into: &bindings)
        case (.named(let name, let location), .user(let type)) where name.hasSuffix(">") && !type.genericArguments.isEmpty:
            // `Pair<B>` against `Pair<String>`: the type arguments, one by one.
            guard let open = name.firstIndex(of: "<"), type.name.hasPrefix(name[..<open] + "<") else { return true }
            let texts = splitTypeArguments(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            guard texts.count == type.genericArguments.count else { return true }
            return zip(texts, type.genericArguments).allSatisfy { infer(parseTypeText($0, at: location), $1, names, into: &bindings) }
        case (.function(let parameters, let result), .function(let actualParameters, let actualResult))
            where parameters.count == actualParameters.count,
             (.throwingFunction(let parameters, let result), .function(let actualParameters, let actualResult))
            where parameters.count == actualParameters.count,
             (.throwingFunction(let parameters, let result), .throwingFunction(let actualParameters, let actualResult))
            where parameters.count == actualParameters.count:
            return zip(parameters, actualParameters).allSatisfy { infer($0, $1, names, into: &bindings) }
                && infer(result, actualResult, names, into: &bindings)
        default:
            return true
        }
    }

    /// Compiles a generic function with its type parameters bound (cached by `key`; uncached for the check).
    private func specialize(_ decl: FunctionDecl, _ bindings: [String: CType], key: SpecializationKey?) -> FunctionInfo? {
        if let key, let cached = protocolState.genericInstances[key] { return cached }
        protocolState.nextInstance += 1
        let copy = decl.copy(named: "\(decl.name)<#\(protocolState.nextInstance)>")
        return atTopLevel(with: bindings) {
            // Its opaque result (`-> some Shape`) is the one the type checker may have typed calls with.
            let declaring = protocolState.declaringSpecialization
            protocolState.declaringSpecialization = key
            declareFunction(copy)
            protocolState.declaringSpecialization = declaring
            guard case .functions(let overloads)? = globalScope.names[copy.name], let info = overloads.first else { return nil }
            globalScope.names[copy.name] = nil
            if let key { protocolState.genericInstances[key] = info }
            compileFunctionBody(copy)
            return info
        }
    }

    /// Runs `body` as if at the top level of the cell (where generic declarations are), with type parameters bound.
    func atTopLevel<T>(with bindings: [String: CType], _ body: () -> T) -> T {
        let saved = (scope, selfContexts, lastUse, optionalChainSpine)
        scope = globalScope
        selfContexts = []
        lastUse = nil
        optionalChainSpine = []
        protocolState.genericBindings.append(bindings)
        defer {
            protocolState.genericBindings.removeLast()
            (scope, selfContexts, lastUse, optionalChainSpine) = saved
        }
        return body()
    }

    /// The type a generic function's type parameter stands for while its body compiles.
    func genericBinding(_ name: String) -> CType? {
        protocolState.genericBindings.last?[name]
    }
}
