import Diagnostics

/// Static members read through a type parameter in a generic body checked under placeholders (`A.name` in
/// `struct Neuron<A: Activation>`), which the generator compiles per specialization and cannot build when the
/// constraints give no such member (session 29: it no longer reports the type parameter as an unknown name).
extension TypeChecker {
    /// `A.name` where the type parameter `A`'s constraints (protocols of the notebook with their extensions and
    /// parents, library protocols nbrun lists) certainly give no member `name` and no template declares one:
    /// swiftc's `type 'A' has no member 'name'`, at the member's name; nil otherwise.
    func placeholderStaticMemberMistake(_ base: Expr, _ name: String, at location: SourceLocation) -> CType? {
        guard bodyContext.reportsPlaceholderMistakes, case .name(let parameter) = base.kind,
              let referent = resolution.referent(of: base), declarationKind(of: referent) == .genericParameter,
              case .user(let placeholder)? = specialization?[parameter], placeholder.kind == .protocolType,
              compiler.protocolState.placeholderTypes.contains(placeholder), !["self", "init", "Type"].contains(name),
              !name.hasPrefix("$"), protocolFamilyLacks(placeholder, name), !protocolExtensionsDeclare(name) else { return nil }
        report(.typeHasNoMember(parameter, member: name, suggestion: nil), at: location)
        return .error
    }
}
