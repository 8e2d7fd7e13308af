import Foundation
import Publishing
import XCTest

/// Local images in numbered figures and inside callouts are copied next to the page like any other image.
final class FigureAssetTests: XCTestCase {
    func testFigureAndCalloutImagesAreCopied() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("img"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.png", "b.png"] {
            try Data([1, 2, 3]).write(to: folder.appendingPathComponent("img/\(name)"))
        }
        try "![A](img/a.png){#fig-a}\n\n::: {.callout-tip}\n![B](img/b.png)\n\n![C](img/c.png)\n:::\n\nVedi @fig-a.\n"
            .write(to: folder.appendingPathComponent("lesson.md"), atomically: true, encoding: .utf8)
        let report = PageBuilder.build(input: folder.appendingPathComponent("lesson.md").path,
                                       output: folder.appendingPathComponent("out/lesson.html").path)
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        XCTAssertEqual(report.diagnostics.map(\.message), ["image 'img/c.png' not found next to the notebook"])
        XCTAssertEqual(report.diagnostics.first?.location?.line, 6)
        for name in ["a.png", "b.png"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/img/\(name)").path), name)
        }
    }
}
