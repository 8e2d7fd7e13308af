import Foundation
import XCTest

/// Runs the built `nbrun` executable as a user would and checks exit codes, messages and written files.
final class CLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    private func nbrun(_ arguments: String...) throws -> NBRunResult {
        try runNBRun(arguments, in: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    private let lesson = """
    ---
    title: Regressione
    lang: it
    ---

    Una retta.

    ```swift
    let slope = 1.5
    let intercept = 0.5
    print("y = \\(slope)x + \\(intercept)")
    ```
    """

    func testRendersToDefaultOutputFolder() throws {
        try write("lesson.md", lesson)
        let result = try nbrun("lesson.md")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "wrote Output/lesson.html\n")
        let html = try read("Output/lesson.html")
        XCTAssertTrue(html.contains("<pre class=\"output\">y = 1.5x + 0.5</pre>"), html)
        XCTAssertTrue(html.contains("<title>Regressione</title>"))
    }

    func testRenderingTwiceGivesIdenticalBytes() throws {
        try write("lesson.md", lesson)
        try nbrun("lesson.md", "-o", "a.html", "--quiet")
        try nbrun("lesson.md", "--output", "b.html", "-q")
        XCTAssertEqual(try read("a.html"), try read("b.html"))
        XCTAssertFalse(try read("a.html").isEmpty)
    }

    func testTypoIsReportedAtNotebookPositionAndOldPageIsKept() throws {
        try write("page.html", "previous page")
        try write("lesson.md", lesson.replacingOccurrences(of: "print(\"y = \\(slope)x", with: "print(\"y = \\(slpoe)x"))
        let result = try nbrun("lesson.md", "-o", "page.html")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("lesson.md:11:14: error: cannot find 'slpoe' in scope\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("print(\"y = \\(slpoe)x + \\(intercept)\")\n             ^\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean 'slope'?"), result.stderr)
        XCTAssertEqual(try read("page.html"), "previous page")
        XCTAssertEqual(result.stdout, "")
    }

    func testEveryIndependentMistakeIsReportedInOneRun() throws {
        try write("lesson.md", "```swift\nlet a = bb\n```\n\n```swift\nlet c = dd\n```\n")
        let result = try nbrun("lesson.md")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("lesson.md:2:9: error: cannot find 'bb' in scope"), result.stderr)
        XCTAssertTrue(result.stderr.contains("lesson.md:6:9: error: cannot find 'dd' in scope"), result.stderr)
    }

    func testRuntimeErrorExitsOneWithPosition() throws {
        try write("lesson.md", "```swift\nlet values = [1, 2, 3]\nprint(values[5])\n```\n")
        let result = try nbrun("lesson.md")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("lesson.md:3:"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/lesson.html").path))
    }

    func testAllowErrorsWritesThePageButStillExitsOne() throws {
        try write("lesson.md", "```swift\nprint(1 / 0)\n```\n\n```swift\nprint(\"dopo\")\n```\n")
        let result = try nbrun("lesson.md", "--allow-errors", "-o", "out.html")
        XCTAssertEqual(result.status, 1)
        let html = try read("out.html")
        XCTAssertTrue(html.contains("class=\"error\""))
        XCTAssertTrue(html.contains("dopo"))
    }

    /// A name whose declaration never completed (its cell did not compile, or stopped before it) is an error at its
    /// use on the page and on stderr, never a default value.
    func testAllowErrorsShowsAnErrorWhereAFailedCellsNameIsUsed() throws {
        try write("lesson.md", "```swift\nvar losses: [Double] = [1, 2]\nlet k = nonEsiste\n```\n\n```swift\nprint(losses.count)\n```\n\n"
                  + "```swift\nlet z: Int = [1][5]\n```\n\n```swift\nprint(z)\n```\n")
        let result = try nbrun("lesson.md", "--allow-errors", "-o", "out.html")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(
            "lesson.md:7:7: error: 'losses' is not available: the cell that declares it (line 2) did not compile\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("lesson.md:15:7: error: 'z' is not available: the cell that declares it (line 11) "
                                             + "stopped at an error on line 11 before it got a value\n"), result.stderr)
        let html = try read("out.html")
        XCTAssertFalse(html.contains("<pre class=\"output\">0</pre>"))
        XCTAssertEqual(html.components(separatedBy: "class=\"error\"").count - 1, 4)
    }

    func testExpectedErrorCellDoesNotFailTheRun() throws {
        try write("lesson.md", "```swift\n//| error: true\nlet z = nonEsiste\n```\n\n```swift\nprint(\"ok\")\n```\n")
        let result = try nbrun("lesson.md", "-o", "out.html")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try read("out.html").contains("cannot find &#39;nonEsiste&#39; in scope")
                      || read("out.html").contains("cannot find 'nonEsiste' in scope"))
    }

    func testBadCellOptionExitsTwoAndWritesNothing() throws {
        try write("lesson.md", "```swift\n//| ecco: false\nprint(1)\n```\n")
        let result = try nbrun("lesson.md", "-o", "out.html")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("lesson.md:2:5: error: unknown cell option 'ecco'\n//| ecco: false\n    ^\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path))
    }

    func testBadFrontMatterExitsTwo() throws {
        try write("lesson.md", "---\ntitle: [x\n---\n")
        XCTAssertEqual(try nbrun("lesson.md").status, 2)
    }

    func testMissingFileAndBadUsageExitTwo() throws {
        let missing = try nbrun("nope.md")
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "nope.md: error: no such file: 'nope.md'\n")
        XCTAssertEqual(try nbrun("--no-such-flag", "x.md").status, 2)
        XCTAssertEqual(try nbrun().status, 2)
        XCTAssertEqual(try nbrun("--help").status, 0)
    }

    func testUnwritableOutputExitsTwo() throws {
        try write("lesson.md", lesson)
        try write("file", "not a folder")
        let result = try nbrun("lesson.md", "-o", "file/page.html")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("cannot write 'file/page.html'"), result.stderr)
    }
}

/// The README's minimal notebook must run as shown.
final class ReadmeExampleTests: XCTestCase {
    func testReadmeNotebookRenders() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "````markdown\n"))
        let end = try XCTUnwrap(text.range(of: "````", range: start.upperBound..<text.endIndex))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try String(text[start.upperBound..<end.lowerBound]).write(to: folder.appendingPathComponent("lesson.md"),
                                                                  atomically: true, encoding: .utf8)
        let result = try runNBRun(["lesson.md", "-p", "slope=2.5"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try String(contentsOf: folder.appendingPathComponent("Output/lesson.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<pre class=\"output\">y = 2.5x + 0.5</pre>"))
        XCTAssertTrue(page.contains("<svg"))
        XCTAssertTrue(page.contains("<math"))
    }
}
