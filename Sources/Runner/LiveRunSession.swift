import Foundation
import NotebookFormat
import Parameters

/// What a live page's run learns while its cells run: the plan of segments, which segments come from the cache, the
/// checkpoint processes forked before the others, and every cell's time and figure counts. Its `observer` is handed
/// to `NotebookRunner`.
final class LiveRunSession {
    let notebook: Notebook
    let controls: [Control]
    let options: RunOptions
    let budget: LiveBudget
    /// Whether cached segments may be used (false when a cached one turned out stale).
    let readingStates: Bool
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    private(set) var plan: LivePlan?
    /// The checkpoint processes, by segment position.
    private(set) var processes: [Int: LiveCheckpointProcess] = [:]
    private(set) var durations: [Int: Double] = [:]
    private(set) var figures: [Int: (before: Int, shown: Int)] = [:]
    /// The run's interpreter while it runs.
    var checkpoint: RunCheckpoint?
    /// The segments taken from the cache, by position.
    private(set) var cached: [Int: LiveSegmentRecord] = [:]
    /// Each segment's cache key, by position (none without a cache).
    private(set) var keys: [Int: String] = [:]

    init(notebook: Notebook, controls: [Control], options: RunOptions, budget: LiveBudget, readingStates: Bool) {
        self.notebook = notebook
        self.controls = controls
        self.options = options
        self.budget = budget
        self.readingStates = readingStates
    }

    /// The observer of the run.
    var observer: RunObserver {
        RunObserver(compiled: { [self] in compiled($0, keys: $1) }, beforeCell: { [self] in beforeCell($0) },
                    afterCell: { [self] in afterCell($0, seconds: $1) })
    }

    /// Plans the segments and looks them up in the cache; the cells of the segments to compute must run here.
    private func compiled(_ compiledCheckpoint: RunCheckpoint, keys cellKeys: [String]) -> Set<Int> {
        // Called again when the run starts over (a stale cached figure): what the first attempt forked goes.
        processes.values.forEach { $0.finish(kill: true) }
        processes = [:]
        checkpoint = compiledCheckpoint
        let livePlan = LivePlan(cells: notebook.cells, facts: compiledCheckpoint.compiled.map { $0?.facts },
                                controls: controls)
        plan = livePlan
        cached = [:]
        keys = [:]
        guard let cache = options.cache, !cellKeys.isEmpty else { return [] }
        var forced: Set<Int> = []
        for (position, segment) in livePlan.segments.enumerated() {
            let key = LiveStatesCache.key(segment, cellKeys: cellKeys, notebook: notebook, controls: controls,
                                          options: options, budget: budget)
            keys[position] = key
            if readingStates, let record = LiveStatesCache.load(key, from: cache, notebook: notebook) {
                cached[position] = record
            } else {
                forced.formUnion(segment.cells)
            }
        }
        return forced
    }

    /// Forks a checkpoint before the first cell of each segment to compute.
    private func beforeCell(_ index: Int) {
        guard let plan, let checkpoint else { return }
        figures[index] = (checkpoint.bindingState.figuresShown, 0)
        guard let segment = plan.segments.firstIndex(where: { $0.start == index }), cached[segment] == nil else { return }
        processes[segment] = LiveCheckpointProcess.spawn(checkpoint, cells: notebook.cells, workers: workers,
                                                        options: options)
    }

    private func afterCell(_ index: Int, seconds: Double) {
        durations[index] = seconds
        if let before = figures[index]?.before, let shown = checkpoint?.bindingState.figuresShown {
            figures[index] = (before, shown - before)
        }
    }
}
