import Diagnostics

/// `prefix(while:)`, `drop(while:)` (slices that keep their base's indices) and `removeFirst(_:)`, `removeLast(_:)`
/// of `[Element]`.
enum ArrayPredicateMembers {
    static let members: [StdlibMember] = [
        StdlibMember("func prefix(while predicate: (Element) -> Bool) -> ArraySlice<Element>",
                     "The leading elements that satisfy `predicate`.") { site in
            whileSlice(site, keepsPrefix: true)
        },
        StdlibMember("func drop(while predicate: (Element) -> Bool) -> ArraySlice<Element>",
                     "The elements after the leading ones that satisfy `predicate`.") { site in
            whileSlice(site, keepsPrefix: false)
        },
        .mutating("mutating func removeFirst(_ k: Int)", "Removes the first `k` elements (an error when there are fewer).") { site in
            removeEnd(site, first: true)
        },
        .mutating("mutating func removeLast(_ k: Int)", "Removes the last `k` elements (an error when there are fewer).") { site in
            removeEnd(site, first: false)
        },
    ]

    /// The leading run of elements `predicate` accepts (`keepsPrefix`), or what follows it, as a slice of the base.
    private static func whileSlice(_ site: ValueSite, keepsPrefix: Bool) -> Typed {
        let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)
        let array = site.receiver.value
        return Typed(type: .arraySlice(site.element), code: .value { frame in
            let (elements, start) = SliceValue.parts(try array(frame))
            guard case .function(let accepts) = try predicate(frame) else { return .void }
            var count = 0
            while count < elements.count, try accepts.call(elements[count]).boolValue { count += 1 }
            if keepsPrefix { return SliceValue.make(Array(elements[..<count]), start: start) }
            return SliceValue.make(Array(elements[count...]), start: start + count)
        })
    }

    /// `removeFirst(k)` or `removeLast(k)`, with Swift's checks of `k`.
    private static func removeEnd(_ site: PlaceSite, first: Bool) -> Typed {
        let location = site.location
        return ArrayMutatingMembers.mutate(site, .void, [site.argument(0, as: .int)]) { values, elements in
            let k = values[0].intValue
            guard k >= 0 else { throw RuntimeError(message: "Number of elements to remove should be non-negative", location: location) }
            guard k <= elements.count else {
                throw RuntimeError(message: "Can't remove more items from a collection than it \(first ? "has" : "contains")",
                                   location: location)
            }
            if first { elements.removeFirst(k) } else { elements.removeLast(k) }
            return .void
        }
    }
}
