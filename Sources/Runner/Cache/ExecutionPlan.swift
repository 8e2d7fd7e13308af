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

    /// Plans a run of the cells in `runnable` (compiled without errors).
    init(cells: [Cell], runnable: [Int], inputs: [CellInputs], options: RunOptions, courseText: () -> String,
         language: String? = nil) {
        cache = options.cache
        keys = options.cache == nil && options.checkpoints == nil ? [] :
            CellKeys.keys(cells: cells, inputs: inputs, parameters: options.parameters, courseText: courseText,
                          defaultTimeout: options.defaultTimeout, language: language)
        var found: [Int: CachedExecution] = [:]
        if let cache {
            for index in runnable {
                if let entry = cache.load(keys[index]) { found[index] = entry }
            }
        }
        cached = found
        misses = Set(runnable.filter { found[$0] == nil })
        mustRun = CellKeys.closure(of: misses, inputs: inputs).intersection(runnable)
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
    mutating func store(_ cell: Cell, outputs: [CellOutput], runtimeDiagnostics: [Diagnostic]) {
        if runtimeDiagnostics.contains(where: { $0.message.hasPrefix("cell timed out") }) { storing = false }
        guard storing, let cache, cell.index < keys.count,
              let entry = CachedExecution(key: keys[cell.index], outputs: outputs, runtimeDiagnostics: runtimeDiagnostics,
                                          cell: cell),
              entry != cached[cell.index] else { return }
        cache.store(entry)
    }
}
