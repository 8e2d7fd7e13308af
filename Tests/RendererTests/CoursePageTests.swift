import NotebookFormat
import XCTest
@testable import Renderer

/// What a student reading the course needs from a page: contents without doubled numbers, legible layout rules.
final class CoursePageTests: XCTestCase {
    private func page(_ markdown: String) throws -> String {
        let notebook = try NotebookParser.parse(source: markdown, path: "lesson.md")
        return PageRenderer().render(notebook, results: []).html
    }

    func testContentsDoNotNumberHeadingsThatCarryTheirOwnNumbers() throws {
        let html = try page("# T\n\n## 1. Dal neurone\n\ntext\n\n### 1.1 Il neurone\n\ntext\n\n## 2. Le reti\n\ntext\n")
        XCTAssertTrue(html.contains("<ol class=\"numbered-headings\">\n<li><a href=\"#1-dal-neurone\">1. Dal neurone</a>"),
                      html)
        let plain = try page("# T\n\n## Dal neurone\n\ntext\n\n## Le reti\n\ntext\n")
        XCTAssertTrue(plain.contains("<h2 id=\"toc-title\">Contents</h2>\n<ol>\n"), plain)
    }

    func testHeadingNumbers() {
        XCTAssertTrue(HeadingNumbers.isNumbered("1. Dal neurone"))
        XCTAssertTrue(HeadingNumbers.isNumbered("2.3 La memoria"))
        XCTAssertFalse(HeadingNumbers.isNumbered("2026 anno"))
        XCTAssertFalse(HeadingNumbers.isNumbered("Dal neurone"))
        XCTAssertFalse(HeadingNumbers.isNumbered("3D e grafica"))
    }

    func testFiguresNeverShrinkBelowElevenPixelText() {
        let plot = "<svg viewBox=\"0 0 720 480\"><text font-size=\"11\">0</text><text font-size=\"13\">x</text></svg>"
        XCTAssertEqual(SVGLegibility.style(for: plot), "--svg-width:720px;--legible-width:720px")
        let diagram = "<svg viewBox=\"0.00 0.00 400.00 300.00\"><text font-size=\"8.00\">a</text></svg>"
        XCTAssertEqual(SVGLegibility.style(for: diagram), "--svg-width:400px;--legible-width:550px")
        XCTAssertNil(SVGLegibility.style(for: "<svg><text>no view box</text></svg>"))
    }
}
