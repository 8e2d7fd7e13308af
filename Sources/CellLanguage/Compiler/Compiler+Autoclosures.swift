import Diagnostics

/// `@autoclosure` parameters at the call.
extension Compiler {
    /// The arguments of a call with the ones given to `@autoclosure` parameters wrapped in a closure (`{ expr }`),
    /// so the expression runs when (and each time) the function calls it, as in Swift.
    func autoclosureArguments(_ parameters: [FunctionInfo.Parameter], _ matched: [Int?], _ arguments: [Argument]) -> [Argument] {
        guard parameters.contains(where: \.isAutoclosure) else { return arguments }
        var result = arguments
        for (parameterIndex, argumentIndex) in matched.enumerated() {
            guard let argumentIndex, parameters[parameterIndex].isAutoclosure else { continue }
            result[argumentIndex].value = autoclosure(wrapping: arguments[argumentIndex].value)
        }
        return result
    }

    /// The closure (`{ value }`) an argument given to an `@autoclosure` parameter is wrapped in, made once and kept.
    func autoclosure(wrapping value: Expr) -> Expr {
        if let kept = declarations.autoclosures[value] { return kept }
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(value)], anonymousCount: 0,
                                     hasExplicitParameters: false)
        let wrapped = Expr(.closure(literal), at: value.location)
        declarations.autoclosures[value] = wrapped
        return wrapped
    }
}
