/// `ArraySlice<Element>`: what `prefix`, `suffix`, `dropFirst`, `dropLast` and range subscripts of an array give.
///
/// Swift's slice keeps its base's indices (`[10, 20, 30].dropFirst()[1]` is 20, its `startIndex` 1); the interpreter
/// holds a slice as the array of its elements, so the members that take or give indices (`firstIndex`, `lastIndex`,
/// `indices`, subscripts by position) and the mutating ones are not offered on it: they are refused at their
/// position (`Array(slice)` gives an array, indexed from 0, as in Swift). Every other member is the array's, on the
/// same elements, with the same results as Swift's.
enum ArraySliceMembers {
    /// The members of an array whose results do not depend on indices and that do not mutate.
    static let table = StdlibTable(
        "ArraySlice",
        about: "`ArraySlice<Element>` (`xs.dropFirst()`, `xs[1...]`): the array's reading members, except those that "
            + "take or give indices (`firstIndex`, `lastIndex`, `indices`, subscripts by position); convert with "
            + "`Array(…)` to index it from 0.",
        members: ArrayMembers.table.members.filter(isOffered))

    /// The members refused on a slice, for the message that says why.
    static let indexMembers: Set<String> = ["firstIndex", "lastIndex", "indices"]

    private static func isOffered(_ member: StdlibMember) -> Bool {
        member.kind != .mutatingMethod && !indexMembers.contains(member.name)
    }
}
