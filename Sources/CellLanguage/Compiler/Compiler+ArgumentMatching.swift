import Diagnostics

/// Matching a call's arguments to a function's parameters (labels, defaults, variadics, trailing closures) and
/// compiling them against the parameters' types.
extension Compiler {
    /// Matches call arguments to parameters by label, in order; `nil` entries use the parameter's default. Nil when
    /// the call does not fit (the generator cannot build it: noted unless `report` is false).
    func matchArguments(_ parameters: [ParameterShape], _ arguments: [Argument], at location: SourceLocation,
                        report: Bool = true) -> [Int?]? {
        guard case .matched(let result) = ArgumentMatch.match(parameters, arguments, opening: nil, closing: nil, at: location) else {
            if report { cannotGenerate(at: location) }
            return nil
        }
        return result
    }

    /// Compiles the arguments of a call to parameters of known types, in call order.
    /// Returns, per parameter, the compiled argument or `nil` for "use the default".
    func compileArguments(_ types: [CType], _ matched: [Int?], _ arguments: [Argument]) -> [Typed?] {
        var compiled = [Typed?](repeating: nil, count: types.count)
        // Arguments are evaluated in the order written, which is parameter order.
        for (parameterIndex, argumentIndex) in matched.enumerated() {
            guard let argumentIndex else { continue }
            let argument = arguments[argumentIndex]
            let type = types[parameterIndex]
            let typed = compileExpr(argument.value, expected: type)
            compiled[parameterIndex] = converted(typed, to: type, at: argument.value.conversionLocation)
        }
        return compiled
    }
}
