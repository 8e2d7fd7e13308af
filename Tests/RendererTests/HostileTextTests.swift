import Diagnostics
import NotebookFormat
import Renderer
import XCTest

/// Text that must not reach the page as written (issue "Hostile input and faults, round two").
final class HostileTextTests: XCTestCase {
    private func page(_ markdown: String, results: [CellResult] = []) throws -> String {
        let notebook = try NotebookParser.parse(source: markdown, path: "Notebooks/lesson.md")
        return PageRenderer().render(notebook, results: results).html
    }

    func testControlCharactersAreShownVisibly() throws {
        let html = try page("Testo con \u{1B}[1m e \u{7}.\n\n```swift\nprint(1)\n```\n",
                            results: [CellResult(status: .succeeded, outputs: [.text("a\u{1B}[31mb\u{7}c\u{0}d\u{85}e\tf\n")])])
        XCTAssertTrue(html.contains("<p>Testo con \\u{1B}[1m e \\u{7}.</p>"), html)
        XCTAssertTrue(html.contains("a\\u{1B}[31mb\\u{7}c\\u{0}d\\u{85}e\tf"), html)
        XCTAssertFalse(html.unicodeScalars.contains { ($0.value < 0x20 && !["\n", "\t", "\r"].contains($0))
                || (0x7F...0x9F).contains($0.value) })
        XCTAssertEqual(HTMLWriter.escapeAttribute("x\u{1B}\"y"), "x\\u{1B}&quot;y")
    }

    func testPercentEncodedImagePathOutsideTheFolderIsNotLinked() throws {
        let html = try page("![segreto](%2e%2e/secret.txt) e ![ok](img/a%20b.png)\n")
        XCTAssertFalse(html.contains("secret.txt"), html)
        XCTAssertTrue(html.contains("segreto"), html)
        XCTAssertTrue(html.contains("src=\"img/a%20b.png\""), html)
    }

    func testFormulaWarningPointsAtTheErrorInsideTheFormula() throws {
        let notebook = try NotebookParser.parse(source: "# Titolo\n\nPrima riga\nTesto $a + \\frak{x}$ fine.\n\n$$\nx +\n\\frak{y}\n$$\n",
                                                path: "lesson.md")
        let warnings = PageRenderer().render(notebook, results: []).warnings
        XCTAssertEqual(warnings.map(\.message), ["formula not converted to MathML: unknown command '\\frak'",
                                                 "formula not converted to MathML: unknown command '\\frak'"])
        XCTAssertEqual(warnings.map(\.location), [SourceLocation(line: 4, column: 12), SourceLocation(line: 8, column: 1)])
    }

    func testOversizedDiagramIsAWarningAtItsLinkAndShownAsCode() throws {
        let left = (0..<200).map { "A\($0)" }.joined(separator: " & ")
        let right = (0..<200).map { "B\($0)" }.joined(separator: " & ")
        let notebook = try NotebookParser.parse(source: "# Diagramma\n\n```mermaid\nflowchart LR\n  \(left) --> \(right)\n```\n",
                                                path: "lesson.md")
        let page = PageRenderer().render(notebook, results: [])
        XCTAssertEqual(page.warnings.map(\.location), [SourceLocation(line: 5, column: 3 + left.count + 1)])
        XCTAssertTrue(page.warnings.first?.message.hasPrefix("mermaid diagram not drawn: the diagram has more than 500 links") ?? false)
        XCTAssertTrue(page.html.contains("<code class=\"language-mermaid\">flowchart LR"), page.html)
    }

    /// A cell nesting `[` 45 deep took SwiftParser minutes to parse for the highlighter (the interpreter refuses it
    /// before parsing); it is shown as plain, escaped text.
    func testDeeplyNestedBracketsAreShownWithoutParsing() {
        let code = "let x = " + String(repeating: "[", count: 45) + "1 < 2" + String(repeating: "]", count: 45)
        XCTAssertEqual(SwiftHighlighter.html(for: code), code.replacingOccurrences(of: "<", with: "&lt;"))
    }
}
