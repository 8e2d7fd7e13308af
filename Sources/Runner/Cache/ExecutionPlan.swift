import CellLanguage
import Diagnostics
import NotebookFormat

/// Which cells of a run execute and which take their outputs from the cache.
///
/// A cell whose key has no entry (a miss) runs; so does every cell it depends on, transitively, because the
/// interpreter state it reads must be rebuilt. Every other cell that would run takes its cached outputs and does not
/// run. Without a cache every cell runs.
struct ExecutionPlan {
    /// The cells that execute in the interpreter.
    let mustRun: Set<Int>
    /// The runnable cells without a cached entry.
    let misses: Set<Int>
    /// Every cell's cache key (empty without a cache and checkpoints).
    let keys: [String]
    private let cached: [Int: CachedExecution]
    private let cache: CellCache?
    /// False once a cell timed out: what it and later cells produced depends on the machine's speed.
    private var storing = true

    /// Every cell's cache key, or none without a cache and checkpoints.
    static func keys(cells: [Cell], inputs: [CellInputs], options: RunOptions, courseText: () -> String,
                     language: String?) -> [String] {
        options.cache == nil && options.checkpoints == nil ? [] :
            CellKeys.keys(cells: cells, inputs: inputs, parameters: options.parameters, courseText: courseText,
                          defaultTimeout: options.defaultTimeout, language: language)
    }

    /// Plans a run of the cells in `runnable` (compiled without errors); the cells in `forced` run even when cached.
    /// Without `readingCache` no entry is read. `inProcess`: an entry that draws but was stored without its figure
    /// counts (by a checkpoint process) cannot be placed in this run's count of figures, so it is a miss.
    init(cells: [Cell], runnable: [Int], inputs: [CellInputs], keys: [String], options: RunOptions,
         forced: Set<Int> = [], readingCache: Bool = true, inProcess: Bool = true) {
        cache = options.cache
        self.keys = keys
        var found: [Int: CachedExecution] = [:]
        if let cache, readingCache {
            for index in runnable {
                if let entry = cache.load(keys[index]), !(inProcess && entry.figuresShown == nil && entry.draws) {
                    found[index] = entry
                }
            }
        }
        cached = found
        misses = Set(runnable.filter { found[$0] == nil })
        mustRun = CellKeys.closure(of: misses.union(forced), inputs: inputs).intersection(runnable)
    }

    /// The cached outputs of cell `index` when it does not need to run.
    func reusable(_ index: Int) -> CachedExecution? {
        mustRun.contains(index) ? nil : cached[index]
    }

    /// The cached outputs of cell `index`, whether or not it must run.
    func entry(_ index: Int) -> CachedExecution? {
        cached[index]
    }

    /// Records what `cell` produced when it ran.
    mutating func store(_ cell: Cell, outputs: [CellOutput], runtimeDiagnostics: [Diagnostic],
                        figures: (before: Int, shown: Int)?) {
        if runtimeDiagnostics.contains(where: { $0.message.hasPrefix("cell timed out") }) { storing = false }
        guard storing, let cache, cell.index < keys.count,
              let entry = CachedExecution(key: keys[cell.index], outputs: outputs, runtimeDiagnostics: runtimeDiagnostics,
                                          cell: cell, figures: figures),
              entry != cached[cell.index] else { return }
        cache.store(entry)
    }
}
