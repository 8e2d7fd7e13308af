/// The storage of a cell dictionary: entries in insertion order (so output is deterministic; Swift's own
/// order is randomised per process), with a hash index. A value type, copied on write like Swift's.
///
/// Removing an entry leaves a hole (its key slot holds `.void`, which is never a key) instead of shifting every
/// later entry and renumbering the index; the holes are squeezed out when they outnumber the entries, so removal
/// costs O(1) amortised, as in Swift (removing 2,000 keys from a million-entry dictionary took 200 s before).
public struct OrderedDictionary {
    /// Keys by slot, in insertion order; `.void` marks a removed entry.
    private var slotKeys: [Value] = []
    /// Values by slot.
    private var slotValues: [Value] = []
    /// The slot of each key.
    private var index: [DictionaryKey: Int] = [:]
    /// How many slots are holes.
    private var holes = 0

    /// Creates an empty dictionary.
    public init() {}

    /// The keys, in insertion order.
    public var keys: [Value] {
        holes == 0 ? slotKeys : slotKeys.filter { if case .void = $0 { return false } else { return true } }
    }

    /// The values, in the order of their keys.
    public var values: [Value] {
        guard holes > 0 else { return slotValues }
        return zip(slotKeys, slotValues).compactMap { key, value in
            if case .void = key { return nil }
            return value
        }
    }

    /// The number of entries.
    public var count: Int { slotKeys.count - holes }

    /// The value stored for a key; setting `nil` removes the entry (later entries keep their order). Bindings set it
    /// to return dictionaries.
    public subscript(key: Value) -> Value? {
        get { index[DictionaryKey(key)].map { slotValues[$0] } }
        set {
            let hashKey = DictionaryKey(key)
            if let newValue {
                if let slot = index[hashKey] {
                    slotValues[slot] = newValue
                } else {
                    index[hashKey] = slotKeys.count
                    slotKeys.append(key)
                    slotValues.append(newValue)
                }
            } else if let slot = index.removeValue(forKey: hashKey) {
                slotKeys[slot] = .void
                slotValues[slot] = .void
                holes += 1
                if holes > 16, holes * 2 > slotKeys.count { squeeze() }
            }
        }
    }

    /// Removes every entry.
    public mutating func removeAll() {
        slotKeys = []
        slotValues = []
        index = [:]
        holes = 0
    }

    /// Drops the holes and renumbers the index.
    private mutating func squeeze() {
        let liveKeys = keys, liveValues = values
        slotKeys = liveKeys
        slotValues = liveValues
        holes = 0
        index = [:]
        index.reserveCapacity(liveKeys.count)
        for (slot, key) in liveKeys.enumerated() { index[DictionaryKey(key)] = slot }
    }
}
