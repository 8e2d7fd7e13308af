import Diagnostics
import Foundation
import NotebookFormat
import XCTest

/// Inputs found by the fuzz targets in `Fuzz/` (minimised), kept so the bugs they exposed stay fixed.
final class NotebookFuzzRegressionTests: XCTestCase {
    /// Lone carriage returns end lines for YAML and cmark, so they must for nbrun too: a YAML error after them
    /// was reported at a line past the end of the file (line 74 of a 28-line notebook).
    func testLoneCarriageReturnsCountAsLineEndings() throws {
        let source = "---\ntitle: a\r\r\rlang: [\n---\n\nText\n"
        XCTAssertThrowsError(try NotebookParser.parse(source: source, path: "lesson.md")) { error in
            let diagnostics = (error as? NotebookError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.count, 1)
            XCTAssertTrue(diagnostics.first?.message.hasPrefix("front matter is not valid YAML") ?? false)
            // The header is lines 2–5 ("lang: [" is line 5); YAML reports the unclosed list where the header ends.
            XCTAssertEqual(diagnostics.first?.location?.line, 6)
        }
        let notebook = try NotebookParser.parse(source: "# T\r\r```swift\rlet a = 1\r```\r", path: "lesson.md")
        XCTAssertEqual(notebook.cells.first?.code, "let a = 1\n")
        XCTAssertEqual(notebook.cells.first?.firstLine, 4)
        // The source kept for diagnostics counts the same lines as cmark did.
        let lines = notebook.source.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 6)
        XCTAssertEqual(lines[3], "let a = 1")
    }
}

extension NotebookFuzzRegressionTests {
    /// Thousands of nested block quotes overflowed the stack of every walk over the blocks; past 100 levels they
    /// are one error at the first block too deep.
    func testDeeplyNestedBlockQuotesAreAnErrorNotACrash() throws {
        let source = "# T\n\n" + String(repeating: ">", count: 20_000) + " x\n"
        XCTAssertThrowsError(try NotebookParser.parse(source: source, path: "lesson.md")) { error in
            let diagnostics = (error as? NotebookError)?.diagnostics ?? []
            XCTAssertEqual(diagnostics.map(\.message), ["block quotes and lists are nested more than 100 levels deep"])
            XCTAssertEqual(diagnostics.first?.location?.line, 3)
        }
        let fine = try NotebookParser.parse(source: String(repeating: "> ", count: 100) + "x\n", path: "lesson.md")
        XCTAssertEqual(fine.blocks.count, 1)
    }
}
