/// Enum cases with a payload made by a call: `Shape.circle(radius: 2)`, or `.circle(radius: 2)` where a `Shape` is
/// expected, typed as `Compiler.compileEnumConstruction` compiles them (one argument per payload element, with its
/// label, converted to its type).
extension TypeChecker {
    /// `type.name(arguments)` when `name` is one of the enum's cases with a payload: the enum type (nil: unknown, the
    /// arguments not matching the payload's labels); nil outside when it is no such case.
    func enumConstruction(_ type: UserType, _ name: String, _ arguments: [Argument]) -> CType?? {
        guard type.kind == .enumeration, !isGeneric(type), let index = type.caseIndex(name),
              let payload = type.cases[index].payload else { return nil }
        guard payload.count == arguments.count,
              zip(payload, arguments).allSatisfy({ $0.label == $1.label && !$1.isTrailingClosure }) else {
            if let mistake = enumCaseLabelMistake(payload, arguments) { return .some(mistake) }
            uncheckedArguments(arguments)
            return .some(nil)
        }
        for (element, argument) in zip(payload, arguments) {
            checkConverting(argument.value, to: element.type) { .argumentType($0, expected: $1) }
        }
        return .some(.user(type))
    }
}
