import Diagnostics

/// `Set<Element>`, in insertion order (Swift's order is unspecified; cells print in the order elements were added).
enum SetMembers {
    static let table = StdlibTable(
        "Set", about: "`Set<Element>` of Hashable elements; elements keep insertion order.",
        members: [
            SteppedMembers.makeIterator,
            StdlibMember("var count: Int", "The number of elements.") { site in
                let set = site.value
                return Typed(type: .int, code: .int { try set($0).setStorage.count })
            },
            StdlibMember("var isEmpty: Bool", "Whether there are no elements.") { site in
                let set = site.value
                return Typed(type: .bool, code: .bool { try set($0).setStorage.count == 0 })
            },
            StdlibMember("func contains(_ member: Element) -> Bool", "Whether `member` is in the set (constant time).") { site in
                let needle = site.argument(0, as: site.element), set = site.value
                return Typed(type: .bool, code: .bool { frame in try set(frame).setStorage[try needle(frame)] != nil })
            },
            algebra("func union(_ other: Set<Element>) -> Set<Element>", "The elements of either.") { mine, theirs, _, location in
                try Compiler.makeSet(mine.keys + theirs, keying: mine.keying, at: location)
            },
            algebra("func intersection(_ other: Set<Element>) -> Set<Element>", "The elements of both.") { mine, _, theirSet, location in
                try Compiler.makeSet(try kept(mine.keys, at: location) { theirSet[$0] != nil }, keying: mine.keying, at: location)
            },
            algebra("func subtracting(_ other: Set<Element>) -> Set<Element>", "The elements not in `other`.") { mine, _, theirSet, location in
                try Compiler.makeSet(try kept(mine.keys, at: location) { theirSet[$0] == nil }, keying: mine.keying, at: location)
            },
            algebra("func symmetricDifference(_ other: Set<Element>) -> Set<Element>", "The elements of exactly one.") { mine, theirs, theirSet, location in
                try Compiler.makeSet(try kept(mine.keys, at: location) { theirSet[$0] == nil } + kept(theirs, at: location) { mine[$0] == nil },
                                     keying: mine.keying, at: location)
            },
            relation("func isSubset(of other: Set<Element>) -> Bool", "Whether every element is in `other`.") { mine, _, theirSet, location in
                try !any(mine.keys, at: location) { theirSet[$0] == nil }
            },
            relation("func isSuperset(of other: Set<Element>) -> Bool", "Whether every element of `other` is in the set.") { mine, theirs, _, location in
                try !any(theirs, at: location) { mine[$0] == nil }
            },
            relation("func isDisjoint(with other: Set<Element>) -> Bool", "Whether no element is in both.") { mine, _, theirSet, location in
                try !any(mine.keys, at: location) { theirSet[$0] != nil }
            },
            StdlibMember("func filter(_ isIncluded: (Element) -> Bool) -> Set<Element>", "The elements for which `isIncluded` is true.") { site in
                let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)
                let set = site.value
                return Typed(type: site.receiver.type, code: .value { frame in
                    let storage = try set(frame).setStorage
                    guard case .function(let f) = try predicate(frame) else { return .void }
                    var kept: [Value] = []
                    for value in storage.keys where try f.call(value).boolValue { kept.append(value) }
                    return Compiler.makeSet(kept, keying: storage.keying)
                })
            },
            .mutating("mutating func insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)",
                      "Adds `newMember` unless present; says whether it did.") { site in
                let result = CType.tuple([TupleElement(label: "inserted", type: .bool),
                                          TupleElement(label: "memberAfterInsert", type: site.element)])
                return mutate(site, result, single: true) { storage, values in
                    // An equal element already there stays, and is the member after the insertion.
                    if let member = storage.storedKey(values[0]) { return .tuple([.bool(false), member]) }
                    storage[values[0]] = .void
                    return .tuple([.bool(true), values[0]])
                }
            },
            .mutating("mutating func remove(_ member: Element) -> Element?", "Removes `member`; returns it, or nil when absent.") { site in
                mutate(site, .optional(site.element), single: true, long: true) { storage, values in
                    let member = storage.storedKey(values[0])  // the element the set held, as Swift returns it
                    storage[values[0]] = nil
                    return member ?? .none
                }
            },
            .mutating("mutating func removeAll()", "Removes every element.") { site in
                mutate(site, .void, single: nil) { storage, _ in
                    storage.removeAll()
                    return .void
                }
            },
            .mutating("mutating func formUnion(_ other: Set<Element>)", "Adds the elements of `other`.") { site in
                mutate(site, .void, single: false, long: true) { storage, values in
                    for value in values where storage[value] == nil { storage[value] = .void }
                    return .void
                }
            },
            .mutating("mutating func formIntersection(_ other: Set<Element>)", "Keeps only the elements also in `other`.") { site in
                mutate(site, .void, single: false, long: true) { storage, values in
                    // Rebuilt in one pass rather than removed from element by element.
                    let keep = Compiler.makeSet(values, keying: storage.keying).setStorage
                    storage = Compiler.makeSet(storage.keys.filter { keep[$0] != nil }, keying: storage.keying).setStorage
                    return .void
                }
            },
            .mutating("mutating func subtract(_ other: Set<Element>)", "Removes the elements of `other`.") { site in
                mutate(site, .void, single: false, long: true) { storage, values in
                    if values.count < 64 {
                        for value in values { storage[value] = nil }
                    } else {
                        // Rebuilt in one pass rather than removed from element by element.
                        let drop = Compiler.makeSet(values, keying: storage.keying).setStorage
                        storage = Compiler.makeSet(storage.keys.filter { drop[$0] == nil }, keying: storage.keying).setStorage
                    }
                    return .void
                }
            },
        ],
        // `first` is the one Array property a Set has too (`last` and integer `indices` it has not).
        viewed: ArrayMembers.table.members.filter { $0.kind == .method || $0.name == "first" }.map { member in
            member.viewed(declaration: member.declaration, convert: { typed, _ in asArray(typed) })
        },
        viewedAbout: "Other Array methods apply to the set's elements, in order (`map` and `sorted` give arrays).")

    /// A set typed expression seen as `[Element]`.
    @Sendable static func asArray(_ typed: Typed) -> Typed {
        guard case .set(let element) = typed.type else { return typed }
        return Compiler.setAsArray(typed, element)
    }

    /// `union`, `intersection`, …: the receiver's storage, the other elements, and the other elements as a lookup.
    static func algebra(_ declaration: String, _ summary: String,
                        _ combine: @escaping @Sendable (OrderedDictionary, [Value], OrderedDictionary, SourceLocation) throws -> Value)
        -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let other = elements(site.compiler, site.arguments[0], site.element), set = site.value, location = site.location
            return Typed(type: .set(site.element), code: .value { frame in
                let mine = try set(frame).setStorage, theirs = try other(frame)
                return try combine(mine, theirs, try Compiler.makeSet(theirs, keying: mine.keying, at: location).setStorage, location)
            })
        }
    }

    static func relation(_ declaration: String, _ summary: String,
                         _ test: @escaping @Sendable (OrderedDictionary, [Value], OrderedDictionary, SourceLocation) throws -> Bool)
        -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let other = elements(site.compiler, site.arguments[0], site.element), set = site.value, location = site.location
            return Typed(type: .bool, code: .bool { frame in
                let mine = try set(frame).setStorage, theirs = try other(frame)
                return try test(mine, theirs, try Compiler.makeSet(theirs, keying: mine.keying, at: location).setStorage, location)
            })
        }
    }

    /// The values that pass `test`, in order; a long list checks the cell's deadline as it goes.
    static func kept(_ values: [Value], at location: SourceLocation, _ test: (Value) -> Bool) throws -> [Value] {
        var work = LongWork(count: values.count, at: location)
        return try values.filter { value in
            try work.step()
            return test(value)
        }
    }

    /// Whether some value passes `test`; a long list checks the cell's deadline as it goes.
    static func any(_ values: [Value], at location: SourceLocation, _ test: (Value) -> Bool) throws -> Bool {
        var work = LongWork(count: values.count, at: location)
        return try values.contains { value in
            try work.step()
            return test(value)
        }
    }

    /// A set or array argument with the given element type, as its elements.
    static func elements(_ compiler: Compiler, _ argument: Argument, _ element: CType) -> (Frame) throws -> [Value] {
        let typed = compiler.compileExpr(argument.value, expected: .set(element))
        let code = typed.value
        return { Compiler.setElements(try code($0)) }
    }

    /// A mutation of the set at the site's place: `single` takes one element argument, `false` a collection, nil none;
    /// a `long` one (linear in the set's size) checks the cell's deadline after it when the set is large.
    static func mutate(_ site: PlaceSite, _ type: CType, single: Bool?, long: Bool = false,
                       _ body: @escaping (inout OrderedDictionary, [Value]) -> Value) -> Typed {
        guard let place = site.place() else { return .invalid }
        var input: (Frame) throws -> [Value] = { _ in [] }
        if single == true {
            let value = site.argument(0, as: site.element)
            input = { [try value($0)] }
        } else if single == false {
            input = elements(site.compiler, site.arguments[0], site.element)
        }
        let modify = place.modify, location = site.location
        return Typed.fromValue(type) { frame in
            let values = try input(frame)
            var result = Value.void, size = 0
            try modify(frame) { stored in
                guard case .set(var storage) = stored else { return }
                stored = .void
                defer { stored = .set(storage) }
                result = body(&storage, values)
                size = storage.count
            }
            if long { try LongWork.after(count: size &+ values.count, at: location) }
            return result
        }
    }
}
