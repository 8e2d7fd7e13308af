import ArgumentParser
import Foundation
import Parameters
import Publishing
import Runner

/// `nbrun convert FILE --to ipynb|md|json`: a lesson to a Jupyter notebook or to its results as JSON, and a
/// Jupyter notebook to a lesson.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a lesson to a Jupyter notebook (.ipynb) or its results to JSON, or a Jupyter notebook to a lesson.",
        discussion: """
        lesson.md --to ipynb: prose as Markdown cells, Swift cells as code cells with their outputs (run them with \
        --execute, the default). lesson.md --to json: the run's results for programs (docs/results.schema.json). \
        notebook.ipynb --to md: an nbrun lesson, images extracted into <name>_files/. The output goes beside the \
        input unless -o says otherwise. Exit codes as for render.
        """
    )

    @Argument(help: "The lesson (.md) or Jupyter notebook (.ipynb) to convert.")
    var file: String

    @Option(name: .customLong("to"), help: ArgumentHelp("What to write (default: from -o's extension).", valueName: "format"))
    var format: ConvertFormat?

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Where to write (default: beside the input, with the new extension).", valueName: "path"))
    var output: String?

    @Flag(inversion: .prefixedNo, help: "Run the cells and include their outputs (ipynb); json always runs.")
    var execute = true

    @OptionGroup var common: RunArguments

    mutating func run() throws {
        let assignments = try common.assignments()
        var options = RunOptions(allowErrors: common.allowErrors)
        if let bytes = try common.memoryLimitBytes() { options.memoryLimitBytes = bytes }
        let report = NotebookConverter.convert(input: file, to: format, output: output, execute: execute,
                                               options: options, assignments: assignments)
        FileHandle.standardError.write(Data(report.diagnosticsText.utf8))
        if let written = report.writtenPath, !common.quiet { print("wrote \(written)") }
        if report.outcome != .success { throw ExitCode(Int32(report.outcome.rawValue)) }
    }
}

extension ConvertFormat: ExpressibleByArgument {}
