import CellLanguage
import Parameters

/// How a notebook's cells are run.
public struct RunOptions: Sendable {
    /// Keep running after a cell fails and draw its error on the page, instead of stopping.
    public var allowErrors: Bool
    /// The time limit of a cell without a `timeout` option, in seconds.
    public var defaultTimeout: Double
    /// The values `slider`, `choice` and `toggle` return, by control name; a missing name gives the default.
    public var parameters: [String: ParameterValue]
    /// What `courseText()` returns in cells: the prose of the course the notebook belongs to; computed on first use.
    public var courseText: @Sendable () -> String
    /// Where cell outputs are kept between runs; nil runs every cell (`--no-cache`).
    public var cache: CellCache?
    /// Interpreter states kept at cell boundaries between runs (`nbrun preview`); nil runs in process.
    public var checkpoints: CheckpointStore?
    /// Receives live progress (cell k of n, training steps) while cells run; nil reports nothing.
    public var progress: (@Sendable (RunProgress) -> Void)?
    /// Compute the states of the cells that depend on controls, so the page's controls move (`--static`: off).
    public var live: Bool = true
    /// How much work the live states may take.
    public var liveBudget = LiveBudget()
    /// The memory the notebook's cells may use in all, in bytes (`--memory-limit`; `ExecutionLimits.maxMemoryBytes`).
    public var memoryLimitBytes = ExecutionLimits.defaultMemoryBytes

    /// Creates run options.
    public init(allowErrors: Bool = false, defaultTimeout: Double = 60, parameters: [String: ParameterValue] = [:],
                courseText: @escaping @Sendable () -> String = { "" }, cache: CellCache? = nil,
                progress: (@Sendable (RunProgress) -> Void)? = nil) {
        self.allowErrors = allowErrors
        self.defaultTimeout = defaultTimeout
        self.parameters = parameters
        self.courseText = courseText
        self.cache = cache
        self.progress = progress
    }
}
