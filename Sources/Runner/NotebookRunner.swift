import Bindings
import CellLanguage
import Diagnostics
import Dispatch
import NotebookFormat

/// Runs a notebook's cells in one shared interpreter, top to bottom, and collects what each produced.
///
/// Every cell is compiled first, so one run reports every independent mistake; only when all cells that must
/// succeed compile (or `allowErrors` is set) do cells run. A runtime failure stops the run unless the cell is
/// marked `error: true` or `allowErrors` is set.
public enum NotebookRunner {
    /// Runs `notebook` and returns every cell's result.
    public static func run(_ notebook: Notebook, options: RunOptions = RunOptions()) -> NotebookRun {
        run(notebook, options: options, observer: nil)
    }

    /// Runs `notebook`, telling `observer` when the cells are compiled and around each cell's run (live pages fork
    /// their states from these points).
    static func run(_ notebook: Notebook, options: RunOptions, observer: RunObserver?) -> NotebookRun {
        let interpreter = Interpreter(limits: ExecutionLimits())
        let bindingState = CellBindings.install(in: interpreter, parameters: options.parameters,
                                                 courseText: options.courseText)
        let cells = notebook.cells
        var results = [CellResult](repeating: CellResult(status: .notRun), count: cells.count)
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []

        var compiled: [CompiledCell?] = []
        for cell in cells {
            guard cell.options.eval else { compiled.append(nil); continue }
            let unit = interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset))
            compiled.append(unit)
            let problems = unit.diagnostics
            warnings += problems.filter { $0.severity != .error }
            guard problems.contains(where: { $0.severity == .error }) else { continue }
            results[cell.index] = CellResult(status: .failed, diagnostics: problems)
            if !cell.options.error { errors += problems.filter { $0.severity == .error } }
        }
        let facts = compiled.map { $0?.facts }
        if !errors.isEmpty && !options.allowErrors {
            return NotebookRun(results: results, errors: errors, warnings: warnings, facts: facts)
        }
        observer?.compiled(RunCheckpoint(interpreter: interpreter, compiled: compiled, bindingState: bindingState))

        for (cell, unit) in zip(cells, compiled) {
            guard let unit, results[cell.index].status != .failed else { continue }
            observer?.beforeCell(cell.index)
            let started = DispatchTime.now().uptimeNanoseconds
            let execution = interpreter.run(unit, timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
            observer?.afterCell(cell.index, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            let outputs = execution.outputs.map(output)
            if execution.succeeded {
                results[cell.index] = CellResult(status: .succeeded, outputs: outputs, diagnostics: execution.diagnostics)
                warnings += execution.diagnostics
                continue
            }
            results[cell.index] = CellResult(status: .failed, outputs: outputs, diagnostics: execution.diagnostics)
            warnings += execution.diagnostics.filter { $0.severity != .error }
            if cell.options.error { continue }
            errors += execution.diagnostics.filter { $0.severity == .error }
            if !options.allowErrors { break }
        }
        return NotebookRun(results: results, errors: errors, warnings: warnings, facts: facts)
    }

    /// Compiles every cell without running any and returns what each reads and writes (nil for `eval: false`).
    public static func facts(of notebook: Notebook, options: RunOptions = RunOptions()) -> [CellFacts?] {
        let interpreter = Interpreter(limits: ExecutionLimits())
        CellBindings.install(in: interpreter, parameters: options.parameters, courseText: options.courseText)
        return notebook.cells.map { cell in
            guard cell.options.eval else { return nil }
            return interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine,
                                                  columnOffset: cell.columnOffset)).facts
        }
    }

    /// The notebook-level form of one interpreter output event.
    static func output(_ event: CellOutputEvent) -> CellOutput {
        switch event {
        case .text(let text):
            return .text(text)
        case .display(let mimeType, let content, let summary):
            return mimeType == "image/svg+xml" ? .svg(content, summary: summary) : .text(content)
        case .truncated(let note):
            return .truncated(note)
        }
    }
}
