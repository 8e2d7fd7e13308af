/// What a direct call does with its arguments, gathered while they are compiled: the stores into the callee's frame
/// (chained into one closure: closures kept in an Array are called through reabstraction thunks, with extra retains,
/// on every call), the write-backs of its `inout` arguments and the globals it lends.
final class ArgumentStores {
    /// A store from the caller's frame into the callee's.
    typealias Store = (Frame, Frame) throws -> Void

    /// Every store so far, chained; nil when there is none.
    private(set) var chained: Store?
    /// The copies back of `inout` arguments after the call.
    var writeBacks: [StoreBackBox] = []
    /// The globals lent to `inout` parameters for the call.
    var lentStates: [LentGlobal] = []

    /// Appends a store, run after the ones before it.
    func add(_ next: @escaping Store) {
        if let previous = chained {
            chained = { caller, callee in
                try previous(caller, callee)
                try next(caller, callee)
            }
        } else {
            chained = next
        }
    }

    /// All the stores as one closure (doing nothing when there is none).
    var all: Store { chained ?? { _, _ in } }
}
