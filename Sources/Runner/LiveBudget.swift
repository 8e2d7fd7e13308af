/// How much work a live page may do at render time; over it, a group holds a documented subset of its states, and
/// the re-run command covers the rest.
public struct LiveBudget: Hashable, Sendable {
    /// The most states one group of cells may hold.
    public var maxStates: Int
    /// The estimated cell time, in CPU seconds, all groups together may spend (each state costs the CPU time its
    /// cells' thread took in the run itself).
    public var cpuSeconds: Double
    /// A cell whose thread took more CPU seconds than this in the run is not recomputed per state unless it says
    /// `//| live: true`.
    public var slowCellSeconds: Double
    /// Wall-clock seconds after which the states still being computed are abandoned (their cells stay static).
    public var timeoutSeconds: Double

    /// The default budget: 20,000 states per group, 60 CPU seconds, cells under one second, two minutes.
    ///
    /// The count limit decides in the same way on every machine; the time limits are meant to be far from what a
    /// lesson's quick cells cost, so the page comes out the same from run to run — a cell whose time is near a limit
    /// may fall either side of it on different machines (or builds: a debug build is several times slower).
    public init(maxStates: Int = 20_000, cpuSeconds: Double = 60, slowCellSeconds: Double = 1, timeoutSeconds: Double = 120) {
        self.maxStates = maxStates
        self.cpuSeconds = cpuSeconds
        self.slowCellSeconds = slowCellSeconds
        self.timeoutSeconds = timeoutSeconds
    }
}
