/// `ArraySlice<Element>`: what `prefix`, `suffix`, `dropFirst`, `dropLast` and range subscripts of an array give.
///
/// A slice keeps its base's indices, as in Swift (`[10, 20, 30].dropFirst()[1]` is 20, its `startIndex` 1; see
/// `SliceValue`): the members that give indices (`startIndex`, `endIndex`, `indices`, `firstIndex`, `lastIndex`)
/// give the base's. The mutating members are not offered on it: they are refused at their position. Every other
/// member is the array's, on the same elements, with the same results as Swift's.
enum ArraySliceMembers {
    /// The members of an array whose results do not depend on indices and that do not mutate, and the index ones.
    static let table = StdlibTable(
        "ArraySlice",
        about: "`ArraySlice<Element>` (`xs.dropFirst()`, `xs[1...]`): the array's reading members; its indices are "
            + "its base array's (`xs[2...4].startIndex` is 2); convert with `Array(…)` to index it from 0.",
        members: ArrayMembers.table.members.filter(isOffered) + indexMembers)

    /// The array members whose slice versions give the base's indices.
    static let indexNames: Set<String> = ["firstIndex", "lastIndex", "indices", "startIndex", "endIndex"]

    private static func isOffered(_ member: StdlibMember) -> Bool {
        member.kind != .mutatingMethod && !indexNames.contains(member.name)
    }

    /// The members that give indices of the slice's base.
    static let indexMembers: [StdlibMember] = [
        StdlibMember("var startIndex: Int", "The index of the first element in the base array.") { site in
            bounds(site) { start, _ in .int(start) }
        },
        StdlibMember("var endIndex: Int", "The index after the last element in the base array.") { site in
            bounds(site) { start, count in .int(start + count) }
        },
        StdlibMember("var indices: Range<Int>", "The valid subscripts, `startIndex..<endIndex`.") { site in
            bounds(site, type: .range) { start, count in .range(start, start + count, closed: false) }
        },
        StdlibMember("func firstIndex(of element: Element) -> Int? where Element: Equatable",
                     "The index of the first element equal to `element`.") { site in indexOf(site, last: false) },
        StdlibMember("func lastIndex(of element: Element) -> Int? where Element: Equatable",
                     "The index of the last element equal to `element`.") { site in indexOf(site, last: true) },
        StdlibMember("func firstIndex(where predicate: (Element) -> Bool) -> Int?",
                     "The index of the first element satisfying `predicate`.") { site in indexWhere(site, last: false) },
        StdlibMember("func lastIndex(where predicate: (Element) -> Bool) -> Int?",
                     "The index of the last element satisfying `predicate`.") { site in indexWhere(site, last: true) },
    ]

    /// A property computed from the slice's start index and count.
    private static func bounds(_ site: ValueSite, type: CType = .int,
                               _ make: @escaping @Sendable (Int, Int) -> Value) -> Typed {
        let slice = site.receiver.value
        return Typed.fromValue(type) { frame in
            let (elements, start) = SliceValue.parts(try slice(frame))
            return make(start, elements.count)
        }
    }

    /// `firstIndex(of:)`, `lastIndex(of:)`: the base index of an element equal to the argument.
    private static func indexOf(_ site: ValueSite, last: Bool) -> Typed? {
        guard site.element.isEquatable else { return site.cannotGenerate() }
        let slice = site.receiver.value, value = site.argument(0, as: site.element)
        let equal = TypedEquality.comparer(for: site.element), location = site.location
        return Typed(type: .optional(.int), code: .value { frame in
            let (elements, start) = SliceValue.parts(try slice(frame))
            let target = try value(frame)
            let found = try last ? elements.lastIndex { try equal($0, target) } : elements.firstIndex { try equal($0, target) }
            try LongWork.after(count: elements.count, at: location)
            return found.map { .int(start + $0) } ?? .none
        })
    }

    /// `firstIndex(where:)`, `lastIndex(where:)`: the base index of an element satisfying the predicate.
    private static func indexWhere(_ site: ValueSite, last: Bool) -> Typed {
        let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)
        let slice = site.receiver.value
        return Typed(type: .optional(.int), code: .value { frame in
            let (elements, start) = SliceValue.parts(try slice(frame))
            guard case .function(let f) = try predicate(frame) else { return .none }
            let offsets = last ? Array(elements.indices.reversed()) : Array(elements.indices)
            for offset in offsets where try f.call(elements[offset]).boolValue { return .int(start + offset) }
            return .none
        })
    }
}
