import Foundation
import Publishing

/// What `nbrun preview` serves: a notebook (or a course folder) rendered into a private temporary folder, rebuilt on
/// request, with a build number that goes up after every rebuild so open pages know when to reload.
///
/// The rendering happens in a renderer process (`PreviewRenderer`), started from `renderer` with `posix_spawn`,
/// because rendering forks and this process's threads (HTTP, file watcher) make forking here unsafe. The renderer
/// keeps interpreter states at cell boundaries between rebuilds (checkpoints), so an edit of a cell below an
/// expensive one resumes from the state before it. Cells run with `allowErrors`, so a failing cell shows its
/// diagnostic on the page while the others keep their outputs; when a notebook cannot be read at all, the last good
/// page stays and a banner lists the problems.
public final class PreviewSession: @unchecked Sendable {
    /// How to start the renderer process: its executable, and its arguments given the folder to render into.
    public struct RendererCommand: Sendable {
        /// The executable (nbrun itself).
        public var executable: String
        /// The arguments, given the output folder.
        public var arguments: @Sendable (String) -> [String]

        /// Creates a command.
        public init(executable: String, arguments: @escaping @Sendable (String) -> [String]) {
            self.executable = executable
            self.arguments = arguments
        }
    }

    /// The notebook or course folder being previewed.
    public let input: String
    /// The page `/` shows: `index.html` for a folder, the notebook's page otherwise.
    public let entryPage: String
    /// Where pages are rendered (removed by `close()`).
    public let outputFolder: String
    private let isFolder: Bool
    private let renderer: RendererCommand
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var build = 0
    private var problems = ""
    private var process: Process?
    private var requests: FileHandle?

    /// Prepares a preview of `input`, rendered by the process `renderer` starts; `log` prints to the terminal.
    public init(input: String, renderer: RendererCommand, log: @escaping @Sendable (String) -> Void) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
            throw PreviewError("no such file or folder: '\(input)'")
        }
        self.input = input
        self.isFolder = isFolder.boolValue
        entryPage = isFolder.boolValue ? "index.html" : PageBuilder.pageName(for: input)
        self.renderer = renderer
        self.log = log
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-preview-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else { throw PreviewError("cannot create a temporary folder") }
        outputFolder = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder whose files are watched: the course folder, or the notebook's folder.
    public var watchedFolder: String {
        isFolder ? input : URL(fileURLWithPath: input).deletingLastPathComponent().path
    }

    /// The number of the last finished build (0 before the first).
    public var currentBuild: Int {
        lock.lock(); defer { lock.unlock() }
        return build
    }

    /// The formatted errors of the last build, empty when it succeeded.
    public var currentProblems: String {
        lock.lock(); defer { lock.unlock() }
        return problems
    }

    /// Asks the renderer for a rebuild (starting it if needed); requests during a rebuild make one more rebuild follow.
    public func requestRebuild() {
        lock.lock(); defer { lock.unlock() }
        if requests == nil {
            do {
                try startRenderer()
            } catch {
                log("nbrun preview: cannot start the renderer: \(error)\n")
                return
            }
        }
        // A failed write means the renderer just stopped: the reader reports it, the next request restarts it.
        try? requests?.write(contentsOf: [1])
    }

    /// Starts the renderer and the thread that reads its answers; called with `lock` held.
    private func startRenderer() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer.executable)
        process.arguments = renderer.arguments(outputFolder)
        let toRenderer = Pipe(), fromRenderer = Pipe()
        process.standardInput = toRenderer
        process.standardOutput = fromRenderer
        try process.run()
        self.process = process
        // A restart ends the "renderer stopped" banner: pages the new renderer writes before its first answer must
        // not be served under the old renderer's death (its problems are the only ones a restart can find).
        problems = ""
        requests = toRenderer.fileHandleForWriting
        let answers = fromRenderer.fileHandleForReading
        let thread = Thread { [self] in readAnswers(from: answers, of: process) }
        thread.name = "nbrun.preview.renderer"
        thread.start()
    }

    /// Reads the renderer's answers until it exits; each one is a finished build.
    private func readAnswers(from answers: FileHandle, of process: Process) {
        var reader = RendererAnswers.Reader(descriptor: answers.fileDescriptor)
        while let (success, text) = reader.next() {
            lock.lock()
            build += 1
            problems = success ? "" : text
            lock.unlock()
        }
        process.waitUntilExit()
        lock.lock()
        if self.process === process {
            self.process = nil
            try? requests?.close()
            requests = nil
            build += 1
            problems = "nbrun preview: the renderer stopped (status \(process.terminationStatus)); saving a file restarts it\n"
            // Ctrl-C in the terminal stops the renderer too (130), and this process right after: nothing to say.
            if process.terminationStatus != 130 && process.terminationStatus != 143 { log(problems) }
        }
        lock.unlock()
    }

    /// The file at `path` (relative to the site's root) with its content type; HTML pages get the reload script.
    public func file(at path: String) -> (data: Data, contentType: String)? {
        var relative = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        relative = relative.removingPercentEncoding ?? relative
        let parts = relative.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return nil }
        let name = parts.isEmpty ? entryPage : parts.joined(separator: "/")
        let type = PreviewSession.contentType(of: name)
        lock.lock()
        let (number, problems) = (build, self.problems)
        lock.unlock()
        guard let data = FileManager.default.contents(atPath: outputFolder + "/" + name) else {
            guard name == entryPage, number == 0 else { return nil }
            let message = "nbrun is rendering \(input)… this page reloads by itself when it is ready."
            return (Data(LiveReload.placeholder(build: number, message: message).utf8), type)
        }
        guard type.hasPrefix("text/html") else { return (data, type) }
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self), build: number, problems: problems)
        return (Data(page.utf8), type)
    }

    /// Stops the renderer and removes the temporary folder.
    public func close() {
        lock.lock()
        let process = self.process
        self.process = nil
        try? requests?.close()
        requests = nil
        lock.unlock()
        // Killed, not asked: a renderer still writing pages would put the folder back after it is removed.
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: outputFolder)
    }

    static func contentType(of name: String) -> String {
        switch URL(fileURLWithPath: name).pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        default: return "application/octet-stream"
        }
    }
}

/// A preview that cannot start (no such input, no temporary folder, the port is taken).
public struct PreviewError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
