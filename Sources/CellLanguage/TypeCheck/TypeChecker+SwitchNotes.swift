/// swiftc's notes on a `switch` that is not exhaustive: the cases to add (`add missing case: '.b'`), for a Boolean, an
/// optional or an enumeration; other subjects get the note suggesting a default clause.
extension TypeChecker {
    /// The cases of `type` that no unguarded pattern covers (`covered`: `.name`, `true`, `false`, `.none`), written
    /// as swiftc's notes write them (`.b`, `.x(_)`, `.y(a: let a, _)`, `false`, `.none`), in declaration order;
    /// empty for any other type.
    func missingCases(_ type: CType, covered: Set<String>) -> [String] {
        switch type {
        case .bool:
            return ["true", "false"].filter { !covered.contains($0) }
        case .optional:
            return [(".none", ".none"), (".some", ".some(_)")].filter { !covered.contains($0.0) }.map(\.1)
        case .user(let enumeration) where enumeration.kind == .enumeration:
            return enumeration.cases.filter { !covered.contains("." + $0.name) }.map { item in
                guard let payload = item.payload else { return "." + item.name }
                let parts = payload.map { element in element.label.map { "\($0): let \($0)" } ?? "_" }
                return ".\(item.name)(\(parts.joined(separator: ", ")))"
            }
        default:
            return []
        }
    }
}
