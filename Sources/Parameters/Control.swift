import Diagnostics

/// A parameter declared in a cell with `slider`, `choice` or `toggle`, found without running the notebook.
public struct Control: Hashable, Sendable {
    /// What kind of control it is, with its domain.
    public enum Kind: Hashable, Sendable {
        /// A numeric slider over `range` moving by `step`; Int when its default and bounds are whole numbers.
        case slider(range: ClosedRange<Double>, step: Double?, integer: Bool)
        /// One of a fixed list of strings.
        case choice(options: [String])
        /// On or off.
        case toggle
    }

    /// The parameter's name, used with `--param NAME=VALUE`.
    public var name: String
    /// The kind and domain.
    public var kind: Kind
    /// The value when none is given.
    public var defaultValue: ParameterValue
    /// A human label for the page; the name when none is given.
    public var label: String?
    /// Where the control is declared.
    public var location: SourceLocation
    /// The index of the cell that declares it.
    public var cellIndex: Int

    /// Creates a control.
    public init(name: String, kind: Kind, defaultValue: ParameterValue, label: String?, location: SourceLocation,
                cellIndex: Int) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.label = label
        self.location = location
        self.cellIndex = cellIndex
    }

    /// The type name shown to users: `Double`, `Int`, `String` or `Bool`.
    public var typeName: String {
        switch kind {
        case .slider(_, _, let integer): return integer ? "Int" : "Double"
        case .choice: return "String"
        case .toggle: return "Bool"
        }
    }

    /// The domain as text: `0.1...3.0`, `bigram | gpt`, `true | false`.
    public var domainDescription: String {
        switch kind {
        case .slider(let range, _, let integer):
            return integer ? "\(Int(range.lowerBound))...\(Int(range.upperBound))" : "\(range.lowerBound)...\(range.upperBound)"
        case .choice(let options): return options.joined(separator: " | ")
        case .toggle: return "true | false"
        }
    }

    /// The step as text, or `-` when the control has none.
    public var stepDescription: String {
        if case .slider(_, let step?, let integer) = kind { return integer ? String(Int(step)) : step.description }
        return "-"
    }
}
