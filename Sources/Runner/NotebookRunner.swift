import Bindings
import CellLanguage
import Diagnostics
import NotebookFormat

/// Runs a notebook's cells in one shared interpreter, top to bottom, and collects what each produced.
///
/// Every cell is compiled first, so one run reports every independent mistake; only when all cells that must
/// succeed compile (or `allowErrors` is set) do cells run. A runtime failure stops the run unless the cell is
/// marked `error: true` or `allowErrors` is set.
public enum NotebookRunner {
    /// Runs `notebook` and returns every cell's result.
    public static func run(_ notebook: Notebook, options: RunOptions = RunOptions()) -> NotebookRun {
        let interpreter = Interpreter(limits: ExecutionLimits())
        CellBindings.install(in: interpreter, parameters: options.parameters, courseText: options.courseText)
        let cells = notebook.cells
        var results = [CellResult](repeating: CellResult(status: .notRun), count: cells.count)
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var durations = [Double?](repeating: nil, count: cells.count)

        var compiled: [CompiledCell?] = []
        for cell in cells {
            guard cell.options.eval else { compiled.append(nil); continue }
            let unit = interpreter.compile(CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset),
                                           timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
            compiled.append(unit)
            let problems = unit.diagnostics
            warnings += problems.filter { $0.severity != .error }
            guard problems.contains(where: { $0.severity == .error }) else { continue }
            results[cell.index] = CellResult(status: .failed, diagnostics: problems)
            if !cell.options.error { errors += problems.filter { $0.severity == .error } }
        }
        let facts = compiled.map { $0?.facts }
        if !errors.isEmpty && !options.allowErrors {
            return NotebookRun(results: results, errors: errors, warnings: warnings, facts: facts, durations: durations)
        }

        for (cell, unit) in zip(cells, compiled) {
            guard let unit, results[cell.index].status != .failed else { continue }
            let started = ContinuousClock.now
            let execution = interpreter.run(unit, timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
            durations[cell.index] = Self.seconds(ContinuousClock.now - started)
            let outputs = execution.outputs.map(CellOutputMapping.output)
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
        return NotebookRun(results: results, errors: errors, warnings: warnings, facts: facts, durations: durations)
    }

    /// Compiles every cell without running any and returns each one's syntax tree (with the type of every expression
    /// when `withTypes`) and its diagnostics; nil for `eval: false`.
    public static func inspect(_ notebook: Notebook, withTypes: Bool,
                               options: RunOptions = RunOptions()) -> [(tree: String, diagnostics: [Diagnostic])?] {
        let interpreter = Interpreter(limits: ExecutionLimits())
        CellBindings.install(in: interpreter, parameters: options.parameters, courseText: options.courseText)
        return notebook.cells.map { cell in
            guard cell.options.eval else { return nil }
            let source = CellSource(code: cell.code, firstLine: cell.firstLine, columnOffset: cell.columnOffset)
            let (compiled, tree) = interpreter.inspect(source, withTypes: withTypes)
            return (tree, compiled.diagnostics)
        }
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

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

}
