import Diagnostics

/// `split(separator:)`, `split(whereSeparator:)`, `lexicographicallyPrecedes(_:)` and `insert(contentsOf:at:)` of `[Element]`, as Swift's
/// `Collection`, `Sequence` and `RangeReplaceableCollection` give them.
enum ArraySequenceMembers {
    static let members: [StdlibMember] = [
        StdlibMember("func split(separator: Element) -> [ArraySlice<Element>] where Element: Equatable",
                     "The pieces between separators, as slices keeping their base's indices; empty pieces dropped.") { site in
            let element = site.element
            guard element.isEquatable else { return site.cannotGenerate() }
            let separator = site.argument(0, as: element), equal = TypedEquality.comparer(for: element)
            return split(site) { frame in
                let target = try separator(frame)
                return { try equal($0, target) }
            }
        },
        StdlibMember("func split(whereSeparator isSeparator: (Element) -> Bool) -> [ArraySlice<Element>]",
                     "The pieces between the elements `isSeparator` picks, as slices keeping their base's indices; empty "
                        + "pieces dropped.") { site in
            let test = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)
            return split(site) { frame in
                guard case .function(let isSeparator) = try test(frame) else { return { _ in false } }
                return { try isSeparator.call($0).boolValue }
            }
        },
        StdlibMember("func lexicographicallyPrecedes(_ other: [Element]) -> Bool where Element: Comparable",
                     "Whether the elements come before `other`'s in dictionary order (by `<`, element by element).") { site in
            let element = site.element, location = site.location
            guard let less = site.compiler.lessThan(element, at: location) else { return .invalid }
            let other = site.argument(0, as: .array(element)), array = site.value
            return Typed(type: .bool, code: .bool { frame in
                let first = try array(frame).arrayValue, second = try other(frame).arrayValue
                try LongWork.after(count: min(first.count, second.count), at: location)
                for (a, b) in zip(first, second) {
                    if try less(a, b) { return true }
                    if try less(b, a) { return false }
                }
                return first.count < second.count
            })
        },
        .mutating("mutating func insert(contentsOf newElements: [Element], at i: Int)",
                  "Inserts the elements of `newElements` before position `i`.") { site in
            let location = site.location
            return ArrayMutatingMembers.mutate(site, .void, [site.sequenceArgument(0), ArrayMutatingMembers.index(site, 1)]) { values, elements in
                let more = values[0].arrayValue, i = values[1].intValue
                guard i >= 0 && i <= elements.count else { throw RuntimeError(message: "Array index is out of range", location: location) }
                try AllocationLimit.checkGrowth(from: elements.count, to: elements.count &+ more.count, at: location)
                elements.insert(contentsOf: more, at: i)
                return .void
            }
        },
    ]

    /// The receiver's pieces between the elements the test made by `separator` (evaluated after the receiver) picks.
    private static func split(_ site: ValueSite,
                              separator: @escaping (Frame) throws -> (Value) throws -> Bool) -> Typed {
        let array = site.receiver.value, location = site.location
        return Typed(type: .array(.arraySlice(site.element)), code: .value { frame in
            let (elements, start) = SliceValue.parts(try array(frame))
            let isSeparator = try separator(frame)
            var pieces: [Value] = [], pieceStart = 0
            var work = LongWork(count: elements.count, at: location)
            for index in 0...elements.count {
                try work.step()
                if index < elements.count, try !isSeparator(elements[index]) { continue }
                if index > pieceStart { pieces.append(SliceValue.make(Array(elements[pieceStart..<index]), start: start + pieceStart)) }
                pieceStart = index + 1
            }
            return .array(pieces)
        })
    }
}
