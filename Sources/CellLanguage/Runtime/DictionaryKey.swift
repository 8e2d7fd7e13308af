/// A key of a cell dictionary: the hashable kinds of values (Int, Double, Bool, String).
enum DictionaryKey: Hashable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    indirect case composite([DictionaryKey])
    indirect case variant(Int, [DictionaryKey])
    case other

    init(_ value: Value) {
        switch value {
        case .int(let int): self = .int(int)
        case .double(let double): self = .double(double)
        case .bool(let bool): self = .bool(bool)
        case .string(let string): self = .string(string)
        case .tuple(let parts): self = .composite(parts.map(DictionaryKey.init))
        case .variant(StringIndexing.substringTag, let parts): self = .string(parts[0].stringValue)  // its text
        case .variant(let index, let payload): self = .variant(index, payload.map(DictionaryKey.init))
        default: self = .other
        }
    }
}
