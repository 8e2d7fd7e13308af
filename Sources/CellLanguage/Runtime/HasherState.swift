/// The state of a cell's `Hasher`: what was combined so far, as keys. Swift mixes the combined values into a hash
/// seeded per process; keeping them instead makes two hashers that combined equal values finalize alike, and lets
/// a set compare the hash input of two elements exactly. A `Hasher` is a value: `combine` makes a new state.
final class HasherState {
    /// The combined values, in order.
    let record: [DictionaryKey]

    init(record: [DictionaryKey] = []) {
        self.record = record
    }

    /// A state with `keys` combined after this one's.
    func combining(_ keys: [DictionaryKey]) -> HasherState {
        HasherState(record: record + keys)
    }

    /// `finalize()` and `hashValue`: a number that changes from process to process, as Swift's does.
    var finalized: Int { record.hashValue }
}

extension Value {
    /// The state of a `Hasher` value (an empty one for anything else).
    var hasherState: HasherState {
        if case .native(let object) = self, let state = object as? HasherState { return state }
        return HasherState()
    }
}
