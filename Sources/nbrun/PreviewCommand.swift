import ArgumentParser
import Foundation
import Preview
import Publishing
import Runner

/// `nbrun preview FILE.md|FOLDER`: a local server that re-renders on every save and reloads the open page.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a notebook (or a course folder) on 127.0.0.1, re-render on every save and reload the page.",
        discussion: """
        Watches the notebook's folder (notebooks, images, data); after a change only the cells whose inputs changed \
        run again (the cell cache), and the open page reloads by itself. A failing cell shows its error on the page \
        and in the terminal. Ctrl-C stops the server.
        """
    )

    @Argument(help: "The notebook, or a folder of notebooks (served with its index).")
    var notebook: String

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @OptionGroup var flags: RunFlags

    @Option(help: .hidden)
    var renderInto: String?

    mutating func run() throws {
        if let renderInto { return render(into: renderInto) }
        // A renderer that stopped must not take the server with it when a request is written to its pipe.
        signal(SIGPIPE, SIG_IGN)
        let printer = ProgressPrinter(mode: flags.progress)
        let arguments = Array(CommandLine.arguments.dropFirst())
        let renderer = PreviewSession.RendererCommand(executable: PreviewCommand.executablePath) { output in
            arguments + ["--render-into", output]
        }
        let session: PreviewSession
        do {
            session = try PreviewSession(input: notebook, renderer: renderer) { message in
                printer?.clear()
                FileHandle.standardError.write(Data(message.utf8))
            }
        } catch {
            throw ValidationError("\(error)")
        }
        // Ctrl-C (which ends nbrun with `_exit`, skipping exit handlers) stops the renderer and removes the folder.
        AtomicFile.onInterrupt { session.close() }
        let started = BlockingResult<Result<UInt16, any Error>>()
        let requestedPort = port
        Task {
            do {
                let (_, port) = try await PreviewServer.start(session, port: requestedPort)
                started.set(.success(port))
            } catch {
                started.set(.failure(error))
            }
        }
        let actualPort: UInt16
        switch started.wait() {
        case .success(let port): actualPort = port
        case .failure(let error):
            session.close()
            FileHandle.standardError.write(Data("nbrun preview: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let url = "http://127.0.0.1:\(actualPort)/"
        FileHandle.standardOutput.write(Data("nbrun preview: serving \(notebook) at \(url) (Ctrl-C stops)\n".utf8))
        let watcher = FileWatcher(folder: session.watchedFolder) { session.requestRebuild() }
        session.requestRebuild()
        withExtendedLifetime(watcher) {
            while true { sleep(3600) }
        }
    }

    /// The renderer process of a preview (`--render-into`, hidden): renders on each request from the server.
    private func render(into output: String) {
        let printer = ProgressPrinter(mode: flags.progress)
        var options = RunOptions(cache: flags.cache(for: notebook))
        options.checkpoints = CheckpointStore()
        // The author's loop stays fast: preview pages draw controls at their values (as `render --static`); the
        // published page computes the states.
        options.live = false
        if let printer { options.progress = { printer.handle($0) } }
        // Answers go to the server on a private copy of stdout; anything else printed goes to stderr.
        let replies = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        PreviewCommand.exitWithParent()
        PreviewRenderer.serve(input: notebook, output: output, options: options, requests: STDIN_FILENO,
                              replies: replies) { message in
            printer?.clear()
            FileHandle.standardError.write(Data(message.utf8))
        }
    }

    /// Ends this process as soon as the server that started it is gone (killed, not only interrupted).
    private static func exitWithParent() {
        let parent = getppid()
        let thread = Thread {
            while true {
                usleep(200_000)
                if getppid() != parent { _exit(0) }
            }
        }
        thread.start()
    }

    /// This executable, to start the renderer with.
    static var executablePath: String {
        var bytes = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &bytes, bytes.count - 1)
        if count > 0 { return String(decoding: bytes[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}

/// A value handed from an async task to a waiting thread.
final class BlockingResult<Value>: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private var value: Value?

    func set(_ value: Value) {
        self.value = value
        semaphore.signal()
    }

    func wait() -> Value {
        semaphore.wait()
        return value!
    }
}
