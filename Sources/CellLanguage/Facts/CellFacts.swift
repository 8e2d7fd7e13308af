/// What a cell does to the notebook's shared (top-level) state, found statically when it is compiled.
///
/// The sets are conservative: a name a cell might read is in `reads`, a name whose value it might change is in
/// `writes`. Later layers (incremental re-runs, caches, live pages) use them to decide which cells depend on which;
/// an over-approximation costs re-runs, never a wrong result.
public struct CellFacts: Sendable, Hashable, Codable {
    /// Top-level names the cell declares (variables, constants, functions, types).
    public var declares: Set<String>
    /// Top-level names the cell may read, directly or through the functions, closures and types it uses.
    public var reads: Set<String>
    /// Top-level names whose value the cell may change: its declarations, assignments, compound assignments,
    /// mutating methods, `inout` arguments, calls that may mutate a reference-typed global, and every global that
    /// may share an object with one of those.
    public var writes: Set<String>
    /// The names of the controls the cell calls (`slider("slope", …)` gives `slope`).
    public var controls: Set<String>
    /// Whether the cell shows a figure or other display output (`show(…)`).
    public var draws: Bool
    /// Whether the cell calls `courseText()`.
    public var readsCourseText: Bool
    /// Whether the cell draws random numbers (the `Random` type, a `seed:` argument, sampling or shuffling).
    public var usesRandomness: Bool

    /// Creates facts; every set empty and every flag off by default.
    public init(declares: Set<String> = [], reads: Set<String> = [], writes: Set<String> = [],
                controls: Set<String> = [], draws: Bool = false, readsCourseText: Bool = false,
                usesRandomness: Bool = false) {
        self.declares = declares
        self.reads = reads
        self.writes = writes
        self.controls = controls
        self.draws = draws
        self.readsCourseText = readsCourseText
        self.usesRandomness = usesRandomness
    }
}
