import Diagnostics

extension ArrayMembers {
    static let searches: [StdlibMember] = [
        StdlibMember("func contains(_ element: Element) -> Bool where Element: Equatable", "Whether an element equals `element`.") { site in
            let element = site.element
            guard element.isEquatable else { return site.requires("Equatable") }
            let needle = site.compiler.compileExpr(site.arguments[0].value, expected: element)
            let value = needle.value, array = site.value, equal = TypedEquality.comparer(for: element)
            let location = site.location
            return Typed(type: .bool, code: .bool { frame in
                let elements = try array(frame).arrayValue  // the receiver first, then the argument, as Swift
                let target = try value(frame)
                let found = try elements.contains { try equal($0, target) }
                try LongWork.after(count: elements.count, at: location)
                return found
            })
        },
        predicate("func contains(where predicate: (Element) -> Bool) -> Bool", "Whether some element satisfies `predicate`.",
                  result: { _ in .bool }) { elements, f in
            for value in elements where try f.call(value).boolValue { return .bool(true) }
            return .bool(false)
        },
        predicate("func allSatisfy(_ predicate: (Element) -> Bool) -> Bool", "Whether every element satisfies `predicate`.",
                  result: { _ in .bool }) { elements, f in
            for value in elements where try !f.call(value).boolValue { return .bool(false) }
            return .bool(true)
        },
        predicate("func first(where predicate: (Element) -> Bool) -> Element?", "The first element satisfying `predicate`.",
                  result: { .optional($0) }) { elements, f in
            for value in elements where try f.call(value).boolValue { return value }
            return .none
        },
        predicate("func last(where predicate: (Element) -> Bool) -> Element?", "The last element satisfying `predicate`.",
                  result: { .optional($0) }) { elements, f in
            for value in elements.reversed() where try f.call(value).boolValue { return value }
            return .none
        },
        predicate("func firstIndex(where predicate: (Element) -> Bool) -> Int?", "The position of the first element satisfying `predicate`.",
                  result: { _ in .optional(.int) }) { elements, f in
            for (index, value) in elements.enumerated() where try f.call(value).boolValue { return .int(index) }
            return .none
        },
        predicate("func lastIndex(where predicate: (Element) -> Bool) -> Int?", "The position of the last element satisfying `predicate`.",
                  result: { _ in .optional(.int) }) { elements, f in
            for (index, value) in elements.enumerated().reversed() where try f.call(value).boolValue { return .int(index) }
            return .none
        },
        predicate("func count(where predicate: (Element) -> Bool) -> Int", "How many elements satisfy `predicate`.",
                  result: { _ in .int }) { elements, f in
            var count = 0
            for value in elements where try f.call(value).boolValue { count += 1 }
            return .int(count)
        },
        StdlibMember("func firstIndex(of element: Element) -> Int? where Element: Equatable", "The position of the first element equal to `element`.") { site in
            indexOf(site, last: false)
        },
        StdlibMember("func lastIndex(of element: Element) -> Int? where Element: Equatable", "The position of the last element equal to `element`.") { site in
            indexOf(site, last: true)
        },
        StdlibMember("func starts(with possiblePrefix: [Element]) -> Bool where Element: Equatable", "Whether the array begins with `possiblePrefix`.") { site in
            compare(site) { mine, other, equal in try mine.starts(with: other, by: equal) }
        },
        StdlibMember("func elementsEqual(_ other: [Element]) -> Bool where Element: Equatable", "Whether both hold equal elements in the same order.") { site in
            compare(site) { mine, other, equal in try mine.elementsEqual(other, by: equal) }
        },
    ]

    /// A member taking one `(Element) -> Bool` closure; `scan` runs over the elements at run time.
    static func predicate(_ declaration: String, _ summary: String, result: @escaping @Sendable (CType) -> CType,
                          scan: @escaping @Sendable ([Value], FunctionValue) throws -> Value) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)
            let array = site.value
            return Typed.fromValue(result(site.element)) { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame) else { return .void }
                return try scan(elements, f)
            }
        }
    }

    static func indexOf(_ site: ValueSite, last: Bool) -> Typed? {
        guard site.element.isEquatable else { return site.requires("Equatable") }
        let value = site.argument(0, as: site.element)
        let array = site.value, equal = TypedEquality.comparer(for: site.element), location = site.location
        return Typed(type: .optional(.int), code: .value { frame in
            let elements = try array(frame).arrayValue  // the receiver first, then the argument, as Swift
            let target = try value(frame)
            let found = try last ? elements.lastIndex { try equal($0, target) }
                                 : elements.firstIndex { try equal($0, target) }
            try LongWork.after(count: elements.count, at: location)
            return found.map(Value.int) ?? .none
        })
    }

    /// `starts(with:)`, `elementsEqual(_:)`: `test` gets both arrays and the elements' `==` (a declared one runs user code).
    static func compare(_ site: ValueSite,
                        _ test: @escaping @Sendable ([Value], [Value], (Value, Value) throws -> Bool) throws -> Bool) -> Typed? {
        guard site.element.isEquatable else { return site.requires("Equatable") }
        let other = site.argument(0, as: .array(site.element)), array = site.value
        let equal = TypedEquality.comparer(for: site.element), location = site.location
        return Typed(type: .bool, code: .bool { frame in
            let mine = try array(frame).arrayValue, theirs = try other(frame).arrayValue
            let result = try test(mine, theirs, equal)
            try LongWork.after(count: min(mine.count, theirs.count), at: location)
            return result
        })
    }

    static let orderings: [StdlibMember] = [
        StdlibMember("func sorted() -> [Element] where Element: Comparable", "The elements in increasing order (Comparable elements).") { site in
            let element = site.element, location = site.location
            guard let less = site.compiler.lessThan(element, at: location, missing: .sequenceMethodRequires(method: "sorted()", element: element, protocolName: "Comparable")) else { return .invalid }
            let array = site.value
            return Typed(type: .array(site.element), code: .value { frame in
                var elements = try array(frame).arrayValue
                if try !NativeSort.sort(&elements, element, at: location) { try sortThrowing(&elements, at: location, by: less) }
                return .array(elements)
            })
        },
        StdlibMember("func sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]",
                     "The elements ordered by `areInIncreasingOrder`.") { site in
            let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element, site.element], .bool)
            let array = site.value, location = site.location
            return Typed(type: .array(site.element), code: .value { frame in
                var elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame) else { return .void }
                try sortThrowing(&elements, at: location) { try f.call($0, $1).boolValue }
                return .array(elements)
            })
        },
        StdlibMember("func min() -> Element? where Element: Comparable", "The smallest element (Comparable elements).") { site in extreme(site, min: true) },
        StdlibMember("func max() -> Element? where Element: Comparable", "The largest element (Comparable elements).") { site in extreme(site, min: false) },
        StdlibMember("func min(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?",
                     "The smallest element by `areInIncreasingOrder` (the first of equals).") { site in extreme(by: site, min: true) },
        StdlibMember("func max(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?",
                     "The largest element by `areInIncreasingOrder` (the last of equals).") { site in extreme(by: site, min: false) },
    ]

    static func extreme(_ site: ValueSite, min isMin: Bool) -> Typed? {
        guard let less = site.compiler.lessThan(site.element, at: site.location,
                                                  missing: .sequenceMethodRequires(method: isMin ? "min()" : "max()", element: site.element, protocolName: "Comparable")) else { return .invalid }
        let array = site.value, location = site.location
        return Typed(type: .optional(site.element), code: .value { frame in
            let elements = try array(frame).arrayValue
            let found = try isMin ? elements.min(by: less) : elements.max(by: less)
            try LongWork.after(count: elements.count, at: location)
            return found ?? .none
        })
    }

    static func extreme(by site: ValueSite, min isMin: Bool) -> Typed? {
        let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element, site.element], .bool)
        let array = site.value
        return Typed(type: .optional(site.element), code: .value { frame in
            let elements = try array(frame).arrayValue
            guard case .function(let f) = try predicate(frame), var best = elements.first else { return .none }
            for value in elements.dropFirst() {
                // Same tie rules as Swift.
                if isMin {
                    if try f.call(value, best).boolValue { best = value }
                } else if try f.call(best, value).boolValue {
                    best = value
                }
            }
            return best
        })
    }

    static let slices: [StdlibMember] = [
        slice("func prefix(_ maxLength: Int) -> ArraySlice<Element>", "The first `maxLength` elements (fewer when shorter).") { Array($0.prefix($1)) },
        slice("func suffix(_ maxLength: Int) -> ArraySlice<Element>", "The last `maxLength` elements (fewer when shorter).", tail: true, sequence: true) { Array($0.suffix($1)) },
        slice("func dropFirst(_ k: Int) -> ArraySlice<Element>", "All but the first `k` elements.", tail: true) { Array($0.dropFirst($1)) },
        slice("func dropLast(_ k: Int) -> ArraySlice<Element>", "All but the last `k` elements.", sequence: true) { Array($0.dropLast($1)) },
        slice("func dropFirst() -> ArraySlice<Element>", "All but the first element.", tail: true) { Array($0.dropFirst($1)) },
        slice("func dropLast() -> ArraySlice<Element>", "All but the last element.", sequence: true) { Array($0.dropLast($1)) },
    ]

    /// `prefix`, `suffix`, `dropFirst`, `dropLast`: a count argument (1 when absent) that must not be negative; the
    /// slice starts where its elements are in the receiver's base (after the dropped ones when `tail`). Where an
    /// array is expected, Sequence's `suffix` and `dropLast` (`sequence`) give one (`let a: [Int] = xs.dropLast()`).
    static func slice(_ declaration: String, _ summary: String, tail: Bool = false, sequence: Bool = false,
                      _ take: @escaping @Sendable ([Value], Int) -> [Value]) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            if sequence, site.expected == .array(site.element), !site.element.hasError {
                return sequenceArray(site, take)
            }
            let count = site.arguments.isEmpty ? { _ in 1 } : site.compiler.intArgument(site.arguments[0])
            let array = site.receiver.value, location = site.location
            return Typed(type: .arraySlice(site.element), code: .value { frame in
                let (elements, start) = SliceValue.parts(try array(frame))
                let n = try count(frame)
                guard n >= 0 else {
                    throw RuntimeError(message: "Can't take a prefix or suffix of negative length from a collection",
                                       location: location)
                }
                let taken = take(elements, n)
                return SliceValue.make(taken, start: start + (tail ? elements.count - taken.count : 0))
            })
        }
    }

    /// Sequence's `suffix(_:)` or `dropLast(_:)`: the elements as an array.
    private static func sequenceArray(_ site: ValueSite, _ take: @escaping @Sendable ([Value], Int) -> [Value]) -> Typed {
        let count = site.arguments.isEmpty ? { _ in 1 } : site.compiler.intArgument(site.arguments[0])
        let array = site.value, location = site.location
        return Typed(type: .array(site.element), code: .value { frame in
            let elements = try array(frame).arrayValue
            let n = try count(frame)
            guard n >= 0 else {
                throw RuntimeError(message: "Can't take a prefix or suffix of negative length from a collection",
                                   location: location)
            }
            return .array(take(elements, n))
        })
    }
}
