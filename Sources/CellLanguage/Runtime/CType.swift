/// A static type of the cell language, as the compiler infers it.
public indirect enum CType: Hashable, Sendable, CustomStringConvertible {
    case int
    case double
    case bool
    case string
    case void
    case array(CType)
    /// `Range<Int>` (`a..<b`).
    case range
    /// `ClosedRange<Int>` (`a...b`).
    case closedRange
    case optional(CType)
    case function([CType], CType)
    /// An opaque native type registered by bindings, by name (e.g. `Figure`).
    case native(String)
    /// An enum-like set of constants registered by bindings (e.g. `Theme` with `.dark`).
    case constants(String)
    /// The type of a sub-expression that already has an error; suppresses follow-up diagnostics.
    case error

    /// The type as Swift spells it in messages.
    public var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .void: return "()"
        case .array(let element): return "[\(element)]"
        case .range: return "Range<Int>"
        case .closedRange: return "ClosedRange<Int>"
        case .optional(let wrapped):
            if case .function = wrapped { return "(\(wrapped))?" }
            return "\(wrapped)?"
        case .function(let parameters, let result):
            return "(\(parameters.map(\.description).joined(separator: ", "))) -> \(result)"
        case .native(let name), .constants(let name): return name
        case .error: return "<<error type>>"
        }
    }

    /// Whether values of this type live in a frame's word bank (Int, Double, Bool) rather than its value bank.
    var isWord: Bool {
        switch self {
        case .int, .double, .bool: return true
        default: return false
        }
    }

    /// Whether the type contains an error (so diagnostics about it would only cascade).
    var hasError: Bool {
        switch self {
        case .error: return true
        case .array(let element), .optional(let element): return element.hasError
        case .function(let parameters, let result): return result.hasError || parameters.contains { $0.hasError }
        default: return false
        }
    }

    /// Whether `==` is defined for the type.
    var isEquatable: Bool {
        switch self {
        case .int, .double, .bool, .string, .range, .closedRange, .constants: return true
        case .array(let element), .optional(let element): return element.isEquatable
        default: return false
        }
    }

    /// Whether `<` is defined for the type.
    var isComparable: Bool {
        switch self {
        case .int, .double, .string: return true
        default: return false
        }
    }
}
