import Diagnostics

extension Compiler {
    /// A set's elements as an array value, in order.
    static func setElements(_ value: Value) -> [Value] {
        if case .set(let storage) = value { return storage.keys }
        return value.arrayValue
    }

    /// A set value from elements (duplicates dropped, first occurrence kept).
    static func makeSet(_ elements: [Value]) -> Value {
        var storage = OrderedDictionary()
        for element in elements where storage[element] == nil { storage[element] = .void }
        return .set(storage)
    }

    /// A set typed expression seen as `[Element]` (for the collection methods it shares with arrays).
    static func setAsArray(_ typed: Typed, _ element: CType) -> Typed {
        let code = typed.value
        return Typed(type: .array(element), code: .value { .array(Compiler.setElements(try code($0))) })
    }

    /// `Set([1, 2])`, `Set<Int>()`, `Set(xs)`, `Set("abc")`.
    func compileSetInitializer(_ element: CType, _ arguments: [Argument], at location: SourceLocation) -> Typed {
        if arguments.isEmpty, !element.hasError {
            return Typed(type: .set(element), code: .value { _ in .set(OrderedDictionary()) })
        }
        guard arguments.count == 1, arguments[0].label == nil else {
            error("no exact matches in call to initializer of 'Set'", at: location)
            return .invalid
        }
        var source = compileExpr(arguments[0].value, expected: element.hasError ? nil : .array(element))
        switch source.type {
        case .string: source = Compiler.charactersOf(source)
        case .range, .closedRange:
            let bounds = source.value
            source = Typed(type: .array(.int), code: .value { frame in
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
                return .array(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: location))
            })
        case .set(let inner): source = Compiler.setAsArray(source, inner)
        default: break
        }
        guard case .array(let inner) = source.type, inner.isHashable else {
            if !source.type.hasError {
                mismatch("cannot build a Set from a value of type '\(source.type)'", source.type, at: arguments[0].value.location)
            }
            return .invalid
        }
        let code = source.value
        return Typed(type: .set(inner), code: .value { .set(Compiler.makeSet(try code($0).arrayValue).setStorage) })
    }

    /// A set or array argument with the given element type, as its elements.
    private func elementsArgument(_ argument: Argument, _ element: CType) -> (Frame) throws -> [Value] {
        let typed = compileExpr(argument.value, expected: .set(element))
        if typed.type != .set(element) && typed.type != .array(element) {
            mismatch("cannot convert value of type '\(typed.type)' to expected argument type 'Set<\(element)>'", typed.type,
                     at: argument.value.location)
        }
        let code = typed.value
        return { Compiler.setElements(try code($0)) }
    }

    /// Non-mutating set methods; `nil` when `name` is not one (array methods are tried next).
    func compileSetMethod(_ receiver: Typed, _ element: CType, _ name: String, _ arguments: [Argument],
                          at location: SourceLocation) -> Typed? {
        let set = receiver.value
        let labels = arguments.map(\.label)
        switch (name, labels) {
        case ("contains", [nil]):
            let needle = coerce(compileExpr(arguments[0].value, expected: element), to: element, at: arguments[0].value.location) {
                "cannot convert value of type '\($0)' to expected argument type '\($1)'"
            }.value
            return Typed(type: .bool, code: .bool { frame in
                try set(frame).setStorage[try needle(frame)] != nil
            })
        case ("union", [nil]), ("intersection", [nil]), ("subtracting", [nil]), ("symmetricDifference", [nil]):
            let other = elementsArgument(arguments[0], element)
            return Typed(type: .set(element), code: .value { frame in
                let mine = try set(frame).setStorage
                let theirs = try other(frame)
                var theirSet = OrderedDictionary()
                for value in theirs { theirSet[value] = .void }
                switch name {
                case "union": return Compiler.makeSet(mine.keys + theirs)
                case "intersection": return Compiler.makeSet(mine.keys.filter { theirSet[$0] != nil })
                case "subtracting": return Compiler.makeSet(mine.keys.filter { theirSet[$0] == nil })
                default:
                    return Compiler.makeSet(mine.keys.filter { theirSet[$0] == nil } + theirs.filter { mine[$0] == nil })
                }
            })
        case ("isSubset", ["of"]), ("isSuperset", ["of"]), ("isDisjoint", ["with"]):
            let other = elementsArgument(arguments[0], element)
            return Typed(type: .bool, code: .bool { frame in
                let mine = try set(frame).setStorage
                let theirs = try other(frame)
                var theirSet = OrderedDictionary()
                for value in theirs { theirSet[value] = .void }
                switch name {
                case "isSubset": return mine.keys.allSatisfy { theirSet[$0] != nil }
                case "isSuperset": return theirs.allSatisfy { mine[$0] != nil }
                default: return !mine.keys.contains { theirSet[$0] != nil }
                }
            })
        case ("filter", [nil]):
            let predicate = compileFunctionArgument(arguments[0], [element], .bool)
            return Typed(type: receiver.type, code: .value { frame in
                let elements = try set(frame).setStorage.keys
                guard case .function(let f) = try predicate(frame) else { return .void }
                var kept: [Value] = []
                for value in elements where try f.call(value).boolValue { kept.append(value) }
                return Compiler.makeSet(kept)
            })
        default:
            return nil
        }
    }

    /// Mutating set methods: `insert`, `remove`, `removeAll`, `formUnion`, `formIntersection`, `subtract`.
    func compileMutatingSetMethod(_ base: Expr, _ element: CType, _ name: String, _ arguments: [Argument],
                                  at location: SourceLocation) -> Typed? {
        let labels = arguments.map(\.label)
        let single = ["insert", "remove", "formUnion", "formIntersection", "subtract"].contains(name) && labels == [nil]
        guard single || (name == "removeAll" && labels.isEmpty) else { return nil }
        guard let place = compilePlace(base, mutating: true, method: name) else { return .invalid }
        var input: (Frame) throws -> [Value] = { _ in [] }
        if name == "insert" || name == "remove" {
            let value = coerce(compileExpr(arguments[0].value, expected: element), to: element, at: arguments[0].value.location) {
                "cannot convert value of type '\($0)' to expected argument type '\($1)'"
            }.value
            input = { [try value($0)] }
        } else if single {
            input = elementsArgument(arguments[0], element)
        }
        let modify = place.modify
        let resultType: CType = name == "insert"
            ? .tuple([TupleElement(label: "inserted", type: .bool), TupleElement(label: "memberAfterInsert", type: element)])
            : name == "remove" ? .optional(element) : .void
        return Typed.fromValue(resultType) { frame in
            let values = try input(frame)
            var result = Value.void
            try modify(frame) { stored in
                guard case .set(var storage) = stored else { return }
                stored = .void
                defer { stored = .set(storage) }
                switch name {
                case "insert":
                    let inserted = storage[values[0]] == nil
                    if inserted { storage[values[0]] = .void }
                    result = .tuple([.bool(inserted), values[0]])
                case "remove":
                    let present = storage[values[0]] != nil
                    storage[values[0]] = nil
                    result = present ? values[0] : .none
                case "removeAll": storage.removeAll()
                case "formUnion": for value in values where storage[value] == nil { storage[value] = .void }
                case "subtract": for value in values { storage[value] = nil }
                default:
                    var keep = OrderedDictionary()
                    for value in values { keep[value] = .void }
                    for key in storage.keys where keep[key] == nil { storage[key] = nil }
                }
            }
            return result
        }
    }
}
