import Diagnostics

extension Compiler {
    // MARK: Declaration

    /// Registers a generic function (pass 1); it is compiled per call, specialized to the argument types.
    func declareGenericFunction(_ decl: FunctionDecl) {
        guard scope.parent == nil, scope.context.level == 0 else {
            error(.notSupported("generic function inside a function"), at: decl.location)
            return
        }
        var templates = protocolState.genericFunctions[decl.name] ?? []
        let sameLabels: (FunctionDecl) -> Bool = { $0.parameters.map(\.label) == decl.parameters.map(\.label) }
        if templates.contains(where: { sameLabels($0) && protocolState.genericFunctionCells[ObjectIdentifier($0)] == currentCell }) {
            // Telling generic overloads apart by their constraints is not supported: never let one hide the other.
            error(.notSupported("generic overloads with the same argument labels"), at: decl.location)
            return
        }
        protocolState.genericFunctionCells[ObjectIdentifier(decl)] = currentCell
        templates.removeAll(where: sameLabels)
        templates.append(decl)
        protocolState.genericFunctions[decl.name] = templates
    }

    /// Type-checks a generic function's body once with each type parameter standing for an unknown type that has
    /// only its constraints (pass 2), so that a body valid for some types only is refused as swiftc refuses it.
    func checkGenericFunction(_ decl: FunctionDecl) {
        guard protocolState.genericFunctions[decl.name]?.contains(where: { $0 === decl }) == true,
              var bindings = placeholders(decl.genericParameters, at: decl.location),
              applyAssociatedRequirements(decl.genericRequirements, to: &bindings) else { return }
        _ = specialize(decl, bindings, key: nil)
    }

    /// Each type parameter bound to an unknown type that has only its constraints (nil after reporting a constraint
    /// nbrun does not support).
    func placeholders(_ parameters: [(name: String, constraints: [String])], at location: SourceLocation) -> [String: CType]? {
        var bindings: [String: CType] = [:]
        for parameter in parameters {
            if let superclass = classConstraint(parameter.constraints) {
                // `T: SomeClass`: the body sees the class's members (a subclass's instance is one of its values).
                guard parameter.constraints.count == 1 else {
                    error(.notSupported("a class constraint together with other constraints"), at: location)
                    return nil
                }
                bindings[parameter.name] = .user(superclass)
                continue
            }
            let placeholder = UserType(kind: .protocolType, name: parameter.name, qualifiedName: parameter.name)
            let info = ProtocolInfo()
            for constraint in parameter.constraints {
                if let proto = userTypes[constraint], proto.kind == .protocolType {
                    info.parents.append(proto)
                } else if Compiler.supportedConformances.contains(constraint) {
                    info.builtinParents.insert(constraint)
                    placeholder.conformances.insert(constraint)
                } else if constraint == "Sequence" {
                    info.parents.append(sequenceProtocol())
                } else if constraint == "IteratorProtocol" {
                    info.parents.append(builtinProtocolWithElement("IteratorProtocol"))
                } else {
                    error(.notSupported("generic constraint '\(constraint)'"), at: location)
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
    func compileGenericCall(_ name: String, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        if protocolState.genericTypes[String(name.prefix { $0 != "<" })] != nil {
            guard let type = genericTypeInstance(name, at: location, inferringFrom: name.contains("<") ? nil : arguments) else {
                return .invalid
            }
            return compileConstruction(type, arguments, at: location)
        }
        guard let templates = protocolState.genericFunctions[name], !templates.isEmpty else { return nil }
        let shapes: (FunctionDecl) -> [ParameterShape] = { decl in
            decl.parameters.map { parameter in
                var isFunction = false
                if case .function = parameter.type { isFunction = true }
                if case .throwingFunction = parameter.type { isFunction = true }
                return ParameterShape(label: parameter.label, hasDefault: parameter.defaultValue != nil, isFunction: isFunction)
            }
        }
        let decl = templates.first { matchArguments(shapes($0), arguments, at: location, report: false) != nil } ?? templates[0]
        guard let matched = matchArguments(shapes(decl), arguments, at: location) else { return .invalid }
        let names = Set(decl.genericParameters.map(\.name))
        var bindings: [String: CType] = [:]
        for (index, argumentIndex) in matched.enumerated() {
            guard let argumentIndex else { continue }
            var value = arguments[argumentIndex].value
            if case .inoutArgument(let inner) = value.kind { value = inner }
            let actual = compileExprTypeOnly(value)
            if actual.hasError {
                _ = compileExpr(value, expected: nil)  // reports the argument's errors, which typing it alone discarded
                return .invalid
            }
            if !Compiler.infer(decl.parameters[index].type, actual, names, into: &bindings) {
                error(.conflictingGenericArguments(bindings.values.first ?? actual, actual), at: value.location)
                return .invalid
            }
        }
        for parameter in decl.genericParameters {
            guard let bound = bindings[parameter.name] else {
                error(.notSupported("generic parameter '\(parameter.name)' that the arguments do not determine"), at: location)
                return .invalid
            }
            for constraint in parameter.constraints where !satisfies(bound, constraint) {
                if let superclass = classConstraint([constraint]) {
                    error(.genericSuperclassRequirement(name, type: bound, className: superclass.name), at: location)
                    return .invalid
                }
                error(.genericRequirement(name, type: bound, protocolName: constraint), at: location)
                return .invalid
            }
        }
        bindConcreteAssociatedTypes(decl.genericParameters, into: &bindings)
        guard checkAssociatedRequirements(decl.genericRequirements, bindings, of: name, at: location) else { return .invalid }
        let key = "\(ObjectIdentifier(decl).hashValue)<" + decl.genericParameters.map { bindings[$0.name]!.description }.joined(separator: ",")
        guard let info = specialize(decl, bindings, key: key),
              let (selected, matchedAgain) = selectOverload([info], arguments, at: location) else { return .invalid }
        return compileDirectCall(selected, matchedAgain, arguments, at: location)
    }

    /// The class among a type parameter's constraints (`T: SomeClass`), if any.
    func classConstraint(_ constraints: [String]) -> UserType? {
        constraints.lazy.compactMap { [userTypes] in userTypes[$0] }.first { $0.kind == .classType }
    }

    /// Whether a type argument satisfies a constraint.
    func satisfies(_ type: CType, _ constraint: String) -> Bool {
        if let superclass = userTypes[constraint], superclass.kind == .classType {
            if case .user(let userType) = type, userType.kind == .classType { return userType.isSubclass(of: superclass) }
            return false
        }
        if let proto = userTypes[constraint], proto.kind == .protocolType {
            if case .array(let element) = type, !protocolState.arrayConformances.isEmpty { return arrayConforms(element, to: proto) }
            return conforms(type, to: proto)
        }
        switch constraint {
        case "Sequence": return Compiler.sequenceElement(type) != nil
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
        case (.dictionary(let key, let value), .dictionary(let actualKey, let actualValue)):
            return infer(key, actualKey, names, into: &bindings) && infer(value, actualValue, names, into: &bindings)
        case (.function(let parameters, let result), .function(let actualParameters, let actualResult))
            where parameters.count == actualParameters.count:
            return zip(parameters, actualParameters).allSatisfy { infer($0, $1, names, into: &bindings) }
                && infer(result, actualResult, names, into: &bindings)
        default:
            return true
        }
    }

    /// Compiles a generic function with its type parameters bound (cached by `key`; uncached for the check).
    private func specialize(_ decl: FunctionDecl, _ bindings: [String: CType], key: String?) -> FunctionInfo? {
        if let key, let cached = protocolState.genericInstances[key] { return cached }
        protocolState.nextInstance += 1
        let copy = decl.copy(named: "\(decl.name)<#\(protocolState.nextInstance)>")
        return atTopLevel(with: bindings) {
            declareFunction(copy)
            guard case .functions(let overloads)? = globalScope.names[copy.name], let info = overloads.first else { return nil }
            globalScope.names[copy.name] = nil
            if let key { protocolState.genericInstances[key] = info }
            compileFunctionBody(copy)
            return info
        }
    }

    /// Runs `body` as if at the top level of the cell (where generic declarations are), with type parameters bound.
    func atTopLevel<T>(with bindings: [String: CType], _ body: () -> T) -> T {
        let saved = (scope, selfContexts, lastUse, exclusiveLocal, optionalChainSpine, missingArgumentLocation, wrongLabelLocation,
                     inoutArgumentLocation)
        scope = globalScope
        selfContexts = []
        lastUse = nil
        exclusiveLocal = nil
        optionalChainSpine = []
        protocolState.genericBindings.append(bindings)
        defer {
            protocolState.genericBindings.removeLast()
            (scope, selfContexts, lastUse, exclusiveLocal, optionalChainSpine, missingArgumentLocation, wrongLabelLocation,
             inoutArgumentLocation) = saved
        }
        return body()
    }

    /// The type a generic function's type parameter stands for while its body compiles.
    func genericBinding(_ name: String) -> CType? {
        protocolState.genericBindings.last?[name]
    }
}
