import Diagnostics

/// Calls of the functions, methods, initializers and subscripts the bindings register (`NativeRegistry`): the
/// overload the labels select, then the argument types as the generator ranks them (`NativeOverloadFit`); its
/// arguments are checked against its parameter types and the choice is recorded for the oracle and the generator.
extension TypeChecker {
    /// A call of one of the native `candidates`; nil when the checker cannot tell which one is called.
    /// `location`: where the generator compiles the call (it takes an overload chosen by argument types from there);
    /// `call`: the call expression, whose parentheses a label or argument mistake is reported at; `role`: what the
    /// candidates are, for swiftc's words when none fits.
    func nativeCall(_ candidates: [NativeFunction], _ arguments: [Argument], chosenAt location: SourceLocation,
                    call: Expr? = nil, role: NativeCallRole = .other) -> CType? {
        let fitting = candidates.compactMap { candidate in
            Self.nativeMatch(candidate, arguments).map { (candidate, $0) }
        }
        var ranked = IdentityTable<Expr, CType>()
        guard let (function, matched) = chooseNative(fitting, arguments, ranked: &ranked) else {
            // Overloads none of whose argument types fit: swiftc's closest one (+NativeOverloads).
            if let mistake = closestNativeMistake(fitting, arguments, role: role, at: location, ranked: &ranked) {
                return mistake
            }
            uncheckedArguments(arguments)
            return fitting.isEmpty && reportsNoFit(candidates, arguments, call: call, at: location) ? .error : nil
        }
        if fitting.count > 1 { recordNative(.native(function), for: nil, chosenAt: location) }
        for (position, index) in matched.enumerated() {
            guard let index else { continue }
            // An argument the ranking already typed as the parameter is not checked again (linear nesting).
            let parameter = function.parameters[position].type
            if ranked[arguments[index].value] == parameter { continue }
            // The one candidate the labels select may still refuse an argument (`t.sum(axis: "a")`).
            checkConverting(arguments[index].value, to: parameter) { .argumentType($0, expected: $1) }
        }
        resolvedNative = .native(function)
        return function.returnType
    }

    /// Reports a call that no native candidate takes by its labels: the mistake against the one candidate, or the one
    /// overload whose parameter count admits the arguments (a label, a missing or an extra argument, at swiftc's
    /// token), else `no exact matches in call to 'name'` at `location`.
    /// True when reported.
    private func reportsNoFit(_ candidates: [NativeFunction], _ arguments: [Argument], call: Expr?,
                              at location: SourceLocation) -> Bool {
        guard let first = candidates.first else { return false }
        // Among overloads, swiftc diagnoses the one whose parameter count admits the arguments.
        let chosen = candidates.count == 1 ? 0 : ArgumentMatch.admittingOverload(candidates.map { Compiler.shapes($0) }, arguments)
        guard let chosen, case let candidate = candidates[chosen],
              case .mistake(let mistake, let position) = ArgumentMatch.match(Compiler.shapes(candidate), arguments,
                                                                               opening: call?.openingLocation,
                                                                               closing: call?.closingLocation, at: location) else {
            guard candidates.count > 1 else { return false }
            report(.noMatchingCall(first.name), at: location)
            return true
        }
        report(mistake, at: position)
        return true
    }

    /// Which argument each parameter takes (nil: its default), as the generator matches them
    /// (`Compiler.matchArguments`): a trailing closure passes the next function-typed parameter, any other argument
    /// the next parameter with its label; nil when the labels do not fit.
    static func nativeMatch(_ function: NativeFunction, _ arguments: [Argument]) -> [Int?]? {
        var result: [Int?] = [], next = 0
        for parameter in function.parameters {
            if next < arguments.count {
                let argument = arguments[next]
                if argument.isTrailingClosure ? parameter.type.acceptsClosure : argument.label == parameter.label {
                    result.append(next)
                    next += 1
                    continue
                }
            }
            guard parameter.defaultValue != nil else { return nil }
            result.append(nil)
        }
        return next == arguments.count ? result : nil
    }

    /// The native functions a global name calls, when the compiler has no built-in function of that name.
    func nativeFunctions(named name: String, _ referent: Referent) -> [NativeFunction]? {
        guard case .builtin = referent, Compiler.unaryMathFunctions[name] == nil, Compiler.binaryMathFunctions[name] == nil,
              compiler.protocolState.genericFunctions[name] == nil, compiler.declarations.userTypes[name] == nil,
              compiler.declarations.typeAliases[name] == nil, !Compiler.builtinFunctionNames.contains(name),
              CType.plainBuiltin(named: name) == nil else { return nil }
        return compiler.registry.functions[name]
    }

    /// The initializers of the native type a global name constructs (`Figure(title:)`), when nothing declared or
    /// built in takes the name first.
    func nativeInitializers(named name: String, _ referent: Referent) -> [NativeFunction]? {
        guard case .builtin = referent, compiler.protocolState.genericFunctions[name] == nil,
              compiler.declarations.userTypes[name] == nil, compiler.declarations.typeAliases[name] == nil,
              compiler.registry.functions[name] == nil, !Compiler.builtinFunctionNames.contains(name),
              CType.plainBuiltin(named: name) == nil, let type = compiler.registry.types[name],
              !type.initializers.isEmpty else { return nil }
        return type.initializers
    }

    /// `Tensor.where(mask, a, b)`: a native type's static method, registered as the function `Tensor.where`.
    func nativeStaticFunctions(_ base: Expr, _ name: String) -> [NativeFunction]? {
        nativeTypeName(base).flatMap { compiler.registry.functions[$0 + "." + name] }
    }

    /// `Tensor.zeros([2])` where the binding registers no static function `zeros` on its type (cells call the global
    /// function): swiftc's missing member, at the name; the error type after reporting, nil for any other call.
    func missingNativeStaticFunction(_ base: Expr, _ name: String, _ arguments: [Argument],
                                     at nameLocation: SourceLocation) -> CType? {
        guard let typeName = nativeTypeName(base), compiler.registry.functions[typeName + "." + name] == nil else { return nil }
        uncheckedArguments(arguments)
        report(.typeHasNoMember(typeName, member: name, suggestion: nil), at: nameLocation)
        return .error
    }

    /// The name of the native type `base` names (`Tensor`), when it names one no declaration of the cells hides.
    private func nativeTypeName(_ base: Expr) -> String? {
        guard case .name(let typeName) = base.kind, case .builtin? = resolution.referent(of: base),
              compiler.declarations.userTypes[typeName] == nil, compiler.declarations.typeAliases[typeName] == nil,
              compiler.protocolState.genericFunctions[typeName] == nil,
              compiler.registry.types[typeName] != nil else { return nil }
        return typeName
    }

    /// `layer(x)` on a variable of a native type with `callAsFunction` methods (a built-in layer): the call
    /// `layer.callAsFunction(x)`, as the generator compiles it (`Compiler.compileCallAsFunction`).
    func nativeCallable(_ callee: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType? {
        switch referent {
        case .local, .capture, .global, .earlierGlobal: break
        default: return nil
        }
        guard case .native(let typeName)? = type(of: referent, named: name),
              let methods = compiler.registry.types[typeName]?.methods["callAsFunction"] else { return nil }
        check(callee, expected: nil)
        return nativeCall(methods, arguments, chosenAt: callee.location, role: .instanceMethod)
    }

    /// Records the native binding `node` resolved to, for the oracle.
    /// An operator is also recorded at the position the generator compiles it at, for the generator to take.
    func noteNative(_ resolution: CalleeResolution, for node: Expr) {
        var location: SourceLocation?
        if case .nativeOperator = resolution {
            switch node.kind {
            case .binary(_, _, _, let at), .assign(_, _, _, let at): location = at
            case .prefix: location = node.location
            default: break
            }
        }
        recordNative(resolution, for: node, chosenAt: location)
    }

    /// A type a binding registers, written in an annotation (`let o: Tensor? = t`), where no declaration, alias or
    /// generic type of the cell has the name (`Compiler.resolveType` looks for those first).
    func nativeType(named name: String) -> CType? {
        guard compiler.registry.types[name] != nil, compiler.declarations.typeAliases[name] == nil,
              compiler.declarations.userTypes[name] == nil, compiler.protocolState.genericTypes[name] == nil else { return nil }
        return .native(name)
    }
}

extension NativeFunction {
    /// Whether this is an initializer of a native type (`NativeType.addInitializer`: named as the type, returns it).
    var isInitializer: Bool { returnType == .native(name) }

    /// Whether `other` has this function's name, labels, parameter types and result (the same overload).
    func hasSignature(of other: NativeFunction) -> Bool {
        name == other.name && returnType == other.returnType && parameters.count == other.parameters.count
            && zip(parameters, other.parameters).allSatisfy { $0.label == $1.label && $0.type == $1.type }
    }
}

extension NativeOperator {
    /// Whether `other` is this operator (same symbol, operand and result types).
    func hasSignature(of other: NativeOperator) -> Bool {
        symbol == other.symbol && lhs == other.lhs && rhs == other.rhs && returnType == other.returnType
    }
}
