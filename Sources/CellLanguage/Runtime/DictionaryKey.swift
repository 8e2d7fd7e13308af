/// A key of a cell dictionary: the hashable kinds of values (Int, Double, Bool, String).
enum DictionaryKey: Hashable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    indirect case composite([DictionaryKey])
    indirect case variant(Int, [DictionaryKey])
    /// A set's elements, in no order (two sets with the same elements are the same key).
    indirect case unordered(Set<DictionaryKey>)
    /// `nil` as a key of an optional type.
    case absent
    /// A value of a declared type with its own `hash(into:)` or `==` (see `CustomKey`).
    indirect case custom(CustomKey)
    case other

    init(_ value: Value) {
        switch value {
        case .int(let int): self = .int(int)
        case .double(let double): self = .double(double)
        case .bool(let bool): self = .bool(bool)
        case .string(let string): self = .string(string)
        case .tuple(let parts), .array(let parts): self = .composite(parts.map(DictionaryKey.init))
        case .set(let elements): self = .unordered(Set(elements.keys.map(elements.hashKey)))
        case .dictionary(let entries):  // its entries, in no order
            self = .unordered(Set(zip(entries.keys, entries.values).map { .composite([entries.hashKey($0), DictionaryKey($1)]) }))
        case .object(let box): self = box.type.objectKey?(value) ?? .other
        case .none: self = .absent
        case .variant(StringIndexing.substringTag, let parts): self = .string(parts[0].stringValue)  // its text
        case .variant(SliceValue.tag, let parts): self = DictionaryKey(parts[0])  // its elements
        case .variant(let index, let payload): self = .variant(index, payload.map(DictionaryKey.init))
        default: self = .other
        }
    }
}
