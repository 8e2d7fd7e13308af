import ArgumentParser
import Foundation
import Publishing

/// The `nbrun` command: argument parsing and exit codes only; the work happens in `Publishing`.
@main
struct NBRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run a Markdown lesson's Swift cells and write one self-contained HTML page.",
        discussion: """
        Exit codes: 0 success; 1 a cell failed (compile or runtime error); 2 bad usage or a bad notebook \
        (unreadable file, bad front matter, bad cell option, bad parameter). On failure nothing is written \
        for that notebook.
        """,
        subcommands: [RenderCommand.self, ParamsCommand.self, DebugCommand.self],
        defaultSubcommand: RenderCommand.self
    )

    /// Runs the command, mapping usage errors to exit code 2 as documented.
    static func main() {
        AtomicFile.cleanUpOnInterrupt()
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
