import Foundation
import XCTest

/// The cell cache through the command line: cached pages are byte-identical to fresh ones, whatever happened to
/// the cache; plus `--version`, unknown words and progress output.
final class CacheCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-cachecli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    @discardableResult
    private func nbrun(_ arguments: String...) throws -> NBRunResult {
        try runNBRun(arguments, in: folder)
    }

    private let lesson = """
    ---
    title: Cache
    ---

    Prosa iniziale.

    ```swift
    let passi = slider("passi", default: 3, in: 1...10, step: 1)
    var totale = 0
    for i in 1...passi { totale += i }
    print("totale", totale)
    ```

    ```swift
    let figura = Figure(title: "Quadrati")
    figura.line(x: [1.0, 2.0, 3.0], y: [1.0, 4.0, 9.0])
    show(figura)
    ```

    ```swift
    //| error: true
    let vuoto: [Int] = []
    print(vuoto[0])
    ```
    """

    func testCachedPagesAreByteIdenticalToFreshOnesAndProseEditsRunNothing() throws {
        try write("lesson.md", lesson)
        XCTAssertEqual(try nbrun("lesson.md", "-o", "fresh.html", "--no-cache").status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".nbrun-cache").path))
        XCTAssertEqual(try nbrun("lesson.md", "-o", "cold.html").status, 0)
        let plain = try nbrun("lesson.md", "-o", "warm.html", "--progress", "plain")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stderr.contains("lesson.md: 3 of 3 cells from the cache"), plain.stderr)
        XCTAssertEqual(try bytes("cold.html"), try bytes("fresh.html"))
        XCTAssertEqual(try bytes("warm.html"), try bytes("fresh.html"))
        let ignore = try String(contentsOf: folder.appendingPathComponent(".nbrun-cache/.gitignore"), encoding: .utf8)
        XCTAssertTrue(ignore.contains("*"))

        try write("lesson.md", lesson.replacingOccurrences(of: "Prosa iniziale.", with: "Prosa\n\ncorretta, su più righe."))
        let edited = try nbrun("lesson.md", "-o", "edited.html", "--progress", "plain")
        XCTAssertTrue(edited.stderr.contains("3 of 3 cells from the cache"), edited.stderr)
        XCTAssertFalse(edited.stderr.contains(": cell "), "no cell ran: \(edited.stderr)")
        XCTAssertEqual(try nbrun("lesson.md", "-o", "edited-fresh.html", "--no-cache").status, 0)
        XCTAssertEqual(try bytes("edited.html"), try bytes("edited-fresh.html"))

        let refreshed = try nbrun("lesson.md", "-o", "refreshed.html", "--refresh", "--progress", "plain")
        XCTAssertTrue(refreshed.stderr.contains("lesson.md: cell 1/3"), refreshed.stderr)
        XCTAssertEqual(try bytes("refreshed.html"), try bytes("edited-fresh.html"))
        XCTAssertEqual(try nbrun("lesson.md", "--no-cache", "--refresh").status, 2)
    }

    func testProgressIsSilentWhenNotATerminal() throws {
        try write("lesson.md", lesson)
        let result = try nbrun("lesson.md", "-o", "page.html")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, "wrote page.html\n")
    }

    func testKilledDuringCacheWritesThenRebuildGivesTheFreshPage() throws {
        // Many cells with large outputs, so that a kill is likely to land while an entry is being written.
        let cells = (1...12).map { number in "```swift\nprint(String(repeating: \"riga \(number) \", count: 4000))\n```\n" }
        try write("big.md", "# Grande\n\n" + cells.joined(separator: "\n"))
        XCTAssertEqual(try nbrun("big.md", "-o", "fresh.html", "--no-cache").status, 0)
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        let cache = folder.appendingPathComponent(".nbrun-cache")
        func entries() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? [] }
        var killedMidWrite = 0
        for threshold in [1, 3, 6, 9] {
            let process = Process()
            process.executableURL = products.appendingPathComponent("nbrun")
            process.arguments = ["big.md", "-o", "killed.html", "--refresh"]
            process.currentDirectoryURL = folder
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            try process.run()
            // Kill as soon as this run has written `threshold` entries: it is writing more at that moment.
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning && Date() < deadline {
                let written = entries().filter { $0.hasSuffix(".cell") || $0.hasPrefix(".tmp-") }.count
                if written >= threshold { break }
                usleep(1000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidWrite += 1 }
        }
        XCTAssertGreaterThan(killedMidWrite, 0, "no run was killed before it finished")
        // Damage one entry by hand too: cut it short.
        if let entry = try FileManager.default.contentsOfDirectory(atPath: cache.path).first(where: { $0.hasSuffix(".cell") }) {
            let data = try Data(contentsOf: cache.appendingPathComponent(entry))
            try data.prefix(data.count - 10).write(to: cache.appendingPathComponent(entry))
        }
        let rebuilt = try nbrun("big.md", "-o", "rebuilt.html")
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertEqual(try bytes("rebuilt.html"), try bytes("fresh.html"))
        XCTAssertEqual(try nbrun("big.md", "-o", "again.html").status, 0)
        XCTAssertEqual(try bytes("again.html"), try bytes("fresh.html"))
    }

    func testTwoSiteBuildsSharingOneCacheAtOnce() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corso"), withIntermediateDirectories: true)
        try write("corso/a.md", lesson)
        try write("corso/b.md", lesson.replacingOccurrences(of: "Quadrati", with: "Cubi"))
        XCTAssertEqual(try nbrun("corso", "-o", "fresh", "--no-cache").status, 0)
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        let builds = (1...2).map { number -> Process in
            let process = Process()
            process.executableURL = products.appendingPathComponent("nbrun")
            process.arguments = ["corso", "-o", "site\(number)"]
            process.currentDirectoryURL = folder
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            return process
        }
        try builds.forEach { try $0.run() }
        builds.forEach { $0.waitUntilExit() }
        for number in 1...2 {
            XCTAssertEqual(builds[number - 1].terminationStatus, 0)
            for page in ["index.html", "a.html", "b.html"] {
                XCTAssertEqual(try bytes("site\(number)/\(page)"), try bytes("fresh/\(page)"), page)
            }
        }
        XCTAssertEqual(try nbrun("corso", "-o", "site3").status, 0)
        XCTAssertEqual(try bytes("site3/a.html"), try bytes("fresh/a.html"))
    }

    func testVersionAndUnknownWords() throws {
        let version = try nbrun("--version")
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, version.stdout)
        try write("x.md", "# X\n")
        let typo = try nbrun("previw", "x.md")
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("unknown subcommand 'previw'"), typo.stderr)
        XCTAssertTrue(typo.stderr.contains("did you mean 'preview'?"), typo.stderr)
        let flag = try nbrun("x.md", "--no-cahce")
        XCTAssertEqual(flag.status, 2)
        XCTAssertTrue(flag.stderr.contains("--no-cahce"), flag.stderr)
    }
}
