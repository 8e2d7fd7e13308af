import Diagnostics

/// Matching a call's arguments to a function's parameters (labels, defaults, variadics, trailing closures) and
/// compiling them against the parameters' types.
extension Compiler {
    /// Matches call arguments to parameters by label, in order; `nil` entries use the parameter's default.
    /// Reports the first mismatch like swiftc and returns `nil` when the call does not fit.
    func matchArguments(_ parameters: [ParameterShape], _ arguments: [Argument], at location: SourceLocation,
                        report: Bool = true) -> [Int?]? {
        var result: [Int?] = []
        var next = 0
        for (index, parameter) in parameters.enumerated() {
            if next < arguments.count {
                let argument = arguments[next]
                let fits = argument.isTrailingClosure ? parameter.isFunction : argument.label == parameter.label
                if fits {
                    result.append(next)
                    next += 1
                    continue
                }
            }
            if parameter.hasDefault {
                result.append(nil)
                continue
            }
            guard report else { return nil }
            if next < arguments.count {
                let argument = arguments[next]
                let laterParameterFits = parameters[(index + 1)...].contains { $0.label == argument.label }
                if argument.isTrailingClosure, !laterParameterFits {
                    error(.trailingClosureNotFunction(parameter.type), at: argument.location)
                } else if laterParameterFits {
                    // The argument belongs to a later parameter: this one is missing (swiftc reports it there).
                    error(.missingArgument(label: parameter.label, position: index + 1), at: argument.location)
                } else if argument.label != nil, parameter.label != nil {
                    error(.incorrectArgumentLabels(have: arguments.map(\.label), expected: parameters.map(\.label)),
                          at: wrongLabelLocation ?? argument.location)
                } else if let expected = parameter.label {
                    error(.missingArgumentLabel(expected), at: argument.location)
                } else if let have = argument.label {
                    error(.extraneousArgumentLabel(have), at: wrongLabelLocation ?? argument.location)
                }
            } else {
                error(.missingArgument(label: parameter.label, position: index + 1), at: missingArgumentLocation ?? location)
            }
            return nil
        }
        if next < arguments.count {
            guard report else { return nil }
            let argument = arguments[next]
            if let label = argument.label {
                error(.extraArgument(label), at: argument.value.location)
            } else {
                error(.extraArgument(nil), at: argument.value.location)
            }
            return nil
        }
        return result
    }

    /// Compiles the arguments of a call to parameters of known types, in call order.
    /// Returns, per parameter, the compiled argument or `nil` for "use the default".
    func compileArguments(_ types: [CType], _ matched: [Int?], _ arguments: [Argument],
                          escaping: [Bool] = []) -> [Typed?] {
        var compiled = [Typed?](repeating: nil, count: types.count)
        // Arguments are evaluated in the order written, which is parameter order.
        for (parameterIndex, argumentIndex) in matched.enumerated() {
            guard let argumentIndex else { continue }
            let argument = arguments[argumentIndex]
            let type = types[parameterIndex]
            let isEscaping = parameterIndex < escaping.count && escaping[parameterIndex]
            let typed = escapingClosure(argument.value, isEscaping: isEscaping) { compileExpr(argument.value, expected: type) }
            compiled[parameterIndex] = coerce(typed, to: type, at: argument.value.location) {
                .argumentType($0, expected: $1)
            }
        }
        return compiled
    }
}
