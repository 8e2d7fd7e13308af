import Diagnostics

/// `@autoclosure` parameters at the call.
extension Compiler {
    /// The arguments of a call with the ones given to `@autoclosure` parameters wrapped in a closure (`{ expr }`),
    /// so the expression runs when (and each time) the function calls it, as in Swift.
    static func autoclosureArguments(_ parameters: [FunctionInfo.Parameter], _ matched: [Int?],
                                     _ arguments: [Argument]) -> [Argument] {
        guard parameters.contains(where: \.isAutoclosure) else { return arguments }
        var result = arguments
        for (parameterIndex, argumentIndex) in matched.enumerated() {
            guard let argumentIndex, parameters[parameterIndex].isAutoclosure else { continue }
            let value = arguments[argumentIndex].value
            let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(value)], anonymousCount: 0,
                                         hasExplicitParameters: false)
            result[argumentIndex].value = Expr(.closure(literal), at: value.location)
        }
        return result
    }
}
