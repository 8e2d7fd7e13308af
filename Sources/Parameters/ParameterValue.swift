/// A control's value: what a slider, a choice or a toggle gives a cell.
public enum ParameterValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)

    /// The value as written on a command line (`2.5`, `-1`, `gpt`, `true`).
    public var description: String {
        switch self {
        case .int(let value): return String(value)
        case .double(let value): return value.description
        case .string(let value): return value
        case .bool(let value): return value ? "true" : "false"
        }
    }

    /// The value as a Double, for numeric comparisons.
    var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }
}
