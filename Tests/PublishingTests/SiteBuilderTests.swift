import Foundation
import NotebookFormat
import Publishing
import XCTest

final class SiteBuilderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Notebooks/img"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ path: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    func testCourseIsBuiltInOrderWithIndexNavigationLinksAndImages() throws {
        try write("Notebooks/b.md", "---\ntitle: Seconda\ndescription: Dopo\nlang: it\norder: 2\n---\n\n## Uno\n\n## Due\n\nVedi [la prima](a.md#inizio).\n\n![grafico](img/plot.png)\n")
        try write("Notebooks/a.md", "---\ntitle: Prima\ndescription: Inizio\nlang: it\norder: 1\n---\n\n```swift\nprint(6 * 7)\n```\n")
        try write("Notebooks/img/plot.png", "PNG")
        let report = SiteBuilder.build(folder: folder.appendingPathComponent("Notebooks").path,
                                       output: folder.appendingPathComponent("Site").path)
        XCTAssertEqual(report.outcome, .success, report.pages.map(\.diagnosticsText).joined())
        let index = try read("Site/index.html")
        let first = try XCTUnwrap(index.range(of: "href=\"a.html\">Prima</a>"))
        let second = try XCTUnwrap(index.range(of: "href=\"b.html\">Seconda</a>"))
        XCTAssertTrue(first.lowerBound < second.lowerBound)
        XCTAssertTrue(index.contains("<p>Inizio</p>"))
        let a = try read("Site/a.html")
        XCTAssertTrue(a.contains("<pre class=\"output\">42</pre>"))
        XCTAssertTrue(a.contains("href=\"b.html\" rel=\"next\""))
        XCTAssertTrue(a.contains("href=\"index.html\""))
        let b = try read("Site/b.html")
        XCTAssertTrue(b.contains("href=\"a.html\" rel=\"prev\""))
        XCTAssertTrue(b.contains("<a href=\"a.html#inizio\">la prima</a>"), b)
        XCTAssertTrue(b.contains("<nav class=\"toc\""))
        XCTAssertTrue(b.contains("<h2 id=\"toc-title\">Indice</h2>"))
        XCTAssertEqual(try read("Site/img/plot.png"), "PNG")
    }

    func testFailingNotebookIsReportedAndOthersAreStillWritten() throws {
        try write("Notebooks/good.md", "# Buona\n\n```swift\nprint(1)\n```\n")
        try write("Notebooks/bad.md", "# Rotta\n\n```swift\nprint(nonEsiste)\n```\n")
        let report = SiteBuilder.build(folder: folder.appendingPathComponent("Notebooks").path,
                                       output: folder.appendingPathComponent("Site").path)
        XCTAssertEqual(report.outcome, .cellFailure)
        XCTAssertTrue(exists("Site/good.html"))
        XCTAssertFalse(exists("Site/bad.html"))
        XCTAssertTrue(report.pages.contains { $0.diagnosticsText.contains("cannot find 'nonEsiste' in scope") })
        XCTAssertFalse(try read("Site/index.html").contains("bad.html"))
    }

    func testFolderWithoutNotebooksIsBadInput() throws {
        let report = SiteBuilder.build(folder: folder.appendingPathComponent("Notebooks/img").path,
                                       output: folder.appendingPathComponent("Site").path)
        XCTAssertEqual(report.outcome, .badInput)
        XCTAssertTrue(report.diagnosticsText.contains("no notebooks"))
    }

    func testEscapingAndMissingImagesAreWarningsAndNothingLeaks() throws {
        try write("Notebooks/a.md", "![segreto](../../etc/passwd)\n\n![manca](img/nope.png)\n")
        let report = SiteBuilder.build(folder: folder.appendingPathComponent("Notebooks").path,
                                       output: folder.appendingPathComponent("Site").path)
        XCTAssertEqual(report.outcome, .success)
        let text = report.pages.map(\.diagnosticsText).joined()
        XCTAssertTrue(text.contains("a.md:1:1: warning: image '../../etc/passwd' is outside the notebook's folder"), text)
        XCTAssertTrue(text.contains("a.md:3:1: warning: image 'img/nope.png' not found"), text)
        XCTAssertFalse(try read("Site/a.html").contains("passwd"))
    }
}
