extension Value {
    /// The set payload.
    var setStorage: OrderedDictionary {
        if case .set(let storage) = self { return storage }
        return OrderedDictionary()
    }
}
