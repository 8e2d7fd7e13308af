import Diagnostics

/// Methods called on `Self` in the check with placeholders of an extension of a protocol with associated types
/// (`c("s")`, `self.c("s")`, `e(1)` in `extension Container`), where `Self` is the generator's placeholder. Each
/// conforming type's copy of the extension may accept them (`Box.Item` is a String), but the extension itself does
/// not: swiftc checks it once, against `Self.Item`. They were internal errors (the generator's check with
/// placeholders could not build them).
extension TypeChecker {
    /// `name(arguments)` on `Self`'s placeholder `owner` under the placeholder check: a requirement's call, its
    /// arguments checked against the requirement's parameter types with the associated types the placeholder's own
    /// (`cannot convert value of type 'String' to expected argument type 'Self.Item'`), its result type; the argument
    /// shape none of the methods of that name takes (a requirement or a method of the protocol's extensions), reported
    /// at swiftc's token, and the error type. Nil elsewhere or when the checker leaves the call to the other rules.
    func placeholderSelfCall(_ owner: UserType, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard bodyContext.reportsPlaceholderMistakes, owner.kind == .protocolType,
              compiler.protocolState.placeholderTypes.contains(owner) else { return nil }
        let family = compiler.protocolFamily(owner)
        let requirements = family.flatMap { $0.protocolInfo?.requirements ?? [] }
            .filter { $0.name == name && $0.kind == .method && !$0.isStatic }
            .map { compiler.substitutedRequirement($0, on: owner) }
        let extensionMethods = compiler.protocolState.protocolExtensions
            .filter { entry in family.contains { $0 === entry.proto } }
            .flatMap { $0.decl.methods.filter { $0.name == name && !$0.isStatic && $0.genericParameters.isEmpty } }
        guard !requirements.isEmpty || !extensionMethods.isEmpty,
              !extensionMethods.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } })
        else { return nil }
        let labels = arguments.map(\.label)
        let fitting = requirements.filter { $0.labels == labels && $0.parameterTypes.count == arguments.count }
        if requirements.count == 1, extensionMethods.isEmpty, let requirement = fitting.first, !requirement.inoutParameters.contains(true) {
            for (argument, parameter) in zip(arguments, requirement.parameterTypes) {
                checkConverting(argument.value, to: parameter) { .argumentType($0, expected: $1) }
            }
            return .some(requirement.type)
        }
        guard fitting.isEmpty, !extensionMethods.contains(where: { Self.match(Compiler.shapes($0.parameters).map { ($0.label, CType.void, $0.hasDefault) }, arguments) != nil }),
              let call = callHolding(arguments) else { return nil }
        let shapes = requirements.map { requirement in
            zip(requirement.labels, requirement.parameterTypes).map { ParameterShape(label: $0, hasDefault: false, isFunction: $1.acceptsClosure) }
        } + extensionMethods.map { Compiler.shapes($0.parameters) }
        guard shapes.count == 1, let mistake = argumentMistake(shapes[0], arguments, call: call) else { return nil }
        return .some(mistake)
    }
}
