/// The shape of a closure literal against the function types of overloads' parameters: which overloads take it, and
/// how well (the checker's overload scores, `TypeChecker+OverloadScores`).
extension TypeChecker {
    /// How many candidates (each the arguments it takes with their parameter types) take every closure literal among
    /// their arguments by its shape (`closureShapeFit`); the checker's count.
    static func closureFits(_ candidates: [[(argument: Expr, parameter: CType)]], resolve: (TypeExpr) -> CType?) -> Int {
        candidates.filter { passed in
            passed.allSatisfy { argument, parameter in
                guard case .closure(let literal) = argument.kind else { return true }
                return closureShapeFit(literal, parameter, resolve: resolve) != nil
            }
        }.count
    }

    /// The fit of a closure literal for a function type of its shape: its own type when it throws as the parameter
    /// does, 5 for a throwing parameter it does not throw through, nil when it throws and the parameter does not.
    static func closureFit(isThrowing: Bool, throwsInside: Bool) -> Int? {
        if throwsInside && !isThrowing { return nil }
        return isThrowing && !throwsInside ? 5 : 7
    }

    /// The parameter types, result and throwing of the function type `type` when the closure `literal` may be passed
    /// for it (as many parameters as it names, the types it annotates); nil when it cannot.
    static func closureShapeFit(_ literal: ClosureLiteral, _ type: CType,
                                resolve: (TypeExpr) -> CType?) -> (parameters: [CType], result: CType, isThrowing: Bool)? {
        let (parameters, result, isThrowing): ([CType], CType, Bool)
        switch type.unwrapped {
        case .function(let list, let returned): (parameters, result, isThrowing) = (list, returned, false)
        case .throwingFunction(let list, let returned): (parameters, result, isThrowing) = (list, returned, true)
        default: return nil
        }
        let written = literal.hasExplicitParameters ? literal.parameters.count : literal.anonymousCount
        if written > parameters.count || (literal.hasExplicitParameters && written != parameters.count) { return nil }
        // `{ (x: Int) in … }` does not fit `(String) -> R`.
        if literal.hasExplicitParameters, zip(literal.parameters, parameters).contains(where: { written, type in
            written.type.map { resolve($0) != type } ?? false
        }) {
            return nil
        }
        return (parameters, result, isThrowing)
    }
}
