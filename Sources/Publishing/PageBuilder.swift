import Diagnostics
import Foundation
import NotebookFormat
import Renderer
import Runner

/// Builds one page: reads the notebook, runs its cells, renders the HTML and writes it atomically.
public enum PageBuilder {
    /// The default page path for a notebook: `Output/<name>.html`.
    public static func defaultOutputPath(for input: String) -> String {
        var name = URL(fileURLWithPath: input).lastPathComponent
        if name.hasSuffix(".md") { name.removeLast(3) }
        return "Output/\(name).html"
    }

    /// Builds the page for the notebook at `input` and writes it to `output`.
    ///
    /// Nothing is written when the notebook is unusable, or when a cell fails and `options.allowErrors` is off:
    /// whatever was at `output` before stays as it was.
    public static func build(input: String, output: String, options: RunOptions = RunOptions()) -> PageReport {
        let notebook: Notebook
        do {
            notebook = try NotebookParser.read(contentsOf: input)
        } catch {
            return report(.badInput, input: input, written: nil, diagnostics: error.diagnostics,
                          formatter: formatter(path: input))
        }
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        let run = NotebookRunner.run(notebook, options: options)
        if run.failed && !options.allowErrors {
            let diagnostics = (notebook.warnings + run.warnings + run.errors).sorted(by: inFileOrder)
            return report(.cellFailure, input: input, written: nil, diagnostics: diagnostics, formatter: formatter)
        }
        let page = PageRenderer().render(notebook, results: run.results)
        let diagnostics = (notebook.warnings + run.warnings + run.errors + page.warnings).sorted(by: inFileOrder)
        do {
            try AtomicFile.write(page.html, to: output)
        } catch {
            let problem = Diagnostic.error("cannot write '\(output)': \(error.localizedDescription)", at: nil)
            return report(.badInput, input: input, written: nil, diagnostics: diagnostics + [problem], formatter: formatter)
        }
        return report(run.failed ? .cellFailure : .success, input: input, written: output, diagnostics: diagnostics,
                      formatter: formatter)
    }

    private static func formatter(path: String) -> DiagnosticFormatter {
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return DiagnosticFormatter(path: path, source: source)
    }

    private static func report(_ outcome: BuildOutcome, input: String, written: String?, diagnostics: [Diagnostic],
                               formatter: DiagnosticFormatter) -> PageReport {
        PageReport(outcome: outcome, inputPath: input, writtenPath: written, diagnostics: diagnostics,
                   diagnosticsText: formatter.format(diagnostics))
    }

    /// Orders diagnostics by position; whole-file ones first; stable otherwise.
    private static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some(let x), .some(let y)): return x < y
        default: return false
        }
    }
}
