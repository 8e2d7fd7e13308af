import Foundation
import NotebookFormat
import Parameters

/// Runs a notebook for a live page: the run itself, plus the results of the cells that depend on controls at every
/// held combination of the controls' values.
///
/// How: the cells' read/write facts give, before anything runs, which cells depend on which controls and in which
/// segments they can be recomputed (`LivePlan`). Just before a segment's first cell runs, the run forks a checkpoint
/// process (`LiveCheckpointProcess`) holding a copy of the interpreter; the run goes on and times every cell. Then
/// the budget decides, per segment, which states it holds (all combinations, or each control moved alone, or none),
/// and the checkpoint process and its forked siblings — one per core — re-run only the segment's cells for their
/// share of the states and send the results back over pipes. A cell that does not depend on a control never runs
/// again; a cell slower than `LiveBudget.slowCellSeconds` does not either, unless it says `//| live: true`.
public enum LiveRunner {
    /// The run of `notebook` with `options` (exactly `NotebookRunner.run`'s), and the live states of its `controls`.
    public static func run(_ notebook: Notebook, controls: [Control], options: RunOptions,
                           budget: LiveBudget = LiveBudget()) -> (run: NotebookRun, live: LiveStates) {
        guard !controls.isEmpty else { return (NotebookRunner.run(notebook, options: options), LiveStates()) }
        let cacheKey = options.cache.map { _ in LiveStatesCache.key(notebook, controls: controls, options: options, budget: budget) }
        if let cache = options.cache, let cacheKey, let states = LiveStatesCache.load(cacheKey, from: cache, notebook: notebook) {
            // Nothing the states depend on changed: the cells come from the cell cache (or run, if evicted).
            let run = NotebookRunner.run(notebook, options: options)
            if !run.failed || options.allowErrors { return (run, states) }
        }
        let computed = compute(notebook, controls: controls, options: options, budget: budget)
        if let cache = options.cache, let cacheKey, !computed.run.failed {
            LiveStatesCache.store(computed.live, key: cacheKey, in: cache, notebook: notebook)
        }
        return computed
    }

    /// Runs the notebook in process and computes its live states (no cache).
    private static func compute(_ notebook: Notebook, controls: [Control], options: RunOptions,
                                budget: LiveBudget) -> (run: NotebookRun, live: LiveStates) {
        var plan: LivePlan?
        var processes: [Int: LiveCheckpointProcess] = [:]
        var durations: [Int: Double] = [:]
        var figures: [Int: (before: Int, shown: Int)] = [:]
        var checkpoint: RunCheckpoint?
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let observer = RunObserver(compiled: { compiledCheckpoint in
            checkpoint = compiledCheckpoint
            plan = LivePlan(cells: notebook.cells, facts: compiledCheckpoint.compiled.map { $0?.facts }, controls: controls)
        }, beforeCell: { index in
            guard let plan, let checkpoint else { return }
            figures[index] = (checkpoint.bindingState.figuresShown, 0)
            guard let segment = plan.segments.firstIndex(where: { $0.start == index }) else { return }
            processes[segment] = LiveCheckpointProcess.spawn(checkpoint, cells: notebook.cells, workers: workers,
                                                            options: options)
        }, afterCell: { index, seconds in
            durations[index] = seconds
            if let before = figures[index]?.before, let shown = checkpoint?.bindingState.figuresShown {
                figures[index] = (before, shown - before)
            }
        })
        let run = NotebookRunner.run(notebook, options: options, observer: observer)
        checkpoint = nil
        guard let plan, !run.failed || options.allowErrors else {
            processes.values.forEach { $0.finish(kill: false) }
            return (run, LiveStates())
        }
        var scheduler = LiveScheduler(notebook: notebook, controls: controls, options: options, budget: budget,
                                      plan: plan, run: run, durations: durations, figures: figures, workers: workers)
        var started: [(process: LiveCheckpointProcess, group: LiveStates.Group)] = []
        for (position, segment) in plan.segments.enumerated() {
            guard let process = processes[position] else {
                scheduler.freeze(segment.cells, because: .notComputed)
                continue
            }
            guard let (job, group) = scheduler.schedule(segment) else {
                process.finish(kill: false)
                continue
            }
            process.start(job)
            started.append((process, group))
        }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(budget.timeoutSeconds * 1e9)
        let streams = LivePipe.readToEnd(started.flatMap(\.process.resultFDs), deadline: deadline)
        var groups: [LiveStates.Group] = []
        var offset = 0
        for (process, group) in started {
            let outputs = streams[offset..<offset + process.resultFDs.count]
            offset += process.resultFDs.count
            let decoded = outputs.map { $0.flatMap { try? JSONDecoder().decode(LiveWorkerOutput.self, from: $0) } }
            process.finish(kill: decoded.contains { $0 == nil })
            guard let complete = assemble(group, from: decoded.compactMap { $0 }) else {
                scheduler.freeze(group.cells, because: .notComputed)
                continue
            }
            let base = complete.states.firstIndex(of: complete.baseIndexes) ?? 0
            guard complete.cells.indices.allSatisfy({ complete.results[$0][base] == run.results[complete.cells[$0]] }) else {
                scheduler.freeze(group.cells, because: .notReproducible)
                continue
            }
            groups.append(complete)
        }
        return (run, LiveStates(groups: groups, staticCells: scheduler.staticCells,
                                staticControls: scheduler.staticControls(groups: groups)))
    }

    /// Fills `group.results` from the workers' outputs; nil when a state is missing.
    static func assemble(_ group: LiveStates.Group, from outputs: [LiveWorkerOutput]) -> LiveStates.Group? {
        let count = group.states.count
        var results = Array(repeating: [CellResult?](repeating: nil, count: count), count: group.cells.count)
        for output in outputs {
            for (position, state) in output.states.enumerated() where state < count {
                for cell in group.cells.indices { results[cell][state] = output.tables[cell][output.picks[cell][position]] }
            }
        }
        var group = group
        group.results = []
        for cellResults in results {
            let complete = cellResults.compactMap { $0 }
            guard complete.count == count else { return nil }
            group.results.append(complete)
        }
        return group
    }
}
