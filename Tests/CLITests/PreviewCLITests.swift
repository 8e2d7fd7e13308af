import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `nbrun preview` end to end: a real server on an ephemeral port, a notebook edited on disk, the reload signal.
final class PreviewCLITests: XCTestCase {
    private var folder: URL!
    private var process: Process?

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let process, process.isRunning {
            process.interrupt()
            // A preview that does not stop on Ctrl-C fails the test instead of hanging the suite.
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                XCTFail("nbrun preview did not stop within 10 s of Ctrl-C")
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func lesson(_ prose: String, _ code: String) -> String {
        "---\ntitle: Anteprima\n---\n\n\(prose)\n\n```swift\n\(code)\n```\n"
    }

    /// Starts `nbrun preview` and returns its base URL, read from the line it prints.
    private func startPreview(_ arguments: [String], stderr: OutputBuffer) throws -> String {
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        let process = Process()
        process.executableURL = products.appendingPathComponent("nbrun")
        process.arguments = ["preview"] + arguments + ["--port", "0"]
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdout = OutputBuffer()
        out.fileHandleForReading.readabilityHandler = { stdout.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { stderr.append($0.availableData) }
        try process.run()
        self.process = process
        let line = try XCTUnwrap(stdout.wait(for: "/ (Ctrl-C stops)", seconds: 30), "no URL printed; stderr: \(stderr.text)")
        let url = try XCTUnwrap(line.range(of: "http://127.0.0.1:").map { line[$0.lowerBound...] })
        return String(url.prefix { !$0.isWhitespace })
    }

    private func get(_ url: String, timeout: Double = 30) throws -> String {
        let answer = httpGet(url, timeout: timeout)
        if let failure = answer.failure { throw failure }
        return answer.body
    }

    /// Polls `url` until its body contains `text`.
    private func waitForPage(_ url: String, containing text: String, seconds: Double = 60) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var body = ""
        while Date() < deadline {
            body = try get(url)
            if body.contains(text) { return body }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("page never contained '\(text)'; last body: \(body.prefix(400))")
        return body
    }

    func testEditReloadsThePageAndFailingCellIsShownWithLastGoodPage() throws {
        try write("lesson.md", lesson("Prima versione.", "print(\"uno\" + \"!\")"))
        let foldersBefore = previewFolders()
        let stderr = OutputBuffer()
        let base = try startPreview(["lesson.md"], stderr: stderr)
        XCTAssertTrue(base.hasPrefix("http://127.0.0.1:"))
        let first = try waitForPage(base, containing: "uno!")
        XCTAssertTrue(first.contains("data-nbrun-live-reload"), "preview pages carry the reload script")
        let build = try get(base + "__nbrun/changes?since=0")
        XCTAssertEqual(build, "{\"build\":1}")

        // A long poll started before the edit answers with the next build once the page is rebuilt.
        let answer = OutputBuffer()
        let polled = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let poll = httpGet(base + "__nbrun/changes?since=1", timeout: 60)
            answer.append(Data((poll.failure == nil ? poll.body : "failed").utf8))
            polled.signal()
        }
        Thread.sleep(forTimeInterval: 0.3)
        try write("lesson.md", lesson("Seconda versione.", "print(\"due\" + \"!\")"))
        XCTAssertEqual(polled.wait(timeout: .now() + 30), .success)
        XCTAssertEqual(answer.text, "{\"build\":2}")
        let second = try get(base)
        XCTAssertTrue(second.contains("Seconda versione.") && second.contains("due!"), second)

        // A failing cell: its diagnostic is on the page and in the terminal; the prose is still there.
        try write("lesson.md", lesson("Terza versione.", "print(nonEsiste)"))
        let third = try waitForPage(base, containing: "Terza versione.")
        XCTAssertTrue(third.contains("cannot find &#39;nonEsiste&#39; in scope") || third.contains("cannot find 'nonEsiste' in scope"),
                      third)
        XCTAssertNotNil(stderr.wait(for: "cannot find 'nonEsiste' in scope", seconds: 10), stderr.text)

        // An unreadable notebook keeps the last page and adds a banner with the problem.
        try write("lesson.md", "---\ntitle: [rotto\n---\n\nQuarta versione.\n")
        let fourth = try waitForPage(base, containing: "data-nbrun-live-reload-problems")
        XCTAssertTrue(fourth.contains("Terza versione."), "the last good page stays visible")
        XCTAssertFalse(fourth.contains("Quarta versione."))

        // Ctrl-C stops it cleanly, and its renderer with it.
        process?.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while process?.isRunning == true && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(process?.isRunning, false, "nbrun preview did not stop within 10 s of Ctrl-C")
        XCTAssertEqual(process?.terminationReason, .exit)
        XCTAssertEqual(previewFolders(), foldersBefore, "the preview's temporary folder is removed on Ctrl-C")
    }

    /// The temporary folders of previews (and of these tests) now.
    private func previewFolders() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return Set(names.filter { $0.hasPrefix("nbrun-preview-") })
    }

    /// The renderer is a process of its own: when it dies, the page says so, and the next save starts a new one.
    func testARendererThatDiesIsReportedAndRestartedOnTheNextSave() throws {
        try write("lesson.md", lesson("Prima.", "print(40 + 2)"))
        let base = try startPreview(["lesson.md"], stderr: OutputBuffer())
        _ = try waitForPage(base, containing: "42")
        let pid = try XCTUnwrap(process?.processIdentifier)
        let renderers = childProcesses(of: pid)
        XCTAssertEqual(renderers.count, 1, "one renderer process")
        for renderer in renderers { kill(renderer, SIGKILL) }
        let banner = try waitForPage(base, containing: "data-nbrun-live-reload-problems")
        XCTAssertTrue(banner.contains("the renderer stopped"), String(banner.prefix(2000)))
        try write("lesson.md", lesson("Seconda.", "print(40 + 3)"))
        let rebuilt = try waitForPage(base, containing: "43")
        XCTAssertTrue(rebuilt.contains("Seconda."))
        XCTAssertFalse(rebuilt.contains("the renderer stopped"))
    }

    /// The processes whose parent is `pid`, from /proc (children started by any of its threads).
    private func childProcesses(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task -> [Int32] in
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    func testFolderPreviewServesTheIndexAndPublishedPagesCarryNoScript() throws {
        try write("a.md", lesson("Lezione A.", "print(1 + 1)"))
        try write("b.md", lesson("Lezione B.", "print(2 + 2)"))
        let base = try startPreview(["."], stderr: OutputBuffer())
        let index = try waitForPage(base, containing: "a.html")
        XCTAssertTrue(index.contains("data-nbrun-live-reload"))
        let page = try waitForPage(base + "b.html", containing: "Lezione B.")
        XCTAssertTrue(page.contains("data-nbrun-live-reload"))
        XCTAssertThrowsError(try getStatus(base + "../etc/passwd"))

        let published = try runNBRun([".", "-o", "Site"], in: folder)
        XCTAssertEqual(published.status, 0, published.stderr)
        for name in ["index.html", "a.html", "b.html"] {
            let html = try String(contentsOf: folder.appendingPathComponent("Site/\(name)"), encoding: .utf8)
            XCTAssertFalse(html.contains("data-nbrun-live-reload"), "published \(name) must not carry the preview script")
            XCTAssertFalse(html.contains("__nbrun"), name)
        }
    }

    /// Throws unless `url` answers 200.
    private func getStatus(_ url: String) throws {
        if httpGet(url, timeout: 30).status != 200 { throw URLError(.badServerResponse) }
    }
}

/// One GET request, waited for: the status (0 when none), the body and the error.
func httpGet(_ url: String, timeout: Double) -> (status: Int, body: String, failure: (any Error)?) {
    final class Answer: @unchecked Sendable {
        var status = 0
        var body = Data()
        var failure: (any Error)?
    }
    var request = URLRequest(url: URL(string: url)!)
    request.timeoutInterval = timeout
    let done = DispatchSemaphore(value: 0)
    let answer = Answer()
    URLSession.shared.dataTask(with: request) { data, response, error in
        answer.status = (response as? HTTPURLResponse)?.statusCode ?? 0
        answer.body = data ?? Data()
        answer.failure = error
        done.signal()
    }.resume()
    done.wait()
    return (answer.status, String(decoding: answer.body, as: UTF8.self), answer.failure)
}

/// Bytes from a pipe or a request, collected under a lock.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.lock(); data.append(more); lock.unlock()
    }

    var text: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    /// The first line containing `needle`, once it has been written, or nil after `seconds`.
    func wait(for needle: String, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = text.split(separator: "\n").first(where: { $0.contains(needle) }) { return String(line) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }
}
