import Diagnostics

/// Nested functions (declared inside a function, closure or method body): the generator declares them only when the
/// enclosing body compiles, after the checker ran, so the checker reads their signatures from the syntax itself and
/// checks their bodies and the calls that name them. Left unknown: generic nested functions, result-builder bodies,
/// variadic, autoclosure and result-builder parameters, types the checker cannot resolve; the calls (not the bodies)
/// of a name two nested functions of the same body share (overloads).
extension TypeChecker {
    /// The signature of one nested function, as its declaration spells it.
    struct NestedFunctionSignature {
        var parameters: [(label: String?, type: CType, hasDefault: Bool)]
        var inoutPositions: Set<Int>
        var result: CType
        /// Declared `throws` (not `rethrows`): its calls need `try` (`TypeChecker+ThrowDiagnostics`).
        var throwsErrors = false
        /// The `E` of `throws(E)` (nil for `throws`).
        var thrownType: CType?
    }

    /// Checks the nested function `decl` (declaring its signature for the calls that name it); false when `decl`
    /// is not a nested function.
    func nestedFunction(_ decl: FunctionDecl) -> Bool {
        guard let index = declarationIndex(decl.name, at: decl.location),
              !resolution.declarations[index].isTopLevel else { return false }
        guard decl.genericParameters.isEmpty, decl.resultBuilder == nil, let signature = nestedSignature(decl) else { return true }
        if isOverloaded(index) {
            overloadedNestedFunctions[index] = signature  // for an ambiguous call only (`ambiguousNestedCall`)
        } else {
            nestedFunctions[index] = signature
        }
        for (parameter, declared) in zip(decl.parameters, signature.parameters) {
            if let value = parameter.defaultValue {
                checkConverting(value, to: declared.type) { .defaultArgumentType($0, expected: $1) }
            }
            declare(parameter.name, at: parameter.location, declared.type)
        }
        let saved = bodyContext
        (returnType, returnTyping, reportsReturnMismatches, bodyContext.inClosureBody) = (signature.result, .given, true, false)
        bodyContext.thrownType = declaredThrownType(decl)
        singleExpressionBody(decl.body)
        checkJumps(decl.body)
        bodyContext = saved
        return true
    }

    /// A call `name(arguments)` of a nested function whose signature is known (nil: the name is no such function);
    /// arguments its one declaration does not take are its label or argument mistake, at swiftc's token (`call`'s).
    func nestedFunctionCall(_ call: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        switch referent {
        case .local(let index), .capture(let index):
            guard let signature = nestedFunctions[index] else { return nil }
            guard let positions = Self.match(signature.parameters, arguments) else {
                guard overloadedNestedFunctions[index] == nil else { return nil }
                let shapes = signature.parameters.map {
                    ParameterShape(label: $0.label, hasDefault: $0.hasDefault, isFunction: $0.type.acceptsClosure)
                }
                return argumentMistake(shapes, arguments, call: call)
            }
            for (argument, position) in zip(arguments, positions) {
                if signature.inoutPositions.contains(position) {
                    check(argument.value, expected: nil)
                } else {
                    checkConverting(argument.value, to: signature.parameters[position].type) { .argumentType($0, expected: $1) }
                }
            }
            return signature.result
        default:
            return nil
        }
    }

    /// A nested function named as a value (`return addOne`, `values.map(scale)`): its function type, when its
    /// signature is known, it has no other overload and takes no `inout` parameter; nil otherwise.
    func nestedFunctionValue(_ index: Int) -> CType? {
        guard resolution.declarations[index].kind == .function, overloadedNestedFunctions[index] == nil,
              let signature = nestedFunctions[index], signature.inoutPositions.isEmpty else { return nil }
        let parameters = signature.parameters.map(\.type)
        return signature.throwsErrors ? .throwingFunction(parameters, signature.result) : .function(parameters, signature.result)
    }

    /// The signature `decl` spells, when every type in it resolves and no parameter has a form the checker does not
    /// model.
    private func nestedSignature(_ decl: FunctionDecl) -> NestedFunctionSignature? {
        var parameters: [(label: String?, type: CType, hasDefault: Bool)] = []
        var inoutPositions = Set<Int>()
        for (position, parameter) in decl.parameters.enumerated() {
            guard !parameter.isVariadic, !parameter.isAutoclosure, parameter.resultBuilder == nil,
                  let type = resolve(parameter.type) else { return nil }
            if parameter.isInout { inoutPositions.insert(position) }
            parameters.append((parameter.label, type, parameter.defaultValue != nil))
        }
        var result = CType.void
        if let written = decl.returnType {
            guard let resolved = resolve(written) else { return nil }
            result = resolved
        }
        return NestedFunctionSignature(parameters: parameters, inoutPositions: inoutPositions, result: result,
                                       throwsErrors: decl.isThrowing && !decl.isRethrowing,
                                       thrownType: decl.thrownType.flatMap(resolve))
    }

    /// Whether another function of the same body shares the name of the nested function declared at `index`.
    func isOverloaded(_ index: Int) -> Bool {
        let declaration = resolution.declarations[index]
        return resolution.declarations.enumerated().contains { other, candidate in
            other != index && candidate.kind == .function && candidate.name == declaration.name
                && candidate.function == declaration.function
        }
    }
}
