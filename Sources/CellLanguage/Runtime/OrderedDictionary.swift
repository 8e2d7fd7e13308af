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
    /// How keys are made when the key type needs `CustomKey`s (a declared struct or enum with its own `hash(into:)`
    /// or `==`); nil for every other key type.
    var keying: KeyFunction?

    /// Creates an empty dictionary.
    public init() {}

    /// An empty dictionary whose keys are made by `keying`.
    init(keying: KeyFunction?) {
        self.keying = keying
    }

    /// The hash-table key of `value`.
    func hashKey(_ value: Value) -> DictionaryKey {
        keying?.key(value) ?? DictionaryKey(value)
    }

    /// The key stored for one equal to `key` (Swift keeps the first one inserted: `insert` reports it as
    /// `memberAfterInsert`, `remove` returns it).
    func storedKey(_ key: Value) -> Value? {
        index[hashKey(key)].map { slotKeys[$0] }
    }

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
        get { index[hashKey(key)].map { slotValues[$0] } }
        set {
            let entryKey = hashKey(key)
            if let newValue {
                if let slot = index[entryKey] {
                    slotValues[slot] = newValue
                } else {
                    index[entryKey] = slotKeys.count
                    slotKeys.append(key)
                    slotValues.append(newValue)
                }
            } else if let slot = index.removeValue(forKey: entryKey) {
                slotKeys[slot] = .void
                slotValues[slot] = .void
                holes += 1
                if holes > 16, holes * 2 > slotKeys.count { squeeze() }
            }
        }
    }

    /// Removes every entry.
    public mutating func removeAll() {  // keeps `keying`
        slotKeys = []
        slotValues = []
        index = [:]
        holes = 0
    }

    /// Drops the holes and renumbers the index (its keys are kept: making them again could call cell code).
    private mutating func squeeze() {
        var renumbered = [Int](repeating: -1, count: slotKeys.count), next = 0
        for (slot, key) in slotKeys.enumerated() {
            if case .void = key { continue }
            renumbered[slot] = next
            next += 1
        }
        let liveKeys = keys, liveValues = values  // both read before either is replaced
        slotKeys = liveKeys
        slotValues = liveValues
        holes = 0
        index = index.mapValues { renumbered[$0] }
    }
}
