extension CType {
    /// Whether the type is a stepped sequence that is its own iterator (`makeIterator()` gives it back).
    var isIteratorSequence: Bool {
        guard case .stepped(let stepped) = self else { return false }
        return stepped.isIterator && stepped.isSequence
    }
}

/// The static type of a standard-library sequence or iterator the interpreter runs one element at a time
/// (`CType.stepped`): an unfolding sequence, a prefix or a tail of one, or a collection's iterator.
public indirect enum SteppedType: Hashable, Sendable, CustomStringConvertible {
    /// `UnfoldSequence<Element, State>`: `sequence(state:next:)`, and `sequence(first:next:)` with the state
    /// `(Element?, Bool)` (Swift's `UnfoldFirstSequence<Element>`); its own iterator.
    case unfold(CType, state: CType)
    /// `PrefixSequence<Base>`: `base.prefix(n)`.
    case prefix(SteppedType)
    /// `DropFirstSequence<Base>`: `base.dropFirst(n)`.
    case dropFirst(SteppedType)
    /// A collection's iterator (`xs.makeIterator()`): `IndexingIterator<[Int]>`, `String.Iterator`, ...
    case iterator(CType)
    /// `AnyIterator<Element>`: `AnyIterator { … }`, its closure called for each element (copies share it).
    case anyIterator(CType)
    /// `PartialRangeFrom<Int>` (`a...`) seen as the sequence of the Ints from `a` up.
    case countingFrom
    /// `LazySequence<Base>`: `base.lazy`, whose `map` and `filter` are lazy too.
    case lazy(SteppedType)
    /// `LazyMapSequence<Base, Element>`: `base.lazy.map(f)`.
    case lazyMap(SteppedType, CType)
    /// `LazyFilterSequence<Base>`: `base.lazy.filter(f)`.
    case lazyFilter(SteppedType)

    /// The type of the elements.
    public var element: CType {
        switch self {
        case .unfold(let element, _): return element
        case .prefix(let base), .dropFirst(let base), .lazy(let base), .lazyFilter(let base): return base.element
        case .iterator(let collection): return SteppedType.iteratedElement(of: collection) ?? .error
        case .lazyMap(_, let element), .anyIterator(let element): return element
        case .countingFrom: return .int
        }
    }

    /// Whether it is an iterator (it has a mutating `next()`), not only a sequence.
    public var isIterator: Bool {
        switch self {
        case .unfold, .iterator, .anyIterator: return true
        case .prefix, .dropFirst, .lazy, .lazyMap, .lazyFilter, .countingFrom: return false
        }
    }

    /// Whether it conforms to `Sequence` (a `for` loop may iterate it): all but the iterators of strings, sets and
    /// dictionaries.
    public var isSequence: Bool {
        switch self {
        case .iterator(.string), .iterator(.set), .iterator(.dictionary): return false
        default: return true
        }
    }

    /// Whether stepping it runs cell code (the closure of an unfolding sequence).
    var runsCode: Bool {
        switch self {
        case .unfold, .lazyMap, .lazyFilter, .anyIterator: return true
        case .prefix(let base), .dropFirst(let base), .lazy(let base): return base.runsCode
        case .iterator, .countingFrom: return false
        }
    }

    /// Whether its `map` and `filter` are lazy (`LazySequenceProtocol`): a lazy sequence, or a prefix or tail of one.
    var isLazy: Bool {
        switch self {
        case .lazy, .lazyMap, .lazyFilter: return true
        case .prefix(let base), .dropFirst(let base): return base.isLazy
        case .unfold, .iterator, .anyIterator, .countingFrom: return false
        }
    }

    /// The base a lazy `map` or `filter` wraps: `LazySequence<Base>` unwrapped to `Base`, as Swift's are.
    var lazyBase: SteppedType {
        if case .lazy(let base) = self { return base }
        return self
    }

    /// The element type of the collections `makeIterator()` is provided on; nil for other types.
    static func iteratedElement(of collection: CType) -> CType? {
        switch collection {
        case .array(let element), .set(let element), .arraySlice(let element): return element
        case .range, .closedRange: return .int
        case .string: return .character
        case .dictionary(let key, let value):
            return .tuple([TupleElement(label: "key", type: key), TupleElement(label: "value", type: value)])
        default: return nil
        }
    }

    /// The type as swiftc spells it in messages.
    public var description: String { name(spelling: \.description, runtime: false) }

    /// The type as Swift's runtime prints it (`type(of:)`), its generic arguments spelled by `runtimeName`.
    func runtimeName(_ runtimeName: (CType) -> String) -> String { name(spelling: runtimeName, runtime: true) }

    /// The type's name, its type arguments spelled by `spelling`; a nested `Iterator` is named alone at run time.
    private func name(spelling: (CType) -> String, runtime: Bool) -> String {
        switch self {
        case .unfold(let element, let state): return "UnfoldSequence<\(spelling(element)), \(spelling(state))>"
        case .prefix(let base): return "PrefixSequence<\(base.name(spelling: spelling, runtime: runtime))>"
        case .dropFirst(let base): return "DropFirstSequence<\(base.name(spelling: spelling, runtime: runtime))>"
        case .lazy(let base): return "LazySequence<\(base.name(spelling: spelling, runtime: runtime))>"
        case .lazyMap(let base, let element):
            return "LazyMapSequence<\(base.name(spelling: spelling, runtime: runtime)), \(spelling(element))>"
        case .lazyFilter(let base): return "LazyFilterSequence<\(base.name(spelling: spelling, runtime: runtime))>"
        case .anyIterator(let element): return "AnyIterator<\(spelling(element))>"
        case .countingFrom: return "PartialRangeFrom<Int>"
        case .iterator(let collection):
            switch collection {
            case .string where runtime, .dictionary where runtime, .set where runtime: return "Iterator"
            case .string: return "String.Iterator"
            case .dictionary(let key, let value): return "Dictionary<\(key), \(value)>.Iterator"
            case .set: return "\(collection).Iterator"
            default: return "IndexingIterator<\(spelling(collection))>"
            }
        }
    }

    /// The state `sequence(first:next:)` unfolds with: the next value and whether it is the first.
    static func firstState(_ element: CType) -> CType {
        .tuple([TupleElement(label: nil, type: .optional(element)), TupleElement(label: nil, type: .bool)])
    }
}
