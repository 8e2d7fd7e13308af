import Diagnostics

/// The argument shapes of declared subscripts that none of a type's subscripts takes (`s[x: 3]`, `s[1, 2]`,
/// `m[row: 1]`, `M()[1, m: "s"]` for a generic one): swiftc's words for a call's mistake, said of a subscript
/// (`extraneous argument label 'x:' in subscript`), at its positions (labels at the `[`, a missing argument at the `]`,
/// an extra one at its value). The generator cannot build such a subscript; the checker reports it.
extension TypeChecker {
    /// Reports the shape mistake of `arguments` (written at `location`, the `[`) against the subscript getters
    /// `getters` (with their `self` first when `receiver`), none of which takes them; the error type after reporting,
    /// nil when one takes them or the checker leaves the mistake unworded (several overloads swiftc chooses among).
    func declaredSubscriptShapeMistake(_ getters: [FunctionInfo], _ arguments: [Argument], receiver: Bool,
                                       at location: SourceLocation) -> CType? {
        guard !getters.isEmpty,
              !getters.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } })
        else { return nil }
        return subscriptShapeMistake(getters.map { Array(compiler.shapes($0).dropFirst(receiver ? 1 : 0)) }, arguments, at: location)
    }

    /// The same for subscripts whose parameters `candidates` describe (a generic subscript's among them).
    func subscriptShapeMistake(_ candidates: [[ParameterShape]], _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard !candidates.isEmpty, !arguments.contains(where: \.isTrailingClosure) else { return nil }
        let closing = compiler.reportedTokens[location] ?? location
        var mistakes: [(CompileError, SourceLocation)] = []
        for shapes in candidates {
            guard case .mistake(let kind, let position) = ArgumentMatch.match(shapes, arguments, opening: location, closing: closing,
                                                                               at: location) else { return nil }
            mistakes.append((kind, position))
        }
        // Overloads that all meet the same mistake at the same place (`m[1, 2]` for two one-index subscripts): that one.
        let alike = mistakes.allSatisfy { $0.0 == mistakes[0].0 && $0.1 == mistakes[0].1 }
        let chosen = candidates.count == 1 || alike ? 0 : ArgumentMatch.mislabelledOverload(candidates, arguments)
        guard let chosen, let (kind, position) = Self.saidOfSubscript(mistakes[chosen]) else { return nil }
        uncheckedArguments(arguments)
        report(kind, at: position)
        return .error
    }

    /// A call's argument mistake as swiftc words it for a subscript (`… in subscript`, and two or more extra arguments
    /// `extra arguments at positions #3, #4 in call` at the `[`); nil for a mistake it does not word here.
    private static func saidOfSubscript(_ mistake: (CompileError, SourceLocation)) -> (CompileError, SourceLocation)? {
        let (kind, position) = mistake
        switch kind {
        case .missingArgument(let label, let index): return (.subscriptArguments(.missingArgument(label: label, position: index)), position)
        case .incorrectArgumentLabels(let have, let expected): return (.subscriptArguments(.incorrectLabels(have: have, expected: expected)), position)
        case .missingArgumentLabel(let label, _): return (.missingArgumentLabel(label, inSubscript: true), position)
        case .extraneousArgumentLabel(let label): return (.subscriptArguments(.extraneousLabel(label)), position)
        case .missingArgumentLabels(let labels): return (.subscriptArguments(.missingLabels(labels)), position)
        case .extraneousArgumentLabels(let labels): return (.subscriptArguments(.extraneousLabels(labels)), position)
        case .extraArgument(let label?): return (.subscriptArguments(.extraLabelled(label)), position)
        case .extraArgument(nil): return (.extraSubscriptArgument, position)
        case .argumentOutOfOrder, .subscriptArguments: return mistake
        case .argumentsToNoParameters: return (.argumentsToNoParameters(inSubscript: true), position)
        default: return nil
        }
    }
}
