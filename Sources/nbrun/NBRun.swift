import ArgumentParser
import Foundation
import Publishing
import Runner

/// The `nbrun` command: argument parsing and exit codes only; the work happens in `Publishing`.
@main
struct NBRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run a Markdown lesson's Swift cells and write one self-contained HTML page.",
        discussion: """
        Exit codes: 0 success; 1 a cell failed (compile or runtime error); 2 bad usage or a bad notebook \
        (unreadable file, bad front matter, bad cell option). On failure nothing is written.
        """
    )

    @Argument(help: "The notebook to run (a Markdown file with ```swift cells).")
    var notebook: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the page (default: Output/<name>.html).")
    var output: String?

    @Flag(help: "Write the page even when cells fail, showing their errors (exit code stays 1).")
    var allowErrors = false

    @Flag(name: [.short, .long], help: "Print only errors and warnings, not the written page's path.")
    var quiet = false

    mutating func run() throws {
        let destination = output ?? PageBuilder.defaultOutputPath(for: notebook)
        let report = PageBuilder.build(input: notebook, output: destination,
                                       options: RunOptions(allowErrors: allowErrors))
        FileHandle.standardError.write(Data(report.diagnosticsText.utf8))
        if let written = report.writtenPath, !quiet {
            print("wrote \(written)")
        }
        if report.outcome != .success {
            throw ExitCode(Int32(report.outcome.rawValue))
        }
    }

    /// Runs the command, mapping usage errors to exit code 2 as documented.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 || code.rawValue == 2 {
                exit(withError: error)
            }
            // Usage mistakes (ArgumentParser's 64) are exit code 2, like a bad notebook.
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
