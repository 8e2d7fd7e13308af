import Foundation
import XCTest

/// Bad input and faults (issue "Bad input and faults"): nothing crashes, nothing half-written, nothing lost.
final class FaultTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func testInterruptLeavesTheOldPageAndNoTemporaryFile() throws {
        try write("page.html", "previous page")
        try write("loop.md", "```swift\nvar n = 0\nwhile true { n &+= 1 }\n```\n")
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        for (signal, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            let process = Process()
            process.executableURL = products.appendingPathComponent("nbrun")
            process.arguments = ["loop.md", "-o", "page.html"]
            process.currentDirectoryURL = folder
            process.standardError = Pipe()
            try process.run()
            Thread.sleep(forTimeInterval: 1.5)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, code)
            XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("page.html"), encoding: .utf8), "previous page")
            let strays = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
            XCTAssertEqual(strays, [])
        }
    }

    func testInfiniteLoopStopsAtTheCellTimeoutNamingTheLine() throws {
        try write("loop.md", "Testo\n\n```swift\n//| timeout: 1\nvar n = 0\nwhile true { n &+= 1 }\n```\n")
        let result = try runNBRun(["loop.md"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("loop.md:6:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("timed out after 1"), result.stderr)
    }

    func testRunawayRecursionIsStopped() throws {
        try write("rec.md", "```swift\nfunc f(_ n: Int) -> Int { f(n + 1) + 1 }\nprint(f(0))\n```\n")
        let result = try runNBRun(["rec.md"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("rec.md:2:"), result.stderr)
    }

    func testHugeTensorIsRefusedBeforeAllocating() throws {
        try write("big.md", "```swift\nlet t = zeros([1_000_000, 1_000_000])\nprint(t.count)\n```\n")
        let result = try runNBRun(["big.md"], in: folder)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("big.md:2:"), result.stderr)
    }

    func testLargeNotebookAndHugeCell() throws {
        var prose = "# Grande\n\n"
        for index in 0..<20_000 {
            prose += "Paragrafo \(index) con *enfasi*, `codice` e un [collegamento](https://example.org/\(index)).\n\n"
        }
        var cell = "```swift\nvar s = 0\n"
        for index in 0..<100_000 { cell += "s += \(index % 10)\n" }
        cell += "print(s)\n```\n"
        try write("large.md", prose + cell)
        let result = try runNBRun(["large.md", "-o", "large.html"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try String(contentsOf: folder.appendingPathComponent("large.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<pre class=\"output\">450000</pre>"))
        XCTAssertTrue(page.contains("Paragrafo 19999"))
    }

    func testNotUTF8EmptyAndMissingFolder() throws {
        try Data([0x23, 0x20, 0xC3, 0x28, 0x0A]).write(to: folder.appendingPathComponent("latin.md"))
        let latin = try runNBRun(["latin.md"], in: folder)
        XCTAssertEqual(latin.status, 2)
        XCTAssertTrue(latin.stderr.hasPrefix("latin.md:1:3: error: the file is not valid UTF-8 text"), latin.stderr)

        try write("empty.md", "")
        let empty = try runNBRun(["empty.md", "-o", "empty.html"], in: folder)
        XCTAssertEqual(empty.status, 0)
        XCTAssertEqual(empty.stderr, "empty.md: warning: the notebook is empty\n")

        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nothing"), withIntermediateDirectories: true)
        let nothing = try runNBRun(["nothing"], in: folder)
        XCTAssertEqual(nothing.status, 2)
        XCTAssertTrue(nothing.stderr.contains("no notebooks"), nothing.stderr)
    }

    func testInjectedMarkupIsEscapedEverywhere() throws {
        try write("x.md", """
        ---
        title: "<script>alert(1)</script>"
        ---

        [a](javascript:alert(2)) <img src=x onerror=alert(3)>

        ```swift
        let label = choice("mode", default: "<b>", options: ["<b>", "</script>"], label: "<i>")
        print("<script>alert(4)</script>")
        let fig = Figure(title: "<script>alert(5)</script>")
        fig.bar(categories: ["<b>x</b>"], values: [1.0])
        show(fig)
        ```
        """)
        let result = try runNBRun(["x.md", "-o", "x.html", "-p", "mode=</script>"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try String(contentsOf: folder.appendingPathComponent("x.html"), encoding: .utf8)
        // The only scripts are nbrun's own: the live page's data and its script; nothing injected opens or closes one.
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 2, page)
        XCTAssertEqual(page.components(separatedBy: "</script>").count - 1, 2, page)
        XCTAssertTrue(page.contains("<script type=\"application/json\" id=\"nbrun-live-data\">"))
        XCTAssertFalse(page.lowercased().contains("javascript:"))
        XCTAssertFalse(page.contains("<img src=x"))
        XCTAssertFalse(page.contains("<b>"))
        XCTAssertFalse(page.contains("<i>"))
    }
}
