/// The storage of a cell dictionary: entries in insertion order (so output is deterministic; Swift's own
/// order is randomised per process), with a hash index. A value type, copied on write like Swift's.
public struct OrderedDictionary {
    /// The keys, in insertion order.
    public private(set) var keys: [Value] = []
    /// The values, in the order of their keys.
    public private(set) var values: [Value] = []
    private var index: [DictionaryKey: Int] = [:]

    /// Creates an empty dictionary.
    public init() {}

    /// The number of entries.
    public var count: Int { keys.count }

    /// The value stored for a key; setting `nil` removes the entry (later entries keep their order). Bindings set it
    /// to return dictionaries.
    public subscript(key: Value) -> Value? {
        get { index[DictionaryKey(key)].map { values[$0] } }
        set {
            let hashKey = DictionaryKey(key)
            if let newValue {
                if let position = index[hashKey] {
                    values[position] = newValue
                } else {
                    index[hashKey] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else if let position = index.removeValue(forKey: hashKey) {
                keys.remove(at: position)
                values.remove(at: position)
                for (key, stored) in index where stored > position { index[key] = stored - 1 }
            }
        }
    }

    /// Removes every entry.
    public mutating func removeAll() {
        keys = []
        values = []
        index = [:]
    }
}
