import Bindings
import CellLanguage
import Diagnostics
import Dispatch
import NotebookFormat

/// Runs a notebook's cells in one shared interpreter, top to bottom, and collects what each produced.
///
/// Every cell is compiled first, so one run reports every independent mistake; only when all cells that must
/// succeed compile (or `allowErrors` is set) do cells run. A runtime failure stops the run unless the cell is
/// marked `error: true` or `allowErrors` is set. With a cache (`RunOptions.cache`), cells whose outputs are cached
/// and that no changed cell needs do not run (`ExecutionPlan`); the result is the same as a run without it.
public enum NotebookRunner {
    /// Runs `notebook` and returns every cell's result.
    public static func run(_ notebook: Notebook, options: RunOptions = RunOptions()) -> NotebookRun {
        run(notebook, options: options, observer: nil)
    }

    /// Runs `notebook`, telling `observer` when the cells are compiled and around each cell's run (live pages fork
    /// their states from these points). With an observer cells run in this process (never in checkpoints); the
    /// observer names the cells that must run even when cached (with the cells they depend on), the others may come
    /// from the cache.
    ///
    /// Plot ids count the figures shown before (`fig1`, `fig2`, …), so every cell that runs starts from the count a
    /// full run would have, taken from the cache entries of the cells that do not run; a cached cell that draws and
    /// was stored after another count of earlier figures is stale, and the run starts again without reading the
    /// cache (`readingCache: false`).
    static func run(_ notebook: Notebook, options: RunOptions, observer: RunObserver?,
                    readingCache: Bool = true) -> NotebookRun {
        let courseText = OnceText(options.courseText)
        let interpreter = Interpreter(limits: ExecutionLimits(maxMemoryBytes: options.memoryLimitBytes))
        let bindingState = CellBindings.install(in: interpreter, parameters: options.parameters,
                                                 courseText: { courseText.value },
                                                 language: notebook.frontMatter.language)
        let report = { (event: RunProgress.Event) -> Void in options.progress?(RunProgress(notebook: notebook.path, event: event)) }
        if options.progress != nil { interpreter.progressHandler = { report(.training($0)) } }
        let cells = notebook.cells
        var results = [CellResult](repeating: CellResult(status: .notRun), count: cells.count)
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var durations = [Double?](repeating: nil, count: cells.count)

        var compiled: [CompiledCell?] = []
        var consequences: [Diagnostic] = []
        for cell in cells {
            guard cell.options.eval else { compiled.append(nil); continue }
            let unit = interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset),
                                           timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
            compiled.append(unit)
            let problems = unit.diagnostics
            warnings += problems.filter { $0.severity != .error }
            guard problems.contains(where: { $0.severity == .error }) else { continue }
            results[cell.index] = CellResult(status: .failed, diagnostics: problems)
            guard !cell.options.error else { continue }
            // Uses of names an earlier cell that did not compile declared are consequences of its errors: without
            // `allowErrors` they are reported only when nothing else is (that cell is `error: true`).
            errors += problems.filter { $0.severity == .error && (options.allowErrors || !unit.usesOfFailedCells.contains($0)) }
            consequences += unit.usesOfFailedCells
        }
        if errors.isEmpty && !options.allowErrors { errors = consequences }
        let facts = compiled.map { $0?.facts }
        if !errors.isEmpty && !options.allowErrors {
            return NotebookRun(results: results, errors: errors, warnings: warnings, facts: facts, durations: durations)
        }
        let runnable = cells.indices.filter { compiled[$0] != nil && results[$0].status != .failed }
        let inputs = CellInputs.from(facts)
        let keys = ExecutionPlan.keys(cells: cells, inputs: inputs, options: options, courseText: { courseText.value },
                                      language: notebook.frontMatter.language)
        let forced = observer?.compiled(RunCheckpoint(interpreter: interpreter, compiled: compiled,
                                                      bindingState: bindingState), keys) ?? []
        var plan = ExecutionPlan(cells: cells, runnable: runnable, inputs: inputs, keys: keys, options: options,
                                 forced: forced, readingCache: readingCache, inProcess: observer != nil || options.checkpoints == nil)
        var figures = FigureCount(cells: cells.count)
        report(.started(cells: cells.count, toRun: plan.mustRun.count))
        let remote = observer != nil ? nil : options.checkpoints.flatMap { store in
            plan.mustRun.isEmpty ? nil : runOutOfProcess(notebook, store: store, plan: plan, inputs: inputs,
                                                         options: options, courseText: courseText, report: report)
        }
        for (cell, unit) in zip(cells, compiled) {
            guard let unit, results[cell.index].status != .failed else { continue }
            let outputs: [CellOutput], runtimeDiagnostics: [Diagnostic]
            let label = cell.options.label ?? "cell \(cell.index + 1)"
            if let record = remote?[cell.index] {
                outputs = record.outputs
                runtimeDiagnostics = record.runtimeDiagnostics
                figures.lose()
                plan.store(cell, outputs: outputs, runtimeDiagnostics: runtimeDiagnostics, figures: nil)
            } else if let cached = remote == nil ? plan.reusable(cell.index) : plan.entry(cell.index) {
                // Out of process, cells before the checkpoint's boundary are in its state; their outputs are cached.
                guard figures.reuse(cached, at: cell.index) else {
                    return run(notebook, options: options, observer: observer, readingCache: false)
                }
                report(.cell(index: cell.index, count: cells.count, label: label, cached: true))
                outputs = cached.outputs
                runtimeDiagnostics = cached.diagnostics(at: cell)
            } else if remote != nil {
                continue   // not run out of process: an earlier failure stopped the worker, as it stops this loop
            } else {
                report(.cell(index: cell.index, count: cells.count, label: label, cached: false))
                figures.start(cell.index, in: bindingState)
                observer?.beforeCell(cell.index)
                let started = ContinuousClock.now
                let execution = interpreter.run(unit, timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
                let seconds = Self.seconds(ContinuousClock.now - started)
                durations[cell.index] = seconds
                let shown = figures.finish(cell.index, in: bindingState)
                observer?.afterCell(cell.index, execution.cpuSeconds)
                outputs = execution.outputs.map(CellOutputMapping.output)
                runtimeDiagnostics = Array(execution.diagnostics.dropFirst(unit.diagnostics.count))
                plan.store(cell, outputs: outputs, runtimeDiagnostics: runtimeDiagnostics, figures: shown)
            }
            let diagnostics = unit.diagnostics + runtimeDiagnostics
            if !diagnostics.contains(where: { $0.severity == .error }) {
                results[cell.index] = CellResult(status: .succeeded, outputs: outputs, diagnostics: diagnostics)
                warnings += runtimeDiagnostics  // the compile's warnings were collected when the cell compiled
                continue
            }
            results[cell.index] = CellResult(status: .failed, outputs: outputs, diagnostics: diagnostics)
            warnings += runtimeDiagnostics.filter { $0.severity != .error }
            if cell.options.error { continue }
            errors += diagnostics.filter { $0.severity == .error }
            if !options.allowErrors { break }
        }
        report(.finished(failed: !errors.isEmpty))
        var run = NotebookRun(results: results, errors: errors, warnings: warnings, facts: facts, durations: durations)
        run.figuresBefore = figures.before
        return run
    }

    /// Runs what `plan` needs in a checkpoint or a fresh worker process (`CheckpointStore`); nil when that failed.
    private static func runOutOfProcess(_ notebook: Notebook, store: CheckpointStore, plan: ExecutionPlan,
                                        inputs: [CellInputs], options: RunOptions, courseText: OnceText,
                                        report: (RunProgress.Event) -> Void) -> [Int: CheckpointStore.Record]? {
        // What the interpreter's bindings hold: a checkpoint made with other values cannot serve this run.
        var environment = String(reflecting: options.parameters.sorted { $0.key < $1.key })
        if inputs.contains(where: \.readsCourseText) { environment += SHA256.hex(courseText.value) }
        return store.execute(notebook: notebook.path, cells: notebook.cells, keys: plan.keys, misses: plan.misses,
                             inputs: inputs, environment: environment, options: options, makeInterpreter: {
                                 let worker = Interpreter(limits: ExecutionLimits(maxMemoryBytes: options.memoryLimitBytes))
                                 CellBindings.install(in: worker, parameters: options.parameters,
                                                      courseText: { courseText.value },
                                                      language: notebook.frontMatter.language)
                                 return worker
                             }, report: report)
    }

    /// Compiles every cell without running any and returns each one's syntax tree (with the type of every expression
    /// when `withTypes`) and its diagnostics; nil for `eval: false`.
    public static func inspect(_ notebook: Notebook, withTypes: Bool,
                               options: RunOptions = RunOptions()) -> [(tree: String, diagnostics: [Diagnostic])?] {
        let interpreter = staticInterpreter(notebook, options: options)
        return notebook.cells.map { cell in
            guard cell.options.eval else { return nil }
            let source = CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset)
            let (compiled, tree) = interpreter.inspect(source, withTypes: withTypes)
            return (tree, compiled.diagnostics)
        }
    }

    /// Compiles every cell in order without running any, comparing the compiler's name lookups with each cell's
    /// resolution (nil for `eval: false`).
    public static func compileComparingResolution(_ notebook: Notebook, options: RunOptions = RunOptions())
        -> [(cell: CompiledCell, agreement: ResolutionAgreement)?] {
        let interpreter = staticInterpreter(notebook, options: options)
        return notebook.cells.map { cell in
            guard cell.options.eval else { return nil }
            return interpreter.compileComparingResolution(CellSource(code: cell.code, firstLine: cell.firstLine,
                                                                     columnOffset: cell.columnOffset))
        }
    }

    /// Compiles every cell without running any, comparing the type checker's types with the generator's (nil for
    /// `eval: false`; `nbrun debug check`), and its diagnostics with the generator's errors.
    public static func compileComparingTypes(_ notebook: Notebook, options: RunOptions = RunOptions())
        -> [(cell: CompiledCell, types: TypeCheckAgreement, diagnostics: DiagnosticAgreement)?] {
        let interpreter = staticInterpreter(notebook, options: options)
        return notebook.cells.map { cell in
            guard cell.options.eval else { return nil }
            return interpreter.compileComparingDecisions(CellSource(code: cell.code, firstLine: cell.firstLine,
                                                                    columnOffset: cell.columnOffset))
        }
    }

    /// Compiles every cell without running any and returns what each reads and writes (nil for `eval: false`).
    public static func facts(of notebook: Notebook, options: RunOptions = RunOptions()) -> [CellFacts?] {
        let interpreter = staticInterpreter(notebook, options: options)
        return notebook.cells.map { cell in
            guard cell.options.eval else { return nil }
            return interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine,
                                                  columnOffset: cell.columnOffset)).facts
        }
    }

    /// Compiles every cell without running any and returns how much compiling it took, by calling site of the
    /// type requests (`nbrun debug counts`).
    public static func compileCounts(of notebook: Notebook, options: RunOptions = RunOptions()) -> CompileCounts {
        let interpreter = staticInterpreter(notebook, options: options)
        interpreter.resetCompileCounts(countingSites: true)
        for cell in notebook.cells where cell.options.eval {
            _ = interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset))
        }
        return interpreter.compileCounts
    }

    /// An interpreter with the modules installed, for compiling the notebook's cells without running them.
    private static func staticInterpreter(_ notebook: Notebook, options: RunOptions) -> Interpreter {
        let interpreter = Interpreter(limits: ExecutionLimits())
        CellBindings.install(in: interpreter, parameters: options.parameters, courseText: options.courseText,
                             language: notebook.frontMatter.language)
        return interpreter
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

}

/// A text computed on first use and then kept (the course text is both a cache-key input and what cells read).
private final class OnceText: @unchecked Sendable {
    private let make: () -> String
    private var text: String?

    init(_ make: @escaping () -> String) { self.make = make }

    var value: String {
        if let text { return text }
        let made = make()
        text = made
        return made
    }
}
