/// Limits that keep a runaway cell from hanging or flooding the notebook.
public struct ExecutionLimits: Sendable, Hashable {
    /// Wall-clock seconds a cell may run before it is stopped with `cell timed out after N s`.
    public var timeoutSeconds: Double
    /// Maximum nesting of function calls before `call depth exceeded` (catches runaway recursion).
    public var maxCallDepth: Int
    /// Maximum bytes of text output kept per cell; text past it is dropped (the cell keeps running) and the
    /// cell's outputs end with a `.truncated` notice.
    public var maxOutputBytes: Int
    /// Maximum lines of text output kept per cell; lines past it are dropped like bytes past `maxOutputBytes`.
    public var maxOutputLines: Int
    /// Most bytes of memory the whole run may hold (the process's resident memory, all cells together); a cell that
    /// would pass it stops with `memory limit exceeded`. Default: 4 GiB.
    public var maxMemoryBytes: Int

    /// The default memory budget of a run: 4 GiB.
    public static let defaultMemoryBytes = 4 << 30

    /// Creates limits; the defaults suit lessons (60 s, 10 000 calls deep, 1 MB / 10 000 lines of output, 4 GiB).
    public init(timeoutSeconds: Double = 60, maxCallDepth: Int = 10_000, maxOutputBytes: Int = 1_000_000,
                maxOutputLines: Int = 10_000, maxMemoryBytes: Int = ExecutionLimits.defaultMemoryBytes) {
        self.timeoutSeconds = timeoutSeconds
        self.maxCallDepth = maxCallDepth
        self.maxOutputBytes = maxOutputBytes
        self.maxOutputLines = maxOutputLines
        self.maxMemoryBytes = maxMemoryBytes
    }
}
