/// The named members the standard library's (and Foundation's) protocols give a conforming type or a type parameter
/// constrained to them, as Swift declares them (requirements and protocol extensions, operators left out): what the
/// type checker needs to be certain that a member is missing (`TypeChecker.certainlyLacksMember`). A protocol not
/// listed here may give any member: nothing is reported on a type that conforms to it.
enum LibraryProtocolMembers {
    /// The instance members of a sequence (`Sequence` and its extensions, including Foundation's and the string
    /// processing module's), beyond those of the array table.
    private static let sequence: Set<String> = [
        "makeIterator", "underestimatedCount", "withContiguousStorageIfAvailable", "map", "filter", "forEach", "first",
        "min", "max", "starts", "elementsEqual", "lexicographicallyPrecedes", "contains", "allSatisfy", "reduce",
        "reversed", "flatMap", "compactMap", "sorted", "enumerated", "prefix", "dropFirst", "dropLast", "drop", "suffix",
        "split", "joined", "lazy", "shuffled", "count", "formatted", "publisher",
    ]

    /// The instance members a collection adds to a sequence's (`Collection`, `BidirectionalCollection`,
    /// `RandomAccessCollection`, `MutableCollection`, `RangeReplaceableCollection` and their extensions).
    private static let collection: Set<String> = [
        "startIndex", "endIndex", "indices", "index", "distance", "formIndex", "count", "isEmpty", "first", "last",
        "firstIndex", "lastIndex", "randomElement", "popFirst", "popLast", "removeFirst", "removeLast", "removeAll",
        "remove", "insert", "append", "replaceSubrange", "reserveCapacity", "trimmingPrefix", "firstRange", "ranges",
        "difference", "applying", "removeSubranges", "moveSubranges", "partition", "swapAt", "sort", "reverse",
        "shuffle", "wholeMatch", "prefixMatch", "firstMatch", "matches", "replacing", "replace", "trimPrefix",
        "withContiguousMutableStorageIfAvailable", "subranges",
    ]

    /// The instance members of each listed protocol.
    private static let instanceMembers: [String: Set<String>] = [
        "Equatable": [], "Comparable": [], "AdditiveArithmetic": [], "Sendable": [], "AnyObject": [],
        "Hashable": ["hashValue", "hash"],
        "CustomStringConvertible": ["description"], "CustomDebugStringConvertible": ["debugDescription"],
        "LosslessStringConvertible": ["description"],
        "Error": ["localizedDescription"],
        "Identifiable": ["id"],
        "RawRepresentable": ["rawValue"],
        "CaseIterable": [],
        "IteratorProtocol": ["next"],
        "RandomNumberGenerator": ["next"],
        "Numeric": ["magnitude"], "SignedNumeric": ["magnitude", "negate"],
        "Strideable": ["distance", "advanced"],
        "Sequence": sequence, "Collection": sequence.union(collection),
    ]

    /// The static members of each listed protocol.
    private static let staticMembers: [String: Set<String>] = [
        "CaseIterable": ["allCases"], "AdditiveArithmetic": ["zero"], "Numeric": ["zero"], "SignedNumeric": ["zero"],
    ]

    /// The names of the members (instance and static) `proto` gives a conforming type; nil when nbrun does not list
    /// the protocol (it may give any member).
    static func names(of proto: String) -> Set<String>? {
        guard var names = instanceMembers[proto] else { return nil }
        if proto == "Sequence" || proto == "Collection" { names.formUnion(arrayNames) }
        return names.union(staticMembers[proto] ?? [])
    }

    /// Every name any listed protocol gives (instance and static).
    static let allNames: Set<String> = Set(instanceMembers.values.joined()).union(staticMembers.values.joined()).union(arrayNames)

    /// The names of the array table's members (a sequence's members nbrun runs are among them).
    private static let arrayNames = Set(ArrayMembers.table.allMembers.map(\.name))
}
