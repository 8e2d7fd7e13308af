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
    ///
    /// With a cache, each segment's states are kept (`LiveStatesCache`): the cells of the segments that must be
    /// computed again run in this process (with what they depend on; everything else may come from the cell cache),
    /// and a checkpoint is forked before each of those segments only.
    /// A group taken from the cache comes without its results (`withResults` reads them); `readingStates: false`
    /// computes every segment again.
    public static func run(_ notebook: Notebook, controls: [Control], options: RunOptions,
                           budget: LiveBudget = LiveBudget(),
                           readingStates: Bool = true) -> (run: NotebookRun, live: LiveStates) {
        guard !controls.isEmpty else { return (NotebookRunner.run(notebook, options: options), LiveStates()) }
        return compute(notebook, controls: controls, options: options, budget: budget, readingStates: readingStates)
    }

    /// The group with its results: as it is, or, for a group taken from the cache without them, read from there;
    /// nil when they cannot be read.
    public static func withResults(_ group: LiveStates.Group, notebook: Notebook,
                                   options: RunOptions) -> LiveStates.Group? {
        guard group.results.isEmpty && !group.cells.isEmpty else { return group }
        guard let cache = options.cache, let key = group.cacheKey,
              var complete = LiveStatesCache.results(of: group, key: key, from: cache, notebook: notebook) else { return nil }
        complete.cacheKey = key
        return complete
    }

    /// Runs the notebook in process and computes the live states of the segments not taken from the cache.
    private static func compute(_ notebook: Notebook, controls: [Control], options: RunOptions, budget: LiveBudget,
                                readingStates: Bool) -> (run: NotebookRun, live: LiveStates) {
        let session = LiveRunSession(notebook: notebook, controls: controls, options: options, budget: budget,
                                     readingStates: readingStates)
        let run = NotebookRunner.run(notebook, options: options, observer: session.observer)
        session.checkpoint = nil
        guard let plan = session.plan, !run.failed || options.allowErrors else {
            session.processes.values.forEach { $0.finish(kill: false) }
            return (run, LiveStates())
        }
        // A cached segment whose cells now come after another number of figures has other plot ids: compute again.
        let stale = session.cached.contains { position, record in
            record.figuresBefore != plan.segments[position].cells.map { $0 < run.figuresBefore.count ? run.figuresBefore[$0] : nil }
        }
        if stale && readingStates {
            session.processes.values.forEach { $0.finish(kill: true) }
            return compute(notebook, controls: controls, options: options, budget: budget, readingStates: false)
        }
        var scheduler = LiveScheduler(notebook: notebook, controls: controls, options: options, budget: budget,
                                      plan: plan, run: run, durations: session.durations, figures: session.figures,
                                      workers: session.workers)
        var started: [(position: Int, process: LiveCheckpointProcess, group: LiveStates.Group, cost: Double)] = []
        var groups: [Int: LiveStates.Group] = [:]
        var records: [Int: LiveSegmentRecord] = [:]
        for (position, segment) in plan.segments.enumerated() {
            if let record = session.cached[position] {
                scheduler.adopt(record)
                groups[position] = record.group
                continue
            }
            guard let process = session.processes[position] else {
                scheduler.freeze(segment.cells, because: .notComputed)
                continue
            }
            let cpuBefore = scheduler.cpuLeft
            guard let (job, group) = scheduler.schedule(segment) else {
                process.finish(kill: false)
                records[position] = record(segment, group: nil, cost: 0, scheduler: scheduler, run: run)
                continue
            }
            process.start(job)
            started.append((position, process, group, cpuBefore - scheduler.cpuLeft))
        }
        for (position, group, cost) in collect(started, run: run, budget: budget, scheduler: &scheduler) {
            groups[position] = group
            records[position] = record(plan.segments[position], group: group, cost: cost, scheduler: scheduler, run: run)
        }
        if let cache = options.cache, !run.failed {
            for (position, record) in records {
                if let key = session.keys[position] { LiveStatesCache.store(record, key: key, in: cache, notebook: notebook) }
            }
        }
        let ordered = groups.keys.sorted().compactMap { position in
            groups[position].map { group in
                var keyed = group
                keyed.cacheKey = session.keys[position]
                return keyed
            }
        }
        return (run, LiveStates(groups: ordered, staticCells: scheduler.staticCells,
                                staticControls: scheduler.staticControls(groups: ordered)))
    }

    /// Reads what the started checkpoint processes computed: the complete groups that reproduce the run at its own
    /// values, with what their states cost; the others' cells stay static.
    private static func collect(_ started: [(position: Int, process: LiveCheckpointProcess, group: LiveStates.Group, cost: Double)],
                                run: NotebookRun, budget: LiveBudget, scheduler: inout LiveScheduler)
        -> [(position: Int, group: LiveStates.Group, cost: Double)] {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(budget.timeoutSeconds * 1e9)
        let streams = LivePipe.readToEnd(started.flatMap(\.process.resultFDs), deadline: deadline)
        var offset = 0
        var complete: [(position: Int, group: LiveStates.Group, cost: Double)] = []
        for (position, process, group, cost) in started {
            let outputs = streams[offset..<offset + process.resultFDs.count]
            offset += process.resultFDs.count
            let decoded = outputs.map { $0.flatMap { LiveWireFormat.decode([UInt8]($0)) } }
            process.finish(kill: decoded.contains { $0 == nil })
            guard let filled = assemble(group, from: decoded.compactMap { $0 }) else {
                scheduler.freeze(group.cells, because: .notComputed)
                continue
            }
            let base = filled.states.firstIndex(of: filled.baseIndexes) ?? 0
            guard filled.cells.indices.allSatisfy({ filled.results[$0][base] == run.results[filled.cells[$0]] }) else {
                scheduler.freeze(group.cells, because: .notReproducible)
                continue
            }
            complete.append((position, filled, cost))
        }
        return complete
    }

    /// What a computed segment came to, for the cache.
    private static func record(_ segment: LiveSegment, group: LiveStates.Group?, cost: Double, scheduler: LiveScheduler,
                               run: NotebookRun) -> LiveSegmentRecord {
        LiveSegmentRecord(group: group, staticCells: scheduler.staticCells.filter { segment.cells.contains($0.key) },
                          cost: cost,
                          figuresBefore: segment.cells.map { $0 < run.figuresBefore.count ? run.figuresBefore[$0] : nil })
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
