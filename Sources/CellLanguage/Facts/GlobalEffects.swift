/// The top-level names that using a name may read or write beyond its own value: a function's body, a type's
/// members, the closures a variable holds.
struct GlobalEffects: Hashable {
    /// Globals possibly read.
    var reads: Set<String> = []
    /// Globals possibly written.
    var writes: Set<String> = []

    /// Adds another set of effects to these.
    mutating func formUnion(_ other: GlobalEffects) {
        reads.formUnion(other.reads)
        writes.formUnion(other.writes)
    }
}
