import ArgumentParser
import Foundation
import Parameters
import Publishing
import Runner

/// `nbrun [render] FILE.md|FOLDER`: runs and renders a notebook, or every notebook of a folder plus an index.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run a notebook (or a folder of notebooks) and write HTML pages.",
        discussion: "Given a folder, renders every notebook in it plus index.html (default output folder: Output)."
    )

    @Argument(help: "The notebook to run (a Markdown file with ```swift cells), or a folder of notebooks.")
    var notebook: String

    @Option(name: [.short, .customLong("output")],
            help: "Where to write the page (default: Output/<name>.html), or the site's folder (default: Output).")
    var output: String?

    @Option(name: [.short, .customLong("param")], help: ArgumentHelp("Set a parameter: NAME=VALUE (repeatable).",
                                                                     valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customLong("params"), help: ArgumentHelp("Read parameters from a YAML file of 'name: value' lines.",
                                                            valueName: "file.yml"))
    var parameterFile: String?

    @Flag(help: "Write the page even when cells fail, showing their errors (exit code stays 1).")
    var allowErrors = false

    @Flag(name: [.short, .long], help: "Print only errors and warnings, not the written pages' paths.")
    var quiet = false

    func validate() throws {
        // A second `-o` silently won; a page written somewhere unexpected is worse than a usage error.
        try RepeatedOption.check(short: "-o", long: "--output", in: Array(CommandLine.arguments.dropFirst()))
    }

    mutating func run() throws {
        let options = RunOptions(allowErrors: allowErrors)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: notebook, isDirectory: &isFolder), isFolder.boolValue {
            guard parameters.isEmpty, parameterFile == nil else {
                throw ValidationError("--param and --params apply to one notebook, not to a folder")
            }
            let site = SiteBuilder.build(folder: notebook, output: output ?? "Output", options: options)
            report(site.diagnosticsText)
            for page in site.pages { report(page) }
            if let index = site.indexPath, !quiet { print("wrote \(index)") }
            try finish(site.outcome)
            return
        }
        var assignments: [ParameterAssignment] = []
        if let parameterFile {
            switch ParameterFile.read(parameterFile) {
            case .success(let fromFile): assignments += fromFile
            case .failure(let error):
                report(error.formatted(path: parameterFile))
                throw ExitCode(2)
            }
        }
        for argument in parameters {
            guard let assignment = ParameterAssignment(argument: argument) else {
                throw ValidationError("--param takes NAME=VALUE, not '\(argument)'")
            }
            assignments.append(assignment)
        }
        let page = PageBuilder.build(input: notebook, output: output ?? PageBuilder.defaultOutputPath(for: notebook),
                                     options: options, assignments: assignments)
        report(page)
        try finish(page.outcome)
    }

    private func report(_ page: PageReport) {
        report(page.diagnosticsText)
        if let written = page.writtenPath, !quiet { print("wrote \(written)") }
    }

    private func report(_ diagnostics: String) {
        FileHandle.standardError.write(Data(diagnostics.utf8))
    }

    private func finish(_ outcome: BuildOutcome) throws {
        if outcome != .success { throw ExitCode(Int32(outcome.rawValue)) }
    }
}
