import Foundation
import Publishing
import Runner

/// What `nbrun preview` serves: a notebook (or a course folder) rendered into a private temporary folder, rebuilt on
/// request, with a build number that goes up after every rebuild so open pages know when to reload.
///
/// With `RunOptions.checkpoints`, interpreter states are kept at cell boundaries between rebuilds, so an edit of a
/// cell below an expensive one resumes from the state before it. Cells run with `allowErrors`, so a failing cell
/// shows its diagnostic on the page while the others keep their outputs; when a notebook cannot be read at all, the
/// last good page stays and a banner lists the problems.
public final class PreviewSession: @unchecked Sendable {
    /// The notebook or course folder being previewed.
    public let input: String
    /// The page `/` shows: `index.html` for a folder, the notebook's page otherwise.
    public let entryPage: String
    /// Where pages are rendered (removed by `close()`).
    public let outputFolder: String
    private let isFolder: Bool
    private let options: RunOptions
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var build = 0
    private var problems = ""
    private var rebuilding = false
    private var rebuildAgain = false

    /// Prepares a preview of `input`; `options` are how cells run (the cache, progress), `log` prints to the terminal.
    public init(input: String, options: RunOptions, log: @escaping @Sendable (String) -> Void) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
            throw PreviewError("no such file or folder: '\(input)'")
        }
        self.input = input
        self.isFolder = isFolder.boolValue
        entryPage = isFolder.boolValue ? "index.html" : PageBuilder.pageName(for: input)
        var options = options
        options.allowErrors = true
        self.options = options
        self.log = log
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-preview-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else { throw PreviewError("cannot create a temporary folder") }
        outputFolder = String(cString: bytes)
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

    /// Rebuilds in the background; a request during a rebuild makes one more rebuild follow it.
    public func requestRebuild() {
        lock.lock()
        if rebuilding {
            rebuildAgain = true
            lock.unlock()
            return
        }
        rebuilding = true
        lock.unlock()
        DispatchQueue.global().async { [self] in
            while true {
                rebuild()
                lock.lock()
                if !rebuildAgain {
                    rebuilding = false
                    lock.unlock()
                    return
                }
                rebuildAgain = false
                lock.unlock()
            }
        }
    }

    /// Renders everything now, prints what happened, and bumps the build number.
    public func rebuild() {
        let started = Date()
        var diagnostics = ""
        let outcome: BuildOutcome
        if isFolder {
            let site = SiteBuilder.build(folder: input, output: outputFolder, options: options)
            diagnostics = site.diagnosticsText + site.pages.map(\.diagnosticsText).joined()
            outcome = site.outcome
        } else {
            let page = PageBuilder.build(input: input, output: outputFolder + "/" + entryPage, options: options)
            diagnostics = page.diagnosticsText
            outcome = page.outcome
        }
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        lock.lock()
        build += 1
        problems = outcome == .success ? "" : diagnostics
        let number = build
        lock.unlock()
        let verdict = outcome == .success ? "rendered" : "rendered with errors"
        log(diagnostics + "nbrun preview: build \(number) \(verdict) in \(milliseconds) ms\n")
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

    /// Removes the temporary folder.
    public func close() {
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
