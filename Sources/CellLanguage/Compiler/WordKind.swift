/// The representation of a value that lives in a frame word: Int, Double (bit pattern) or Bool (0/1).
enum WordKind {
    case int, double, bool

    /// The kind of a word type, nil for every other type.
    init?(_ type: CType) {
        switch type {
        case .int: self = .int
        case .double: self = .double
        case .bool: self = .bool
        default: return nil
        }
    }

    /// The boxed value `word` holds.
    @inline(__always) func value(_ word: Int) -> Value {
        switch self {
        case .int: return .int(word)
        case .double: return .double(Double(bitPattern: UInt64(UInt(bitPattern: word))))
        case .bool: return .bool(word != 0)
        }
    }
}
