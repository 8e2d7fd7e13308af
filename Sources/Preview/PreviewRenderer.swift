import Foundation
import Publishing
import Runner

/// The rendering half of `nbrun preview`, run in a process of its own that the server starts with `posix_spawn`.
///
/// Rendering forks (cell workers, checkpoints), and a child forked while another thread of the same process holds a
/// lock of the Swift runtime or of Foundation waits on it forever. The server's threads (HTTP, file watcher) never
/// stop taking such locks, so they live in another process: this one only renders, one request at a time, like a
/// batch `nbrun` run.
///
/// The server writes one byte per rebuild request; after each build this process writes one `RendererAnswers` answer.
public enum PreviewRenderer {
    /// Serves rebuild requests read from `requests` until it is closed, writing one answer per build to `replies`;
    /// `log` prints each build's diagnostics and timing to the terminal.
    public static func serve(input: String, output: String, options: RunOptions, requests: Int32, replies: Int32,
                             log: (String) -> Void) {
        var options = options
        options.allowErrors = true
        let isFolder = PreviewRenderer.isFolder(input)
        var build = 0
        while waitForRequest(requests) {
            // Requests that arrived during the last build are served by this one build.
            drainRequests(requests)
            build += 1
            let started = Date()
            let (diagnostics, success) = render(input: input, isFolder: isFolder, output: output, options: options)
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            let verdict = success ? "rendered" : "rendered with errors"
            log(diagnostics + "nbrun preview: build \(build) \(verdict) in \(milliseconds) ms\n")
            let answer = RendererAnswers.encode(success: success, problems: success ? "" : diagnostics)
            guard writeAll(answer, to: replies) else { return }
        }
    }

    /// Whether `input` names a folder (a course) rather than one notebook.
    static func isFolder(_ input: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func render(input: String, isFolder: Bool, output: String,
                               options: RunOptions) -> (diagnostics: String, success: Bool) {
        if isFolder {
            let site = SiteBuilder.build(folder: input, output: output, options: options)
            return (site.diagnosticsText + site.pages.map(\.diagnosticsText).joined(), site.outcome == .success)
        }
        let page = PageBuilder.build(input: input, output: output + "/" + PageBuilder.pageName(for: input),
                                     options: options)
        return (page.diagnosticsText, page.outcome == .success)
    }

    /// Blocks until a request byte arrives; false when the server closed its end.
    private static func waitForRequest(_ descriptor: Int32) -> Bool {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return true }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }

    /// Reads whatever requests are already waiting, without blocking.
    private static func drainRequests(_ descriptor: Int32) {
        var bytes = [UInt8](repeating: 0, count: 256)
        while true {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 0) == 1, ready.revents & Int16(POLLIN) != 0 else { return }
            guard read(descriptor, &bytes, bytes.count) > 0 else { return }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
