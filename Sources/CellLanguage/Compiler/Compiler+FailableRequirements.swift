import Diagnostics

/// Initializer requirements and failability (`protocol P { init?(i: Int) }`): an `init?` or `init!` requirement
/// is met by any initializer with its signature; a plain `init` requirement by a plain or an `init!` initializer,
/// never by an `init?` one, as swiftc checks. Initializer requirements are checked, never called through a
/// protocol value.
extension Compiler {
    /// Reports each `init?` of `type` that stands for a non-failable initializer requirement of `info`, with
    /// swiftc's error at the initializer.
    func checkFailableWitnesses(_ info: ProtocolInfo, of type: UserType) {
        for requirement in info.requirements where requirement.kind == .initializer && !requirement.isFailable {
            guard let witness = type.initializers.first(where: {
                $0.parameters.map(\.label) == requirement.labels && $0.parameters.map(\.type) == requirement.parameterTypes
            }), Compiler.isOptional(witness.returnType), !witness.isImplicitlyUnwrapped else { continue }
            let name = "init(" + requirement.labels.map { ($0 ?? "_") + ":" }.joined() + ")"
            error(.failableWitnessForNonFailableRequirement(name), at: witness.location)
        }
    }
}
