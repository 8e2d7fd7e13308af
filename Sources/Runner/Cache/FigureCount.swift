import Bindings

/// The number of figures a run has shown so far, kept across the cells that run and those that come from the cache:
/// plot ids count the figures shown before (`fig1`, `fig2`, …), so a cell that runs after cached cells must start
/// from the count a full run would have, and a cached cell that draws is only valid after the count it was run with.
struct FigureCount {
    /// For each cell, the count before it (nil: not reached, or unknown).
    private(set) var before: [Int?]
    private var count = 0
    private var known = true
    private var started = 0

    init(cells: Int) {
        before = [Int?](repeating: nil, count: cells)
    }

    /// A cell ran in another process, which does not report its figures: the count is unknown from here on.
    mutating func lose() {
        known = false
    }

    /// Counts a cached cell's figures; false when it draws and was stored after another count (it is stale).
    mutating func reuse(_ entry: CachedExecution, at index: Int) -> Bool {
        guard known else { return true }
        guard let stored = entry.figuresBefore, let shown = entry.figuresShown else {
            // Stored without counts (by a checkpoint process): usable only when it draws nothing.
            if entry.draws { known = false }
            return true
        }
        before[index] = count
        if shown > 0 && stored != count { return false }
        count += shown
        return true
    }

    /// Before cell `index` runs: the bindings start from the count a full run has here.
    mutating func start(_ index: Int, in state: BindingState) {
        if known { state.figuresShown = count }
        before[index] = known ? count : nil
        started = state.figuresShown
    }

    /// After cell `index` ran: the count before it and the figures it showed (nil when unknown).
    mutating func finish(_ index: Int, in state: BindingState) -> (before: Int, shown: Int)? {
        let shown = state.figuresShown - started
        guard known else { return nil }
        defer { count += shown }
        return (count, shown)
    }
}
