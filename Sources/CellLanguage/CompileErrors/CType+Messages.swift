/// Types as swiftc spells them in diagnostics: an existential (a value of a declared protocol type) is `any P`,
/// parenthesized where a suffix follows (`(any P)?`), at any depth (`[any Shape]`, `(any Shape) -> Int`). Everywhere
/// else (specialization names, the runtime's type names) a protocol type keeps its plain name, as Swift's runtime
/// prints it (`Box<Shape>`).
extension CType {
    /// The type as a diagnostic's message writes it.
    var spelledInMessages: String {
        switch self {
        case .user(let type) where type.isExistential || type.protocolInfo?.isComposition == true: return "any \(type.name)"
        case .optional(let wrapped):
            switch wrapped {
            case .function, .throwingFunction: return "(\(wrapped.spelledInMessages))?"
            case .user(let type) where type.isExistential || type.protocolInfo?.isComposition == true:
                return "(\(wrapped.spelledInMessages))?"
            default: return "\(wrapped.spelledInMessages)?"
            }
        case .array(let element): return "[\(element.spelledInMessages)]"
        case .set(let element): return "Set<\(element.spelledInMessages)>"
        case .arraySlice(let element): return "ArraySlice<\(element.spelledInMessages)>"
        // swiftc spaces the colon of a dictionary type in its diagnostics (`[String : Int]`).
        case .dictionary(let key, let value): return "[\(key.spelledInMessages) : \(value.spelledInMessages)]"
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + $0.type.spelledInMessages }.joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            return "(\(parameters.map(\.spelledInMessages).joined(separator: ", "))) -> \(result.spelledInMessages)"
        case .throwingFunction(let parameters, let result):
            return "(\(parameters.map(\.spelledInMessages).joined(separator: ", "))) throws -> \(result.spelledInMessages)"
        default: return description
        }
    }
}
