import Diagnostics

/// A closure literal with more or fewer parameters than its context passes (`b.merge(a, uniquingKeysWith: { $0 })`),
/// reported as the generator reported it before it stopped checking: the count at the first parameter
/// (the closure when it has none), then each written parameter whose type nothing gives; no body is checked. The
/// context's type throws, as swiftc spells it, for a closure given to a standard-library member (which rethrows) or
/// where a throwing function is expected.
extension TypeChecker {
    /// `let f = { x in x * x }`: a closure without a context whose parameters neither annotations nor the literals its
    /// body combines them with type (`ClosureParameterInference`), refused as the generator refuses it: `cannot infer
    /// type of closure parameter` for each such parameter, at the closure; true when it reported.
    func reportsUntypedClosureParameters(_ value: Expr) -> Bool {
        guard case .closure(let literal) = value.kind, !literal.isKeyPath, literal.accessors == nil,
              ClosureParameterInference.parameterTypes(of: literal, resolve: { self.resolve($0) },
                                                       variableType: { self.variableType($0, $1) }) == nil else { return false }
        let names = literal.hasExplicitParameters ? literal.parameters.filter { $0.type == nil }.map(\.name)
            : (0..<literal.anonymousCount).map { "$\($0)" }
        guard !names.isEmpty else { return false }
        for name in names { report(.closureParameterNotInferred(name), at: value.location) }
        return true
    }

    /// Reports a closure whose parameter count does not fit `expected`; true when it reported.
    func reportsClosureArity(_ expr: Expr, _ literal: ClosureLiteral, expected: CType?) -> Bool {
        guard literal.accessors == nil, !literal.inoutParameters.contains(true) else { return false }
        var hints: [CType], result: CType, throwing: Bool
        switch expected?.unwrapped {
        case .function(let parameters, let returned)?:
            (hints, result, throwing) = (parameters, returned, rethrowingClosureArguments.contains(expr))
        case .throwingFunction(let parameters, let returned)?:
            (hints, result, throwing) = (parameters, returned, true)
        default:
            return false
        }
        let written = literal.hasExplicitParameters ? literal.parameters.count : literal.anonymousCount
        if hints.count == 1, case .tuple(let elements) = hints[0], written > 1, elements.count == written {
            hints = elements.map(\.type)  // a closure over one tuple may name its elements
        }
        let count = literal.hasExplicitParameters ? literal.parameters.count : hints.count
        let anonymousTooFew = !literal.hasExplicitParameters && literal.anonymousCount < count && hints != [.void]
        guard hints.count != count || literal.anonymousCount > count || anonymousTooFew,
              hints.allSatisfy(isClosed) else { return false }
        let resultKnown = !result.hasError && (result == .void || isClosed(result))
        guard resultKnown else { return false }
        let type = "(" + hints.map { "\($0)" }.joined(separator: ", ") + ")" + (throwing ? " throws" : "") + " -> \(result)"
        report(.closureArgumentCount(type, expected: hints.count, used: written), at: literal.parameterLocations.first ?? expr.location)
        if literal.hasExplicitParameters {
            for (index, parameter) in literal.parameters.enumerated() where parameter.type == nil && index >= hints.count {
                report(.closureParameterNotInferred(parameter.name),
                       at: index < literal.parameterLocations.count ? literal.parameterLocations[index] : expr.location)
            }
        }
        return true
    }
}
