extension Compiler {
    /// The specialization the node compiling belongs to, for the typed AST (`TypeTable.specialized`): the type
    /// arguments of the generic body being compiled, `.placeholders` while a generic body is checked with
    /// placeholders for its type parameters, nil outside generic bodies.
    var recordedSpecialization: Specialization? {
        guard let bindings = protocolState.genericBindings.last, !bindings.isEmpty else { return nil }
        return bindings.values.contains(where: mentionsPlaceholder) ? .placeholders(bindings) : .arguments(bindings)
    }

    /// Whether `type` is or contains a placeholder standing for a type parameter.
    func mentionsPlaceholder(_ type: CType) -> Bool {
        switch type {
        case .user(let user):
            return protocolState.placeholderTypes.contains(user) || user.genericArguments.contains(where: mentionsPlaceholder)
        case .array(let inner), .optional(let inner), .set(let inner):
            return mentionsPlaceholder(inner)
        case .dictionary(let key, let value):
            return mentionsPlaceholder(key) || mentionsPlaceholder(value)
        case .tuple(let elements):
            return elements.contains { mentionsPlaceholder($0.type) }
        case .function(let parameters, let result):
            return parameters.contains(where: mentionsPlaceholder) || mentionsPlaceholder(result)
        default:
            return false
        }
    }
}
