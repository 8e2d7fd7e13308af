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
        CellBindings.install(in: interpreter, parameters: options.parameters, courseText: options.courseText,
                             language: notebook.frontMatter.language)
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
        if !errors.isEmpty && !options.allowErrors {
            return NotebookRun(results: results, errors: errors, warnings: warnings)
        }

        for (cell, unit) in zip(cells, compiled) {
            guard let unit, results[cell.index].status != .failed else { continue }
            let execution = interpreter.run(unit, timeoutSeconds: cell.options.timeout ?? options.defaultTimeout)
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
        return NotebookRun(results: results, errors: errors, warnings: warnings)
    }

    /// The notebook-level form of one interpreter output event.
    private static func output(_ event: CellOutputEvent) -> CellOutput {
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
