import Diagnostics

/// `[Key: Value]`, in insertion order (Swift's order is unspecified; cells print in the order keys were added).
enum DictionaryMembers {
    static let table = StdlibTable(
        "Dictionary", about: "`[Key: Value]`; `d[key]` is an optional, `d[key, default: v]` is not. Keys keep insertion order.",
        members: [
            SteppedMembers.makeIterator,
            StdlibMember("var count: Int", "The number of entries.") { site in
                let dictionary = site.value
                return Typed(type: .int, code: .int { try dictionary($0).dictionaryValue.count })
            },
            StdlibMember("var isEmpty: Bool", "Whether there are no entries.") { site in
                let dictionary = site.value
                return Typed(type: .bool, code: .bool { try dictionary($0).dictionaryValue.count == 0 })
            },
            StdlibMember("var keys: [Key]", "The keys, in order.") { site in
                let dictionary = site.value
                return Typed(type: .array(parts(site).key), code: .value { .array(try dictionary($0).dictionaryValue.keys) })
            },
            StdlibMember("var values: [Value]", "The values, in the keys' order.") { site in
                let dictionary = site.value
                return Typed(type: .array(parts(site).value), code: .value { .array(try dictionary($0).dictionaryValue.values) })
            },
            StdlibMember("func filter(_ isIncluded: ((key: Key, value: Value)) -> Bool) -> [Key: Value]",
                         "The entries for which `isIncluded` is true.") { site in
                let (key, value) = parts(site)
                let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [Compiler.entryType(key, value)], .bool)
                let dictionary = site.value
                return Typed(type: site.receiver.type, code: .value { frame in
                    let source = try dictionary(frame).dictionaryValue
                    guard case .function(let f) = try predicate(frame) else { return .void }
                    var result = OrderedDictionary(keying: source.keying)
                    for (k, v) in zip(source.keys, source.values) where try f.call([.tuple([k, v])]).boolValue { result[k] = v }
                    return .dictionary(result)
                })
            },
            StdlibMember("func mapValues<T>(_ transform: (Value) -> T) -> [Key: T]", "The same keys with transformed values.") { site in
                let (key, value) = parts(site)
                let (transform, result) = site.compiler.mapFunction(site.arguments[0], [value])
                let dictionary = site.value
                return Typed(type: .dictionary(key, result), code: .value { frame in
                    let source = try dictionary(frame).dictionaryValue
                    guard case .function(let f) = try transform(frame) else { return .void }
                    var mapped = OrderedDictionary(keying: source.keying)
                    for (k, v) in zip(source.keys, source.values) { mapped[k] = try f.call(v) }
                    return .dictionary(mapped)
                })
            },
            .mutating("mutating func removeValue(forKey key: Key) -> Value?", "Removes the entry; returns its old value.") { site in
                mutate(site, key: 0, value: nil, returnsPrevious: true, long: true) { dictionary, k, _ in
                    let previous = dictionary[k] ?? .none
                    dictionary[k] = nil
                    return previous
                }
            },
            .mutating("mutating func updateValue(_ value: Value, forKey key: Key) -> Value?", "Sets the value; returns the old one.") { site in
                mutate(site, key: 1, value: 0, returnsPrevious: true) { dictionary, k, v in
                    let previous = dictionary[k] ?? .none
                    dictionary[k] = v
                    return previous
                }
            },
            .mutating("mutating func removeAll()", "Removes every entry.") { site in
                mutate(site, key: nil, value: nil, returnsPrevious: false) { dictionary, _, _ in
                    dictionary.removeAll()
                    return .void
                }
            },
        ] + DictionaryMergingMembers.members,
        viewed: ArrayMembers.table.members.filter { $0.kind == .method }.map { member in
            member.viewed(declaration: member.declaration.replacingPlaceholder("Element", with: "(key: Key, value: Value)"),
                          convert: { typed, _ in entries(typed) })
        },
        viewedAbout: "Other Array methods see the dictionary as its array of `(key:value:)` entries, in order.")

    static func parts(_ site: ValueSite) -> (key: CType, value: CType) {
        if case .dictionary(let key, let value) = site.receiver.type { return (key, value) }
        return (.error, .error)
    }

    /// A dictionary as the array of its `(key:value:)` entries.
    @Sendable static func entries(_ typed: Typed) -> Typed {
        guard case .dictionary(let key, let value) = typed.type else { return typed }
        let code = typed.value
        return Typed(type: .array(Compiler.entryType(key, value)), code: .value { frame in
            .array(Compiler.entries(try code(frame).dictionaryValue))
        })
    }

    /// A mutation of the dictionary at the site's place, with the key and value arguments at the given positions; a
    /// `long` one (a removal may squeeze the holes out of the storage, linear in its size) checks the deadline after it.
    static func mutate(_ site: PlaceSite, key keyIndex: Int?, value valueIndex: Int?, returnsPrevious: Bool, long: Bool = false,
                       _ body: @escaping (inout OrderedDictionary, Value, Value) -> Value) -> Typed {
        guard case .dictionary(let key, let value) = site.receiverType, let place = site.place() else { return .invalid }
        let modify = place.modify
        // Arguments are compiled and evaluated left to right (`updateValue(v, forKey: k)`: v first).
        let valueFirst = (valueIndex ?? .max) < (keyIndex ?? .max)
        var keyCode: (Frame) throws -> Value = { _ in .void }, newValue: (Frame) throws -> Value = { _ in .void }
        if valueFirst, let valueIndex { newValue = site.argument(valueIndex, as: value) }
        if let keyIndex { keyCode = site.argument(keyIndex, as: key) }
        if !valueFirst, let valueIndex { newValue = site.argument(valueIndex, as: value) }
        let first = valueFirst ? newValue : keyCode, second = valueFirst ? keyCode : newValue
        let location = site.location
        return Typed(type: returnsPrevious ? .optional(value) : .void, code: .value { frame in
            let a = try first(frame)
            let b = try second(frame)
            let (k, v) = valueFirst ? (b, a) : (a, b)
            var result = Value.void, size = 0
            try modify(frame) { stored in
                guard case .dictionary(var dictionary) = stored else { return }
                stored = .void
                defer { stored = .dictionary(dictionary) }
                result = body(&dictionary, k, v)
                size = dictionary.count
            }
            if long { try LongWork.after(count: size, at: location) }
            return result
        })
    }
}
