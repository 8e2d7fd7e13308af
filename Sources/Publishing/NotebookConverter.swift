import Diagnostics
import Foundation
import NotebookFormat
import Parameters
import Runner

/// `nbrun convert`: a lesson to a Jupyter notebook with its outputs or to its results as JSON, and a Jupyter notebook
/// to a lesson. Like a page build, nothing is written when the input is unusable or a cell fails (unless
/// `allowErrors`), and files are replaced atomically.
public enum NotebookConverter {
    /// Converts `input` to `format` (or the format `output`'s extension names) and writes it to `output` (default:
    /// beside the input, with the format's extension).
    public static func convert(input: String, to format: ConvertFormat?, output: String?, execute: Bool = true,
                               options: RunOptions = RunOptions(), assignments: [ParameterAssignment] = []) -> PageReport {
        let fromJupyter = ConvertFormat(path: input) == .ipynb
        guard let format = format ?? output.flatMap(ConvertFormat.init(path:)) else {
            return usage(input, "say what to convert to: --to \(fromJupyter ? "md" : "ipynb|json")")
        }
        if let output, let named = ConvertFormat(path: output), named != format {
            return usage(input, "the output '\(output)' has a .\(named.rawValue) extension but --to is \(format.rawValue)")
        }
        let target = output ?? defaultOutput(input, format)
        switch (fromJupyter, format) {
        case (true, .md):
            return importJupyter(input, output: target)
        case (true, _):
            return usage(input, "a Jupyter notebook converts to a lesson: --to md")
        case (false, .md):
            return usage(input, "'\(input)' is already a Markdown lesson; convert it --to ipynb or --to json")
        case (false, .json) where !execute:
            return usage(input, "--to json writes a run's results, so it cannot be combined with --no-execute")
        case (false, _):
            return export(input, format: format, output: target, execute: execute, options: options, assignments: assignments)
        }
    }

    /// `lesson.md` → `lesson.ipynb`, in the input's folder.
    static func defaultOutput(_ input: String, _ format: ConvertFormat) -> String {
        let url = URL(fileURLWithPath: input)
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = input.contains("/") ? url.deletingLastPathComponent().relativePath + "/" : ""
        return folder + stem + "." + format.rawValue
    }

    private static func usage(_ input: String, _ message: String) -> PageReport {
        PageBuilder.report(.badInput, input: input, written: nil, diagnostics: [.error(message, at: nil)],
                           formatter: DiagnosticFormatter(path: input, source: ""))
    }

    private static func export(_ input: String, format: ConvertFormat, output: String, execute: Bool, options: RunOptions,
                               assignments: [ParameterAssignment]) -> PageReport {
        let notebook: Notebook
        do {
            notebook = try NotebookParser.read(contentsOf: input)
        } catch {
            return PageBuilder.report(.badInput, input: input, written: nil, diagnostics: error.diagnostics,
                                      formatter: PageBuilder.formatter(path: input))
        }
        let formatter = DiagnosticFormatter(path: notebook.path, source: notebook.source)
        var run: NotebookRun?
        var parameters = ParameterSet(controls: [])
        if execute {
            switch NotebookExecution.run(notebook, options: options, assignments: assignments) {
            case .failure(let error):
                return PageBuilder.report(.badInput, input: input, written: nil, diagnostics: error.diagnostics, formatter: formatter)
            case .success(let (done, values)):
                run = done
                parameters = values
            }
        }
        var diagnostics = notebook.warnings + (run.map { $0.warnings + $0.errors } ?? [])
        if let run, run.failed, !options.allowErrors {
            return PageBuilder.report(.cellFailure, input: input, written: nil,
                                      diagnostics: diagnostics.sorted(by: PageBuilder.inFileOrder), formatter: formatter)
        }
        let text: String
        switch format {
        case .json:
            guard let run else { return usage(input, "--to json needs a run") }
            text = ResultsExporter.results(notebook, run: run, parameters: parameters, notebookDiagnostics: notebook.warnings)
                .serialized(indent: 2)
        default:
            let values = Dictionary(uniqueKeysWithValues: parameters.controls.map {
                ($0.name, ResultsExporter.json(parameters.values[$0.name] ?? $0.defaultValue))
            })
            let (value, warnings) = IpynbExporter.notebook(notebook, run: run, parameters: values)
            diagnostics += warnings
            text = value.serialized(indent: 1, sortKeys: true)
        }
        diagnostics.sort(by: PageBuilder.inFileOrder)
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            diagnostics.append(.error("cannot write '\(output)': \(error.localizedDescription)", at: nil))
            return PageBuilder.report(.badInput, input: input, written: nil, diagnostics: diagnostics, formatter: formatter)
        }
        return PageBuilder.report(run?.failed == true ? .cellFailure : .success, input: input, written: output,
                                  diagnostics: diagnostics, formatter: formatter)
    }

    private static func importJupyter(_ input: String, output: String) -> PageReport {
        let formatter = PageBuilder.formatter(path: input)
        func failed(_ diagnostics: [Diagnostic]) -> PageReport {
            PageBuilder.report(.badInput, input: input, written: nil, diagnostics: diagnostics, formatter: formatter)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), !isFolder.boolValue else {
            return failed([.error(isFolder.boolValue ? "'\(input)' is a directory, not a notebook file" : "no such file: '\(input)'",
                                  at: nil)])
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            return failed([.error("cannot read '\(input)'", at: nil)])
        }
        guard let json = String(validating: data, as: UTF8.self) else {
            return failed([.error("the file is not valid UTF-8 text", at: nil)])
        }
        let outputURL = URL(fileURLWithPath: output)
        let assetFolder = outputURL.deletingPathExtension().lastPathComponent + "_files"
        let result: IpynbImporter.Result
        do {
            result = try IpynbImporter.convert(json, assetFolder: assetFolder)
        } catch {
            return failed(error.diagnostics)
        }
        var diagnostics = result.warnings
        do {
            let folder = outputURL.deletingLastPathComponent()
            for file in result.files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
            }
            try AtomicFile.write(result.markdown, to: output)
        } catch {
            return failed(diagnostics + [.error("cannot write '\(output)': \(error.localizedDescription)", at: nil)])
        }
        // The lesson must read back: report what nbrun would say about it, at its own lines.
        do {
            diagnostics += try NotebookParser.parse(source: result.markdown, path: output).warnings
        } catch {
            diagnostics += error.diagnostics
        }
        return PageReport(outcome: .success, inputPath: input, writtenPath: output, diagnostics: diagnostics,
                          diagnosticsText: DiagnosticFormatter(path: output, source: result.markdown).format(diagnostics))
    }
}
