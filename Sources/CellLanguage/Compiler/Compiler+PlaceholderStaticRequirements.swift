import Diagnostics

/// `A.name` and `A.apply(x)` in a generic body checked with placeholders, where `A` is a type parameter constrained
/// to a declared protocol with static requirements (`protocol Activation { static func apply(_ x: Double) -> Double }`):
/// typed by the requirement. That code never runs: each specialization compiles the conforming type's own member.
extension Compiler {
    /// The static property requirement `name` read on the placeholder of the type parameter `typeName`; nil when
    /// `typeName` is no such placeholder or its protocols declare no such requirement.
    func placeholderStaticProperty(_ typeName: String, _ name: String, at location: SourceLocation) -> Typed? {
        guard let requirement = placeholderStaticRequirement(typeName, name, kind: .property) else { return nil }
        return Compiler.unspecialized(requirement.type, at: location)
    }

    /// The static method requirement `name` called on the placeholder of the type parameter `typeName`, with its
    /// arguments checked against the requirement's parameters; nil when there is no such requirement or the labels
    /// differ (the caller's diagnostics then apply).
    func placeholderStaticCall(_ typeName: String, _ name: String, _ arguments: [Argument],
                               at location: SourceLocation) -> Typed? {
        guard let requirement = placeholderStaticRequirement(typeName, name, kind: .method),
              arguments.map(\.label) == requirement.labels else { return nil }
        var failed = false
        for (argument, type) in zip(arguments, requirement.parameterTypes) {
            let typed = converted(compileExpr(argument.value, expected: type), to: type, at: argument.value.location)
            failed = failed || typed.type.hasError
        }
        return failed ? .invalid : Compiler.unspecialized(requirement.type, at: location)
    }

    private func placeholderStaticRequirement(_ typeName: String, _ name: String,
                                              kind: ProtocolInfo.RequirementKind) -> ProtocolInfo.Requirement? {
        guard case .user(let placeholder)? = genericBinding(typeName), placeholder.kind == .protocolType else { return nil }
        return staticRequirement(of: placeholder, name, kind: kind)
    }

    /// The static requirement `name` of kind `kind` among a placeholder's protocols (the generator's and the
    /// checker's lookup); nil when there is none or its type is unknown.
    func staticRequirement(of placeholder: UserType, _ name: String,
                           kind: ProtocolInfo.RequirementKind) -> ProtocolInfo.Requirement? {
        guard let requirement = findRequirement(placeholder, name), requirement.isStatic, requirement.kind == kind,
              !requirement.type.hasError else { return nil }
        return requirement
    }
}
