/// Calls of the functions, methods and properties the bindings register (`NativeRegistry`): the overload the labels
/// select, when only one does; its arguments are checked against its parameter types.
extension TypeChecker {
    /// A call of one of the native `candidates`; nil when the labels select none or several.
    func nativeCall(_ candidates: [NativeFunction], _ arguments: [Argument]) -> CType? {
        let fitting = candidates.compactMap { candidate in
            Self.match(candidate.parameters.map { ($0.label, $0.type, $0.defaultValue != nil) }, arguments).map { (candidate, $0) }
        }
        guard fitting.count == 1 else {
            uncheckedArguments(arguments)
            return nil
        }
        let (function, positions) = fitting[0]
        for (argument, position) in zip(arguments, positions) {
            check(argument.value, expected: function.parameters[position].type)
        }
        return function.returnType
    }

    /// The native functions a global name calls, when the compiler has no built-in function of that name.
    func nativeFunctions(named name: String, _ referent: Referent) -> [NativeFunction]? {
        guard case .builtin = referent, Compiler.unaryMathFunctions[name] == nil, Compiler.binaryMathFunctions[name] == nil,
              compiler.protocolState.genericFunctions[name] == nil, compiler.declarations.userTypes[name] == nil else { return nil }
        return compiler.registry.functions[name]
    }

    /// The initializers of the native type a global name constructs (`Figure(title:)`), when nothing declared or
    /// built in takes the name first.
    func nativeInitializers(named name: String, _ referent: Referent) -> [NativeFunction]? {
        guard case .builtin = referent, compiler.protocolState.genericFunctions[name] == nil,
              compiler.declarations.userTypes[name] == nil, compiler.registry.functions[name] == nil,
              CType.plainBuiltin(named: name) == nil, let type = compiler.registry.types[name],
              !type.initializers.isEmpty else { return nil }
        return type.initializers
    }
}
