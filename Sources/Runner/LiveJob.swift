import Parameters

/// What the parent sends a segment's checkpoint process: the states to compute and how.
struct LiveJob: Codable {
    /// Each state: the value of every control that differs from the run's, by name.
    var states: [[String: LiveWireValue]]
    /// The cells to re-run per state, in order.
    var cells: [Int]
    /// Whether the cells re-run in place, state after state (else one fork per state).
    var inPlace: Bool
    /// How many processes share the states.
    var workers: Int
    /// For each cell, how many figures the run had shown before it (plot ids count them), and how many it showed.
    var figuresBefore: [Int]
    var figuresShown: [Int]
}

/// A control value as it crosses a pipe.
struct LiveWireValue: Codable, Hashable {
    var kind: String
    var text: String

    init(_ value: ParameterValue) {
        switch value {
        case .int(let int): (kind, text) = ("int", String(int))
        case .double(let double): (kind, text) = ("double", String(double.bitPattern))
        case .string(let string): (kind, text) = ("string", string)
        case .bool(let bool): (kind, text) = ("bool", bool ? "true" : "false")
        }
    }

    var value: ParameterValue {
        switch kind {
        case "int": return .int(Int(text) ?? 0)
        case "double": return .double(Double(bitPattern: UInt64(text) ?? 0))
        case "bool": return .bool(text == "true")
        default: return .string(text)
        }
    }
}
