import Diagnostics
import Foundation
import NotebookFormat
import Parameters
import Renderer
import Runner

/// Builds one page: reads the notebook, runs its cells, renders the HTML and writes it atomically.
public enum PageBuilder {
    /// The default page path for a notebook: `Output/<name>.html`.
    public static func defaultOutputPath(for input: String) -> String {
        "Output/\(pageName(for: input))"
    }

    /// The page file name for a notebook path: `lesson.md` → `lesson.html`.
    public static func pageName(for input: String) -> String {
        var name = URL(fileURLWithPath: input).lastPathComponent
        if name.hasSuffix(".md") { name.removeLast(3) }
        return name + ".html"
    }

    /// Builds the page for the notebook at `input` and writes it to `output`.
    ///
    /// Nothing is written when the notebook is unusable, or when a cell fails and `options.allowErrors` is off:
    /// whatever was at `output` before stays as it was.
    /// `assignments` (from `--param` and `--params`) are checked against the notebook's controls before anything
    /// runs; a mistake there is a bad-input outcome and nothing is written.
    public static func build(input: String, output: String, options: RunOptions = RunOptions(),
                             assignments: [ParameterAssignment] = []) -> PageReport {
        if let refusal = OutputTarget.refusal(for: output, input: input) {
            return report(.badInput, input: input, written: nil, diagnostics: [.error(refusal, at: nil)],
                          formatter: DiagnosticFormatter(path: input, source: ""))
        }
        let notebook: Notebook
        do {
            notebook = try NotebookParser.read(contentsOf: input)
        } catch {
            return report(.badInput, input: input, written: nil, diagnostics: error.diagnostics,
                          formatter: formatter(path: input))
        }
        return build(notebook, output: output, context: PageContext(), options: options, assignments: assignments)
    }

    /// Runs, renders and writes an already parsed notebook; local images it shows are copied beside the page.
    public static func build(_ notebook: Notebook, output: String, context: PageContext, options: RunOptions,
                             assignments: [ParameterAssignment] = []) -> PageReport {
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        let (controls, controlErrors) = ControlScanner.scan(notebook)
        var parameters = ParameterSet(controls: controls)
        let parameterErrors = controlErrors + parameters.apply(assignments)
        guard parameterErrors.isEmpty else {
            return report(.badInput, input: notebook.path, written: nil, diagnostics: parameterErrors, formatter: formatter)
        }
        var options = options
        options.parameters = parameters.values
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent().path
        options.courseText = { CourseText.prose(ofNotebooksIn: folder) }
        var context = context
        context.controls = ControlPresentation.displays(parameters)
        context.rerunCommand = controls.isEmpty ? nil : ControlPresentation.rerunCommand(notebook.path, parameters)
        let run = LivePresentation.run(notebook, controls: controls, parameters: parameters, options: options,
                                       context: &context)
        if run.failed && !options.allowErrors {
            let diagnostics = (notebook.warnings + run.warnings + run.errors).sorted(by: inFileOrder)
            return report(.cellFailure, input: notebook.path, written: nil, diagnostics: diagnostics, formatter: formatter)
        }
        let page = PageRenderer().render(notebook, results: run.results, context: context)
        if let refusal = OutputTarget.sizeRefusal(bytes: page.html.utf8.count) {
            let diagnostics = (notebook.warnings + run.warnings + run.errors + page.warnings).sorted(by: inFileOrder)
            return report(.badInput, input: notebook.path, written: nil, diagnostics: [.error(refusal, at: nil)] + diagnostics,
                          formatter: formatter)
        }
        let notebookFolder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent().path
        let pageFolder = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let assets = AssetCopier.copyImages(of: notebook, from: notebookFolder, to: pageFolder)
        var diagnostics = (notebook.warnings + run.warnings + run.errors + page.warnings + assets).sorted(by: inFileOrder)
        do {
            try AtomicFile.write(MathFontEmbedder.embed(in: page.html, cache: options.cache), to: output)
        } catch {
            diagnostics.append(.error("cannot write '\(output)': \(error.localizedDescription)", at: nil))
            return report(.badInput, input: notebook.path, written: nil, diagnostics: diagnostics, formatter: formatter)
        }
        return report(run.failed ? .cellFailure : .success, input: notebook.path, written: output,
                      diagnostics: diagnostics, formatter: formatter)
    }

    static func formatter(path: String) -> DiagnosticFormatter {
        // Only a regular file is read again for its lines: a FIFO would block and `/dev/zero` never ends.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return DiagnosticFormatter(path: path, source: "")
        }
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return DiagnosticFormatter(path: path, source: source)
    }

    static func report(_ outcome: BuildOutcome, input: String, written: String?, diagnostics: [Diagnostic],
                       formatter: DiagnosticFormatter) -> PageReport {
        PageReport(outcome: outcome, inputPath: input, writtenPath: written, diagnostics: diagnostics,
                   diagnosticsText: formatter.format(diagnostics))
    }

    /// Orders diagnostics by position; whole-file ones first; stable otherwise.
    static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some(let x), .some(let y)): return x < y
        default: return false
        }
    }
}
