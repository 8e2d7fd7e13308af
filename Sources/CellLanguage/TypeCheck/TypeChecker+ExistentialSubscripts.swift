/// `value[i]` on a value of a protocol type whose protocol requires a subscript (`protocol Grid { subscript(i: Int)
/// -> Int { get } }`, `let g: Grid = …; g[3]`): the requirement the labels select, called as a declared subscript
/// (its arguments checked against its parameters, its result the requirement's type), as
/// `Compiler.requirementSubscriptRead` runs it through the value's witness.
extension TypeChecker {
    /// The result of `base[arguments]` (at `location`, the `[`) on a value of the protocol type `type` (not a type
    /// parameter's placeholder) with subscript requirements; nil for any other type. Indices that no requirement
    /// takes, where each takes one unlabelled index, are swiftc's argument-shape mistake (as an array's).
    func existentialSubscript(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        let getters = requirementGetters(type).map(\.getter)
        guard !getters.isEmpty else { return nil }
        if !getters.contains(where: { Self.match($0, arguments, skipping: 1) != nil }),
           getters.allSatisfy({ $0.parameters.count == 2 && $0.parameters[1].label == nil }) {
            let (mistake, position) = Self.subscriptArgumentMistake(.array(.int), arguments, at: location,
                                                                    closing: compiler.reportedTokens[location] ?? location)
            uncheckedArguments(arguments)
            report(mistake, at: position)
            return .error
        }
        return declaredCall(getters, arguments, receiver: true)
    }

    /// `p[i] = v`, `p[i] += 1` on a value of the protocol type `type` (not a type parameter's placeholder) with
    /// subscript requirements: the type of the requirement the arguments select, as a read selects it, when it is
    /// `{ get set }` (`Compiler.existentialSubscriptPlace` writes through the value's witness); a get-only one is
    /// swiftc's `cannot assign through subscript: subscript is get-only`, at the `[` (`location`), and the error type
    /// (`.some(nil)`: unknown). Nil for any other type.
    func existentialSubscriptPlace(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> CType?? {
        let getters = requirementGetters(type)
        guard !getters.isEmpty else { return nil }
        let saved = resolvedCallee
        let result = existentialSubscript(type, arguments, at: location)
        let chosen = resolvedCallee
        resolvedCallee = saved
        guard let result, !result.hasError, let chosen, let requirement = getters.first(where: { $0.getter === chosen })?.requirement
        else { return .some(result) }
        guard requirement.settable else {
            report(.getOnlySubscript(), at: location)
            return .some(.error)
        }
        return .some(result)
    }

    /// Each subscript requirement of the protocol type `type` (not a type parameter's placeholder), with a getter
    /// that takes the value as `self` and the requirement's parameters; empty for any other type.
    private func requirementGetters(_ type: UserType) -> [(requirement: ProtocolInfo.Requirement, getter: FunctionInfo)] {
        guard type.kind == .protocolType, !compiler.protocolState.placeholderTypes.contains(type) else { return [] }
        return compiler.subscriptRequirements(of: type).map { requirement in
            let seen = compiler.substitutedRequirement(requirement, on: type)
            let receiver = FunctionInfo.Parameter(label: nil, name: "self", type: .user(type))
            let parameters = zip(seen.labels, seen.parameterTypes).map { FunctionInfo.Parameter(label: $0, name: $0 ?? "_", type: $1) }
            return (requirement, FunctionInfo(name: "subscript", parameters: [receiver] + parameters, returnType: seen.type, level: 0,
                                              location: seen.location))
        }
    }
}
