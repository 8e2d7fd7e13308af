/// A dictionary keyed by object identity that retains its keys (see `ObjectKey`): an entry is never found for
/// another object that happens to reuse a freed key's address.
struct IdentityTable<Key: AnyObject, Value> {
    private(set) var storage: [ObjectKey: Value]

    init() {
        storage = [:]
    }

    /// A table of `pairs`; `combine` chooses the value when a key appears twice.
    init<S: Sequence>(_ pairs: S, uniquingKeysWith combine: (Value, Value) -> Value) where S.Element == (Key, Value) {
        storage = Dictionary(pairs.lazy.map { (ObjectKey($0.0), $0.1) }, uniquingKeysWith: combine)
    }

    /// The value stored for `key`; assigning nil removes the entry.
    subscript(key: Key) -> Value? {
        get { storage[ObjectKey(key)] }
        set { storage[ObjectKey(key)] = newValue }
        _modify { yield &storage[ObjectKey(key)] }
    }

    /// The value stored for `key`, or `defaultValue` (stored on mutation).
    subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        get { storage[ObjectKey(key), default: defaultValue()] }
        _modify { yield &storage[ObjectKey(key), default: defaultValue()] }
    }

    var isEmpty: Bool { storage.isEmpty }
    var count: Int { storage.count }
    /// The keys, in no particular order.
    var keys: [Key] { storage.keys.map { unsafeDowncast($0.object, to: Key.self) } }
    /// The values, in no particular order.
    var values: Dictionary<ObjectKey, Value>.Values { storage.values }

    /// Reserves room for `capacity` entries.
    mutating func reserveCapacity(_ capacity: Int) {
        storage.reserveCapacity(capacity)
    }

    /// A table with the same keys and transformed values.
    func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> IdentityTable<Key, T> {
        var result = IdentityTable<Key, T>()
        result.storage = try storage.mapValues(transform)
        return result
    }
}

extension IdentityTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (Key, Value)...) {
        self.init(elements, uniquingKeysWith: { _, last in last })
    }
}

extension IdentityTable: Sequence {
    /// Iterates over the entries, in no particular order.
    struct Iterator: IteratorProtocol {
        fileprivate var base: Dictionary<ObjectKey, Value>.Iterator

        mutating func next() -> (key: Key, value: Value)? {
            base.next().map { (unsafeDowncast($0.key.object, to: Key.self), $0.value) }
        }
    }

    func makeIterator() -> Iterator {
        Iterator(base: storage.makeIterator())
    }
}
