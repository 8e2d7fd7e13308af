/// A set element or dictionary key of a declared type with its own `hash(into:)` or `==` (or holding such a
/// value): the same key as another when their hash input (what `hash(into:)` combined) is the same and the type's
/// `==` says they are equal. Swift compares with `==` the elements whose hashes match; two different hash inputs
/// almost never hash alike, so this is the set Swift builds, with the user's functions actually called.
struct CustomKey: Hashable {
    /// What the value's `hash(into:)` combined.
    let record: [DictionaryKey]
    let value: Value
    let equality: KeyEquality

    static func == (lhs: CustomKey, rhs: CustomKey) -> Bool {
        lhs.record == rhs.record && lhs.equality.equal(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(record)
    }
}

/// The `==` a `CustomKey` compares with: the type's own (a run-time error in it is kept for the end of the cell,
/// and the values are then taken as different).
final class KeyEquality {
    let equal: (Value, Value) -> Bool

    init(_ equal: @escaping (Value, Value) -> Bool) {
        self.equal = equal
    }
}

/// How the keys of a set or dictionary whose key type needs `CustomKey`s are made (nil in `OrderedDictionary` for
/// every other key type: `DictionaryKey(value)`).
final class KeyFunction {
    let key: (Value) -> DictionaryKey

    init(_ key: @escaping (Value) -> DictionaryKey) {
        self.key = key
    }
}
