import CellLanguage

/// What a running notebook reports as it goes, for live status lines; never part of the page.
public struct RunProgress: Sendable {
    /// What happened.
    public enum Event: Sendable {
        /// Cells are about to run: `toRun` of the notebook's `cells` will execute, the others come from the cache.
        case started(cells: Int, toRun: Int)
        /// Cell `index` (from 0) of `count` starts; `cached` when its outputs come from the cache and it does not run.
        case cell(index: Int, count: Int, label: String, cached: Bool)
        /// A training call in the running cell finished a step.
        case training(TrainingProgress)
        /// The run is over.
        case finished(failed: Bool)
    }

    /// The notebook's path, as given.
    public var notebook: String
    /// What happened.
    public var event: Event

    /// Creates a progress report.
    public init(notebook: String, event: Event) {
        self.notebook = notebook
        self.event = event
    }
}
