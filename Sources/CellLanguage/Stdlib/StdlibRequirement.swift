/// What a standard-library member asks of its receiver's elements, written as the declaration's trailing `where`
/// clause (`func sorted() -> [Element] where Element: Comparable`): the docs list it with the declaration, and the
/// type checker gives the member no type on a receiver it does not hold for (the generator then decides, and
/// reports swiftc's "requires that … conform to …" error).
struct StdlibRequirement: Equatable, Sendable {
    /// The constrained placeholder (`Element`).
    let placeholder: String
    /// The protocol it must conform to (`Equatable`, `Comparable`, `Hashable`, `StringProtocol`).
    let protocolName: String

    /// The requirement a declaration's `where` clause states; nil when it has none.
    init?(declaration: String) {
        guard let range = declaration.range(of: " where ") else { return nil }
        let clause = declaration[range.upperBound...]
        guard let colon = clause.range(of: ": ") else { return nil }
        placeholder = String(clause[..<colon.lowerBound])
        protocolName = String(clause[colon.upperBound...])
    }

    /// The declaration without its `where` clause (what the signature parser reads).
    static func withoutClause(_ declaration: String) -> String {
        guard let range = declaration.range(of: " where ") else { return declaration }
        return String(declaration[..<range.lowerBound])
    }

    /// Whether `type` (the placeholder's type on the receiver) certainly meets the requirement as the generator's
    /// implementation checks it; false when in doubt (a user type's `<` is the generator's to find).
    func holds(for type: CType) -> Bool {
        switch protocolName {
        case "Equatable": return type.isEquatable
        case "Hashable": return type.isHashable
        case "Comparable": return type.isComparable
        case "StringProtocol": return type == .string || type == .substring
        default: return false
        }
    }
}
