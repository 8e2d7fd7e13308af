/// Whether a global variable is lent at the moment, to a function as an `inout` argument or to a mutating method
/// as its `self`: the accesses to it compiled in function bodies check it, as Swift's exclusivity check does.
final class LentGlobal {
    /// How many calls hold the global now.
    var depth = 0

    /// Swift's exclusivity error for an access to the global `name` while it is lent.
    static func message(_ name: String) -> String {
        "simultaneous accesses to '\(name)', but modification requires exclusive access"
    }
}
