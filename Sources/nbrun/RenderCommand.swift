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

    @OptionGroup var common: RunArguments

    @OptionGroup var flags: RunFlags

    @Flag(name: .customLong("static"),
          help: "Draw the controls at their values with the re-run command; compute no states (the page's controls do not move).")
    var staticPage = false

    @Option(name: .customLong("live-max-states"),
            help: ArgumentHelp("The most combinations of control values one group of cells may hold on a live page (default 20000); over it, each control moves alone.", valueName: "n"))
    var liveMaxStates: Int?

    @Option(name: .customLong("live-cpu-seconds"),
            help: ArgumentHelp("The estimated cell time all live states of a page may take, in CPU seconds (default 60).",
                               valueName: "seconds"))
    var liveCPUSeconds: Double?

    func validate() throws {
        // A second `-o` silently won; a page written somewhere unexpected is worse than a usage error.
        try RepeatedOption.check(short: "-o", long: "--output", in: Array(CommandLine.arguments.dropFirst()))
    }

    mutating func run() throws {
        let printer = ProgressPrinter(mode: flags.progress)
        defer { printer?.finish() }
        var options = RunOptions(allowErrors: common.allowErrors, cache: flags.cache(for: notebook))
        if let printer { options.progress = { printer.handle($0) } }
        options.live = !staticPage
        if let bytes = try common.memoryLimitBytes() { options.memoryLimitBytes = bytes }
        if let liveMaxStates {
            guard liveMaxStates > 0 else { throw ValidationError("--live-max-states takes a positive number") }
            options.liveBudget.maxStates = liveMaxStates
        }
        if let liveCPUSeconds {
            guard liveCPUSeconds > 0, liveCPUSeconds.isFinite else {
                throw ValidationError("--live-cpu-seconds takes a positive number")
            }
            options.liveBudget.cpuSeconds = liveCPUSeconds
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: notebook, isDirectory: &isFolder), isFolder.boolValue {
            guard common.parameters.isEmpty, common.parameterFile == nil else {
                throw ValidationError("--param and --params apply to one notebook, not to a folder")
            }
            let lessons = (try? FileManager.default.contentsOfDirectory(atPath: notebook))?
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0 != "index.md" && $0 != "README.md" }.sorted() ?? []
            printer?.expect(lessons)
            let site = SiteBuilder.build(folder: notebook, output: output ?? "Output", options: options)
            printer?.finish()
            report(site.diagnosticsText)
            for page in site.pages { report(page) }
            if let index = site.indexPath, !common.quiet { print("wrote \(index)") }
            try finish(site.outcome)
            return
        }
        if let problem = RenderPathCheck.problem(input: notebook, output: output) {
            report("error: \(problem)\n")
            throw ExitCode(2)
        }
        let assignments = try common.assignments()
        let page = PageBuilder.build(input: notebook, output: output ?? PageBuilder.defaultOutputPath(for: notebook),
                                     options: options, assignments: assignments)
        printer?.finish()
        report(page)
        try finish(page.outcome)
    }

    private func report(_ page: PageReport) {
        report(page.diagnosticsText)
        if let written = page.writtenPath, !common.quiet { print("wrote \(written)") }
    }

    private func report(_ diagnostics: String) {
        FileHandle.standardError.write(Data(diagnostics.utf8))
    }

    private func finish(_ outcome: BuildOutcome) throws {
        if outcome != .success { throw ExitCode(Int32(outcome.rawValue)) }
    }
}
