import Diagnostics

/// The members of the sequences and iterators run one element at a time (`CType.stepped`): `sequence(first:next:)`
/// and `sequence(state:next:)` (`UnfoldSequence`), their `prefix(_:)` and `dropFirst(_:)`, and collections'
/// iterators. The members that may stop early step only as far as they need (so they end on a sequence without end);
/// the other `Sequence` methods are answered on the array of every element.
enum SteppedMembers {
    /// An unfolding sequence, also its own iterator; a collection's `IndexingIterator` answers the same members.
    static let unfold = StdlibTable(
        "UnfoldSequence<Element, State>",
        about: "`sequence(first:next:)` and `sequence(state:next:)`: elements made one at a time, as many as are read "
            + "(the sequence may have no end: cut it with `prefix(_:)`, `prefix(while:)` or `first(where:)`). It is its own "
            + "iterator (`next()`); a collection's `makeIterator()` gives an iterator with the same members.",
        members: iteratorMembers + [ownIterator, lazyProperty] + sequenceMembers, viewed: materialized,
        viewedAbout: "Answered on the array of every element (the sequence must end).")

    /// `PrefixSequence` and `DropFirstSequence` of an unfolding sequence.
    static let wrapper = StdlibTable(
        "PrefixSequence<Base>",
        about: "`s.prefix(n)` and `s.dropFirst(n)` (`DropFirstSequence<Base>`) of a sequence made one element at a time: "
            + "its elements are made as they are read.",
        members: [lazyProperty] + sequenceMembers, viewed: materialized,
        viewedAbout: "Answered on the array of every element (the sequence must end).")

    /// `s.lazy` of a sequence made one element at a time, and its `map` and `filter` (`LazyMapSequence<Base, T>`,
    /// `LazyFilterSequence<Base>`).
    static let lazy = StdlibTable(
        "LazySequence<Base>",
        about: "`s.lazy` of a sequence made one element at a time: `map` and `filter` give sequences whose elements are "
            + "computed as they are read (`LazyMapSequence`, `LazyFilterSequence`), so they work on a sequence without end.",
        members: lazyMembers + sequenceMembers, viewed: materialized,
        viewedAbout: "Answered on the array of every element (the sequence must end).")

    /// The iterators of strings, sets and dictionaries (`IteratorProtocol` only).
    static let iterator = StdlibTable(
        "String.Iterator", about: "A string's, set's or dictionary's `makeIterator()`: `next()` gives each element once, "
            + "then nil.", members: iteratorMembers)

    /// The table of a stepped type.
    static func table(for type: SteppedType) -> StdlibTable {
        if !type.isSequence { return iterator }
        if type.isLazy { return lazy }
        return type.isIterator ? unfold : wrapper
    }

    /// The element type of a stepped receiver.
    static func element(_ type: CType) -> CType {
        guard case .stepped(let stepped) = type else { return .error }
        return stepped.element
    }

    /// `xs.makeIterator()` on an array, a slice, a string, a range of Ints, a set or a dictionary: an iterator over
    /// its elements (a copy of them, as Swift's iterator holds a copy of the collection).
    static let makeIterator = StdlibMember(
        "func makeIterator() -> IndexingIterator<Self>",
        "An iterator over the elements: each `next()` gives the next one, then nil (a `var` holds it).") { site in
            let receiver = site.receiver, location = site.location
            let all: (Frame) throws -> Value
            switch receiver.type {
            case .array, .arraySlice: all = site.value
            case .string: all = Compiler.charactersOf(receiver, at: location).value
            case .range, .closedRange: all = RangeMembers.elements(receiver, location).value
            case .set(let element): all = Compiler.setAsArray(receiver, element).value
            case .dictionary: all = DictionaryMembers.entries(receiver).value
            default: return nil
            }
            return Typed(type: .stepped(.iterator(receiver.type)), code: .value { frame in
                .native(SteppedValue.iterating(try all(frame).arrayValue))
            })
        }

    private static let iteratorMembers: [StdlibMember] = [
        .mutating("mutating func next() -> Element?", "The next element (nil at the end), the iterator moved past it.") { site in
            guard let place = site.place() else { return .invalid }
            let modify = place.modify
            return Typed.fromValue(.optional(element(site.receiverType))) { frame in
                var element = Value.none
                try modify(frame) { stored in
                    let (next, rest) = try SteppedValue.of(stored).next()
                    stored = .native(rest)
                    element = next
                }
                return element
            }
        },
    ]

    /// `s.lazy`: the same elements, whose `map` and `filter` are lazy.
    private static let lazyProperty = StdlibMember(
        "var lazy: LazySequence<Self>", "The same elements, with lazy `map` and `filter`.") { site in
            guard case .stepped(let base) = site.receiver.type else { return nil }
            return Typed(type: .stepped(.lazy(base)), code: .value(site.receiver.value))
        }

    private static let lazyMembers: [StdlibMember] = [
        StdlibMember("func map<T>(_ transform: (Element) -> T) -> LazyMapSequence<Base, T>",
                     "`transform` of each element, called as the element is read.") { site in
            guard case .stepped(let base) = site.receiver.type else { return nil }
            let (code, result) = site.compiler.mapFunction(site.arguments[0], [base.element])
            guard !result.hasError else { return .invalid }
            let receiver = site.receiver.value
            return Typed(type: .stepped(.lazyMap(base.lazyBase, result)), code: .value { frame in
                let stepped = SteppedValue.of(try receiver(frame))
                guard case .function(let f) = try code(frame) else { return .none }
                return .native(SteppedValue.mapping(stepped, f))
            })
        },
        StdlibMember("func filter(_ isIncluded: (Element) -> Bool) -> LazyFilterSequence<Base>",
                     "The elements for which `isIncluded` is true, tested as they are read.") { site in
            guard case .stepped(let base) = site.receiver.type else { return nil }
            let test = site.compiler.compileFunctionArgument(site.arguments[0], [base.element], .bool)
            let receiver = site.receiver.value, location = site.location
            return Typed(type: .stepped(.lazyFilter(base.lazyBase)), code: .value { frame in
                let stepped = SteppedValue.of(try receiver(frame))
                guard case .function(let f) = try test(frame) else { return .none }
                return .native(SteppedValue.filtering(stepped, f, at: location))
            })
        },
    ]

    /// An iterator that is also a sequence is its own iterator.
    private static let ownIterator = StdlibMember("func makeIterator() -> Self", "The sequence itself: it is its own iterator.") { site in
        site.receiver.type.isIteratorSequence ? site.receiver : nil
    }

    private static let sequenceMembers: [StdlibMember] = [
        StdlibMember("func prefix(_ maxLength: Int) -> PrefixSequence<Self>", "The first `maxLength` elements, made as they are read.") { site in
            cut(site) { SteppedValue.prefix($0, $1) } type: { .prefix($0) }
        },
        StdlibMember("func dropFirst(_ k: Int) -> DropFirstSequence<Self>", "The elements after the first `k`.") { site in
            cut(site) { SteppedValue.dropFirst($0, $1) } type: { .dropFirst($0) }
        },
        StdlibMember("func dropFirst() -> DropFirstSequence<Self>", "The elements after the first.") { site in
            cut(site) { SteppedValue.dropFirst($0, $1) } type: { .dropFirst($0) }
        },
        scan("func prefix(while predicate: (Element) -> Bool) -> [Element]", "The elements before the first that fails `predicate`.",
             result: { .array($0) }) { stepped, predicate in
            var taken: [Value] = [], current = stepped
            while true {
                let (element, rest) = try current.next()
                if case .none = element { break }
                guard try predicate(element) else { break }
                taken.append(element)
                current = rest
            }
            return .array(taken)
        },
        scan("func first(where predicate: (Element) -> Bool) -> Element?", "The first element satisfying `predicate`.",
             result: { .optional($0) }) { stepped, predicate in
            try firstElement(of: stepped) { try predicate($0) } ?? .none
        },
        scan("func contains(where predicate: (Element) -> Bool) -> Bool", "Whether some element satisfies `predicate`.",
             result: { _ in .bool }) { stepped, predicate in
            .bool(try firstElement(of: stepped) { try predicate($0) } != nil)
        },
        scan("func allSatisfy(_ predicate: (Element) -> Bool) -> Bool", "Whether every element satisfies `predicate`.",
             result: { _ in .bool }) { stepped, predicate in
            .bool(try firstElement(of: stepped) { try !predicate($0) } == nil)
        },
        StdlibMember("func contains(_ element: Element) -> Bool where Element: Equatable", "Whether an element equals `element`.") { site in
            let element = element(site.receiver.type)
            guard element.isEquatable else { return site.cannotGenerate() }
            let needle = site.compiler.argumentValue(site.arguments[0], as: element)
            let receiver = site.receiver.value, equal = TypedEquality.comparer(for: element)
            return Typed(type: .bool, code: .bool { frame in
                let stepped = SteppedValue.of(try receiver(frame))
                let target = try needle(frame)
                return try firstElement(of: stepped) { try equal($0, target) } != nil
            })
        },
    ]

    /// The `Sequence` methods answered on the array of every element.
    private static let materializedNames: Set<String> = [
        "map", "compactMap", "flatMap", "filter", "forEach", "reduce", "joined", "reversed", "enumerated", "sorted", "min",
        "max", "starts", "elementsEqual", "shuffled",
    ]

    private static let materialized: [StdlibMember] = ArrayMembers.table.allMembers
        .filter { $0.kind == .method && materializedNames.contains($0.name) }
        .map { $0.viewed(declaration: $0.declaration, convert: Compiler.steppedElements) }

    /// `prefix(_:)` or `dropFirst(_:)`: a stepped value around the receiver's.
    private static func cut(_ site: ValueSite, _ make: @escaping @Sendable (SteppedValue, Int) -> SteppedValue,
                            type: (SteppedType) -> SteppedType) -> Typed? {
        guard case .stepped(let base) = site.receiver.type else { return nil }
        let count = site.arguments.isEmpty ? { _ in 1 } : site.compiler.intArgument(site.arguments[0])
        let receiver = site.receiver.value, location = site.location
        return Typed(type: .stepped(type(base)), code: .value { frame in
            let stepped = SteppedValue.of(try receiver(frame))
            let n = try count(frame)
            guard n >= 0 else {
                let what = site.name == "prefix" ? "Can't take a prefix of negative length from a sequence"
                                                 : "Can't drop a negative number of elements from a sequence"
                throw RuntimeError(message: "Fatal error: \(what)", location: location)
            }
            return .native(make(stepped, n))
        })
    }

    /// A member taking a predicate, run over the receiver's elements as `body` steps them.
    private static func scan(_ declaration: String, _ summary: String, result: @escaping @Sendable (CType) -> CType,
                             _ body: @escaping @Sendable (SteppedValue, (Value) throws -> Bool) throws -> Value) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let element = element(site.receiver.type)
            let test = site.compiler.compileFunctionArgument(site.arguments[0], [element], .bool)
            let receiver = site.receiver.value, location = site.location
            return Typed.fromValue(result(element)) { frame in
                let stepped = SteppedValue.of(try receiver(frame))
                guard case .function(let f) = try test(frame) else { return .none }
                var work = LongWork(at: location)
                return try body(stepped) { value in
                    try work.step()
                    return try f.call(value).boolValue
                }
            }
        }
    }

    /// The first element of `stepped` for which `test` holds; nil at the end.
    private static func firstElement(of stepped: SteppedValue, where test: (Value) throws -> Bool) throws -> Value? {
        var current = stepped
        while true {
            let (element, rest) = try current.next()
            if case .none = element { return nil }
            if try test(element) { return element }
            current = rest
        }
    }
}
