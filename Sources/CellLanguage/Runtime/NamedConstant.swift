/// A constant of a bindings enum-like type, such as `Theme.dark`: boxed, so `Value` stays three words long.
public final class NamedConstant: @unchecked Sendable {
    /// The type's name (`Theme`).
    public let type: String
    /// The case's name (`dark`).
    public let name: String

    init(type: String, name: String) {
        self.type = type
        self.name = name
    }
}
