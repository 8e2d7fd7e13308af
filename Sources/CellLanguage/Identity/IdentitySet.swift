/// A set of objects by identity that retains its members (see `ObjectKey`): membership is never reported for
/// another object that happens to reuse a freed member's address.
struct IdentitySet<Element: AnyObject> {
    private var storage: Set<ObjectKey>

    init() {
        storage = []
    }

    init<S: Sequence>(_ members: S) where S.Element == Element {
        storage = Set(members.lazy.map { ObjectKey($0) })
    }

    /// Whether `member` is in the set.
    func contains(_ member: Element) -> Bool {
        storage.contains(ObjectKey(member))
    }

    /// Adds `member`; `inserted` is false when it was already there.
    @discardableResult
    mutating func insert(_ member: Element) -> (inserted: Bool, memberAfterInsert: Element) {
        let (inserted, key) = storage.insert(ObjectKey(member))
        return (inserted, unsafeDowncast(key.object, to: Element.self))
    }

    /// Removes `member`, returning it if it was there.
    @discardableResult
    mutating func remove(_ member: Element) -> Element? {
        storage.remove(ObjectKey(member)).map { unsafeDowncast($0.object, to: Element.self) }
    }

    var isEmpty: Bool { storage.isEmpty }
    var count: Int { storage.count }
}

extension IdentitySet: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension IdentitySet: Sequence {
    /// The members, in no particular order.
    func makeIterator() -> LazyMapSequence<Set<ObjectKey>, Element>.Iterator {
        storage.lazy.map { unsafeDowncast($0.object, to: Element.self) }.makeIterator()
    }
}
