import Foundation
import NotebookFormat
import Publishing
import XCTest

/// Paths and files (issue "Hostile input and faults, round two"): nothing outside its place is read or written.
final class HostilePathTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Notebooks"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    private func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
    }

    private func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    func testOutputThatIsTheNotebookIsRefused() throws {
        try write("Notebooks/a.md", "# A\n")
        try FileManager.default.createSymbolicLink(atPath: path("alias.md"), withDestinationPath: path("Notebooks/a.md"))
        try FileManager.default.linkItem(atPath: path("Notebooks/a.md"), toPath: path("hard.md"))
        for output in [path("Notebooks/a.md"), path("Notebooks/../Notebooks/./a.md"), path("alias.md"), path("hard.md")] {
            let report = PageBuilder.build(input: path("Notebooks/a.md"), output: output)
            XCTAssertEqual(report.outcome, .badInput, output)
            XCTAssertNil(report.writtenPath)
            XCTAssertTrue(report.diagnosticsText.contains("is the notebook"), report.diagnosticsText)
            XCTAssertEqual(try String(contentsOfFile: path("Notebooks/a.md"), encoding: .utf8), "# A\n")
        }
    }

    func testOnlyRegularFilesOrNewPathsAreWritten() throws {
        XCTAssertNil(OutputTarget.refusal(for: path("new.html")))
        try write("old.html", "x")
        XCTAssertNil(OutputTarget.refusal(for: path("old.html")))
        // Checked without writing: the tests run as root, where replacing /dev/null would delete it.
        XCTAssertEqual(OutputTarget.refusal(for: "/dev/null"),
                       "'/dev/null' is a character device, not a regular file; nbrun writes pages only to regular files or new paths")
        XCTAssertTrue(mkfifo(path("fifo.html"), 0o644) == 0)
        XCTAssertTrue(OutputTarget.refusal(for: path("fifo.html"))?.contains("a FIFO (named pipe)") ?? false)
        XCTAssertThrowsError(try AtomicFile.write("page", to: path("fifo.html")))
        var status = stat()
        XCTAssertEqual(lstat(path("fifo.html"), &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO)
        try FileManager.default.createSymbolicLink(atPath: path("null.html"), withDestinationPath: "/dev/null")
        XCTAssertNotNil(OutputTarget.refusal(for: path("null.html")))
    }

    func testPageOverTheSizeLimitIsRefused() {
        XCTAssertNil(OutputTarget.sizeRefusal(bytes: OutputTarget.maximumPageBytes))
        XCTAssertEqual(OutputTarget.sizeRefusal(bytes: 199 * 1_048_576),
                       "the page would be 199.0 MB, over the limit of 50.0 MB for one page; nothing was written (print or plot less, or split the notebook)")
    }

    func testImagesOutsideTheFolderAreNeitherReadNorCopied() throws {
        try write("secret.txt", "secret")
        try write("Notebooks/inside.png", "png")
        try FileManager.default.createSymbolicLink(atPath: path("Notebooks/link.png"), withDestinationPath: path("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: path("Notebooks/fine.png"), withDestinationPath: "inside.png")
        try write("Notebooks/a.md", """
        ![uno](link.png)

        ![due](%2e%2e/secret.txt)

        ![tre](img/%2E%2E/%2e%2e/secret.txt)

        ![quattro](fine.png)

        """)
        let report = PageBuilder.build(input: path("Notebooks/a.md"), output: path("Site/pages/a.html"))
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        XCTAssertFalse(exists("Site/pages/link.png"))
        XCTAssertFalse(exists("Site/secret.txt"))
        XCTAssertTrue(exists("Site/pages/fine.png"), "a link to a file inside the folder is fine")
        let text = report.diagnosticsText
        XCTAssertTrue(text.contains("a.md:1:1: warning: image 'link.png' leads outside the notebook's folder"), text)
        XCTAssertTrue(text.contains("a.md:3:1: warning: image '%2e%2e/secret.txt' is outside the notebook's folder"), text)
        XCTAssertTrue(text.contains("a.md:5:1: warning: image 'img/%2E%2E/%2e%2e/secret.txt' is outside"), text)
        let page = try String(contentsOfFile: path("Site/pages/a.html"), encoding: .utf8)
        XCTAssertFalse(page.contains("secret.txt\""), "no img element points outside")
    }

    func testFailedLessonsNeighboursDoNotLinkToItsStalePage() throws {
        try write("Notebooks/a.md", "---\norder: 1\n---\n# A\n")
        try write("Notebooks/b.md", "---\norder: 2\n---\n# B\n\n```swift\nlet x: Int = \"no\"\n```\n")
        try write("Notebooks/c.md", "---\norder: 3\n---\n# C\n")
        try FileManager.default.createDirectory(atPath: path("Output"), withIntermediateDirectories: true)
        try write("Output/b.html", "stale page from an earlier build")
        let site = SiteBuilder.build(folder: path("Notebooks"), output: path("Output"))
        XCTAssertEqual(site.outcome, .cellFailure)
        let a = try String(contentsOfFile: path("Output/a.html"), encoding: .utf8)
        let c = try String(contentsOfFile: path("Output/c.html"), encoding: .utf8)
        XCTAssertFalse(a.contains("b.html"), a)
        XCTAssertFalse(c.contains("b.html"), c)
        XCTAssertTrue(a.contains("class=\"next\" href=\"c.html\""), a)
        XCTAssertTrue(c.contains("class=\"previous\" href=\"a.html\""), c)
    }

    func testBrokenIndexIsReported() throws {
        try write("Notebooks/a.md", "# A\n")
        try write("Notebooks/index.md", "---\ntitle: [unclosed\n---\n\nBenvenuti.\n")
        let site = SiteBuilder.build(folder: path("Notebooks"), output: path("Output"))
        XCTAssertEqual(site.outcome, .badInput)
        let text = site.pages.map(\.diagnosticsText).joined()
        XCTAssertTrue(text.contains("index.md:3:1: error: front matter is not valid YAML"), text)
        XCTAssertTrue(exists("Output/a.html"))
        XCTAssertTrue(exists("Output/index.html"))
    }
}
