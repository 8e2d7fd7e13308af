/// `value[i]` on a value of a protocol type whose protocol requires a subscript (`protocol Grid { subscript(i: Int)
/// -> Int { get } }`, `let g: Grid = …; g[3]`): the requirement the labels select, called as a declared subscript
/// (its arguments checked against its parameters, its result the requirement's type), as
/// `Compiler.requirementSubscriptRead` runs it through the value's witness.
extension TypeChecker {
    /// The result of `base[arguments]` (at `location`, the `[`) on a value of the protocol type `type` (not a type
    /// parameter's placeholder) with subscript requirements; nil for any other type. Indices that no requirement
    /// takes, where each takes one unlabelled index, are swiftc's argument-shape mistake (as an array's).
    func existentialSubscript(_ type: UserType, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard type.kind == .protocolType, !compiler.protocolState.placeholderTypes.contains(type) else { return nil }
        let requirements = compiler.subscriptRequirements(of: type)
        guard !requirements.isEmpty else { return nil }
        let getters = requirements.map { requirement -> FunctionInfo in
            let seen = compiler.substitutedRequirement(requirement, on: type)
            let receiver = FunctionInfo.Parameter(label: nil, name: "self", type: .user(type))
            let parameters = zip(seen.labels, seen.parameterTypes).map { FunctionInfo.Parameter(label: $0, name: $0 ?? "_", type: $1) }
            return FunctionInfo(name: "subscript", parameters: [receiver] + parameters, returnType: seen.type, level: 0,
                                location: seen.location)
        }
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
}
