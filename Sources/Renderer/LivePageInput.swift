import NotebookFormat

/// What a live page needs besides the run's results: the states the runner computed and the words of the re-run
/// command, so the command on the page follows the controls.
public struct LivePageInput: Hashable, Sendable {
    /// The states of the cells that depend on controls.
    public var states: LiveStates
    /// The command without its parameters, e.g. `nbrun how-llms-work.md`.
    public var rerunPrefix: String
    /// Every control, in the order the command lists them.
    public var rerunOrder: [String]
    /// Each control's `--param` word at the run's value (`slope=2.5`, quoted for a shell where needed).
    public var rerunFixed: [String: String]
    /// For each control that moves, its `--param` word by value as typed.
    public var rerunWords: [String: [String: String]]
    /// For each group, its data as laid out before (`PageRenderer.liveGroupData`, e.g. kept in a cache); nil where
    /// the renderer lays it out.
    public var groupData: [String?] = []

    /// Creates the input.
    public init(states: LiveStates, rerunPrefix: String, rerunOrder: [String], rerunFixed: [String: String],
                rerunWords: [String: [String: String]]) {
        self.states = states
        self.rerunPrefix = rerunPrefix
        self.rerunOrder = rerunOrder
        self.rerunFixed = rerunFixed
        self.rerunWords = rerunWords
    }
}
