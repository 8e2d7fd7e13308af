/// Calls of the functions, methods and properties the bindings register (`NativeRegistry`): the overload the labels
/// select, when only one does; its arguments are checked against its parameter types.
extension TypeChecker {
    /// A call of one of the native `candidates`; nil when the labels select none or several.
    func nativeCall(_ candidates: [NativeFunction], _ arguments: [Argument]) -> CType? {
        let fitting = candidates.compactMap { candidate in Self.match(candidate, arguments).map { (candidate, $0) } }
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

    /// Which parameter each argument passes (parameters with defaults may be left out); nil when the labels do not fit.
    private static func match(_ function: NativeFunction, _ arguments: [Argument]) -> [Int]? {
        var positions: [Int] = [], next = 0
        for argument in arguments {
            while next < function.parameters.count {
                let parameter = function.parameters[next]
                let isFunction = parameter.type.isFunctionValue
                if parameter.label == argument.label || (argument.isTrailingClosure && argument.label == nil && isFunction) { break }
                guard parameter.defaultValue != nil else { return nil }
                next += 1
            }
            guard next < function.parameters.count else { return nil }
            positions.append(next)
            next += 1
        }
        for parameter in function.parameters[next...] where parameter.defaultValue == nil { return nil }
        return positions
    }

    /// The native functions a global name calls, when the compiler has no built-in function of that name.
    func nativeFunctions(named name: String, _ referent: Referent) -> [NativeFunction]? {
        guard case .builtin = referent, Compiler.unaryMathFunctions[name] == nil, Compiler.binaryMathFunctions[name] == nil,
              compiler.protocolState.genericFunctions[name] == nil, compiler.userTypes[name] == nil else { return nil }
        return compiler.registry.functions[name]
    }
}
