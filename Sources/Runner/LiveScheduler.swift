import Foundation
import NotebookFormat
import Parameters

/// Decides, after the run, which states each live segment holds, within the budget, from the cells' run times.
struct LiveScheduler {
    let notebook: Notebook
    let controls: [Control]
    let options: RunOptions
    let budget: LiveBudget
    let plan: LivePlan
    let run: NotebookRun
    let durations: [Int: Double]
    /// For each cell that ran, how many figures the run had shown before it, and how many it showed.
    let figures: [Int: (before: Int, shown: Int)]
    let workers: Int
    /// Dependent cells that show only the run's result, with why.
    private(set) var staticCells: [Int: LiveStates.Reason]
    /// CPU seconds the budget has left for the segments after this one.
    private(set) var cpuLeft: Double

    init(notebook: Notebook, controls: [Control], options: RunOptions, budget: LiveBudget, plan: LivePlan,
         run: NotebookRun, durations: [Int: Double], figures: [Int: (before: Int, shown: Int)], workers: Int) {
        self.notebook = notebook
        self.controls = controls
        self.options = options
        self.budget = budget
        self.plan = plan
        self.run = run
        self.durations = durations
        self.figures = figures
        self.workers = workers
        staticCells = plan.staticCells
        cpuLeft = budget.cpuSeconds
    }

    /// Takes the decisions a cached segment made: its static cells and the CPU time its states cost.
    mutating func adopt(_ record: LiveSegmentRecord) {
        for (cell, reason) in record.staticCells where staticCells[cell] == nil { staticCells[cell] = reason }
        cpuLeft -= record.cost
    }

    /// Marks cells as showing only the run's result.
    mutating func freeze(_ cells: [Int], because reason: LiveStates.Reason) {
        for cell in cells where staticCells[cell] == nil { staticCells[cell] = reason }
    }

    /// The job for a segment's checkpoint process and the group it fills, or nil when the segment stays static.
    mutating func schedule(_ segment: LiveSegment) -> (LiveJob, LiveStates.Group)? {
        var dropped: [Int] = []
        for cell in segment.cells {
            if run.results[cell].status != .succeeded {
                staticCells[cell] = .didNotRun
                dropped.append(cell)
            } else if let seconds = durations[cell], seconds > budget.slowCellSeconds,
                      notebook.cells[cell].options.live != true {
                staticCells[cell] = .slow(seconds: budget.slowCellSeconds)   // the limit: the same on every run
                dropped.append(cell)
            }
        }
        let affected = Set(plan.dependencies.affected(by: Set(dropped)))
        for cell in segment.cells where affected.contains(cell) && !dropped.contains(cell) {
            staticCells[cell] = .usesStatic(cell: dropped.first { $0 < cell } ?? dropped[0])
        }
        let cells = segment.cells.filter { !affected.contains($0) && !dropped.contains($0) }
        guard !cells.isEmpty else { return nil }
        let names = Set(cells.flatMap { segment.controlsOf[$0] ?? [] })
        let used = controls.filter { names.contains($0.name) }
        let runValues = used.map { options.parameters[$0.name] ?? $0.defaultValue }
        let grids = zip(used, runValues).map { $0.gridValues(including: $1) }
        let baseIndexes = zip(grids, runValues).map { grid, value in grid.firstIndex(of: value) ?? 0 }
        let perState = cells.reduce(0) { $0 + (durations[$1] ?? 0) } + (segment.inPlace ? 0 : 0.002)
        let all = grids.reduce(1) { $0 <= budget.maxStates ? $0 * $1.count : $0 }
        let single = grids.reduce(1) { $0 + $1.count - 1 }
        let coverage: LiveStates.Group.Coverage
        if all <= budget.maxStates && Double(all) * perState <= cpuLeft {
            coverage = .all
        } else if single <= budget.maxStates && Double(single) * perState <= cpuLeft {
            coverage = .oneAtATime
        } else {
            freeze(cells, because: .overBudget(combinations: all))
            return nil
        }
        var group = LiveStates.Group(controls: used.map(\.name), values: grids.map { $0.map(\.description) },
                                     baseIndexes: baseIndexes, coverage: coverage, cells: cells, results: [])
        let states = group.states
        cpuLeft -= Double(states.count) * perState
        let wireStates = states.map { state -> [String: LiveWireValue] in
            var values: [String: LiveWireValue] = [:]
            for (control, index) in state.enumerated() { values[used[control].name] = LiveWireValue(grids[control][index]) }
            return values
        }
        group.results = []
        let job = LiveJob(states: wireStates, cells: cells, inPlace: segment.inPlace,
                          workers: states.count < 64 ? 1 : workers, figuresBefore: cells.map { figures[$0]?.before ?? 0 },
                          figuresShown: cells.map { figures[$0]?.shown ?? 0 })
        return (job, group)
    }

    /// Why each control that moves no cell stays still: the reason of the first static cell depending on it.
    func staticControls(groups: [LiveStates.Group]) -> [String: LiveStates.Reason] {
        let moving = Set(groups.flatMap(\.controls))
        var reasons: [String: LiveStates.Reason] = [:]
        for control in controls where !moving.contains(control.name) {
            let dependents = plan.controlsOf.filter { $0.value.contains(control.name) }.keys.sorted()
            if let reason = dependents.lazy.compactMap({ staticCells[$0] }).first { reasons[control.name] = reason }
        }
        return reasons
    }
}
