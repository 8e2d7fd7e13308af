/// One `NAME=VALUE` given by the user, with where it came from for messages.
public struct ParameterAssignment: Hashable, Sendable {
    /// The parameter's name.
    public var name: String
    /// The value as typed.
    public var value: String
    /// Where it was given, e.g. `--param slope=2.5` or `params.yml:3`.
    public var origin: String

    /// Creates an assignment.
    public init(name: String, value: String, origin: String) {
        self.name = name
        self.value = value
        self.origin = origin
    }

    /// Parses `NAME=VALUE` as given to `--param`; `nil` when there is no `=` or no name.
    public init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        self.init(name: String(argument[..<equals]), value: String(argument[argument.index(after: equals)...]),
                  origin: "--param \(argument)")
    }
}
