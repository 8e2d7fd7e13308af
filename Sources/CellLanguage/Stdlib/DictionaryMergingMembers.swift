import Diagnostics

/// `merge(_:uniquingKeysWith:)` and `merging(_:uniquingKeysWith:)` of `[Key: Value]`, and the merging step that
/// `Dictionary(_:uniquingKeysWith:)` shares: each of `other`'s entries is added in order; for a key already there,
/// `combine(current, new)` gives the value kept.
enum DictionaryMergingMembers {
    static let members: [StdlibMember] = [
        StdlibMember("func merging(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) -> Value) -> [Key: Value]",
                     "A copy with `other`'s entries added; `combine(current, new)` decides a key present in both.") { site in
            let (key, value) = DictionaryMembers.parts(site)
            let dictionary = site.value, location = site.location
            let other = site.argument(0, as: .dictionary(key, value))
            let combine = site.compiler.compileFunctionArgument(site.arguments[1], [value, value], value)
            return Typed(type: site.receiver.type, code: .value { frame in
                var result = try dictionary(frame).dictionaryValue
                let more = try other(frame).dictionaryValue
                guard case .function(let f) = try combine(frame) else { return .void }
                try merge(&result, keys: more.keys, values: more.values, combine: f, at: location)
                return .dictionary(result)
            })
        },
        .mutating("mutating func merge(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) -> Value)",
                  "Adds `other`'s entries; `combine(current, new)` decides a key present in both.") { site in
            guard case .dictionary(let key, let value) = site.receiverType, let place = site.place() else { return .invalid }
            let other = site.argument(0, as: .dictionary(key, value))
            let combine = site.compiler.compileFunctionArgument(site.arguments[1], [value, value], value)
            let modify = place.modify, location = site.location
            return Typed(type: .void, code: .void { frame in
                let more = try other(frame).dictionaryValue
                guard case .function(let f) = try combine(frame) else { return }
                try modify(frame) { stored in
                    // The closure may read the dictionary (Swift would trap): it sees the entries before the merge.
                    guard case .dictionary(var dictionary) = stored else { return }
                    try merge(&dictionary, keys: more.keys, values: more.values, combine: f, at: location)
                    stored = .dictionary(dictionary)
                }
            })
        },
    ]

    /// Adds the pairs `keys[i]: values[i]` to `dictionary` in order, calling `combine(current, new)` for a key
    /// already present.
    static func merge(_ dictionary: inout OrderedDictionary, keys: [Value], values: [Value], combine: FunctionValue,
                      at location: SourceLocation) throws {
        var work = LongWork(count: keys.count, at: location)
        for (key, value) in zip(keys, values) {
            try work.step()
            if let current = dictionary[key] {
                dictionary[key] = try combine.call(current, value)
            } else {
                dictionary[key] = value
            }
        }
    }
}
