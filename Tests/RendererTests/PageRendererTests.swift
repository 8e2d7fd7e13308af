import NotebookFormat
import Diagnostics
import Renderer
import XCTest

final class PageRendererTests: XCTestCase {
    private func page(_ markdown: String, results: [CellResult] = []) throws -> String {
        let notebook = try NotebookParser.parse(source: markdown, path: "Notebooks/lesson.md")
        return PageRenderer().render(notebook, results: results).html
    }

    func testPageHasTitleLanguageDescriptionAndInlineStyles() throws {
        let html = try page("---\ntitle: Lezione <1>\ndescription: Una \"prova\"\nlang: it\n---\n\nCiao *mondo*.\n")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"it\">"))
        XCTAssertTrue(html.contains("<title>Lezione &lt;1&gt;</title>"))
        XCTAssertTrue(html.contains("<meta name=\"description\" content=\"Una &quot;prova&quot;\">"))
        XCTAssertTrue(html.contains("<p>Ciao <em>mondo</em>.</p>"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<link "))
    }

    func testCellSourceIsHighlightedAndOutputEscaped() throws {
        let html = try page("```swift\nlet x = 1 // uno\nprint(\"<b>\")\n```\n",
                            results: [CellResult(status: .succeeded, outputs: [.text("<b>&\n")])])
        XCTAssertTrue(html.contains("<span class=\"kw\">let</span> x = <span class=\"nu\">1</span> <span class=\"co\">// uno</span>"), html)
        XCTAssertTrue(html.contains("<span class=\"st\">\"&lt;b&gt;\"</span>"), html)
        XCTAssertTrue(html.contains("<pre class=\"output\">&lt;b&gt;&amp;</pre>"), html)
    }

    func testOptionsHideSourceOutputAndOptionLines() throws {
        let markdown = """
        ```swift
        //| echo: false
        print(1)
        ```

        ```swift
        //| output: false
        //| label: quiet
        print(2)
        ```
        """
        let html = try page(markdown, results: [CellResult(status: .succeeded, outputs: [.text("1\n")]),
                                                CellResult(status: .succeeded, outputs: [.text("2\n")])])
        XCTAssertFalse(html.contains("//|"))
        XCTAssertFalse(html.contains("<span class=\"nu\">1</span>"))
        XCTAssertTrue(html.contains("<pre class=\"output\">1</pre>"))
        XCTAssertTrue(html.contains("id=\"quiet\""))
        XCTAssertFalse(html.contains("<pre class=\"output\">2</pre>"))
    }

    func testExpectedErrorIsShownWithPositionAndCaret() throws {
        let markdown = "Testo\n\n```swift\n//| error: true\nlet y = slpoe\n```\n"
        let error = Diagnostic.error("cannot find 'slpoe' in scope", at: SourceLocation(line: 5, column: 9))
        let html = try page(markdown, results: [CellResult(status: .failed, diagnostics: [error])])
        XCTAssertTrue(html.contains("""
        <pre class="error" role="alert">Notebooks/lesson.md:5:9: error: cannot find &#39;slpoe&#39; in scope
        """) || html.contains("Notebooks/lesson.md:5:9: error: cannot find 'slpoe' in scope\nlet y = slpoe\n        ^\n"), html)
    }

    func testSVGOutputIsInlinedInOrderWithText() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>"
        let html = try page("```swift\nshow()\n```\n", results: [
            CellResult(status: .succeeded, outputs: [.text("prima\n"), .svg(svg, summary: "Grafico"), .text("dopo\n")])])
        let first = try XCTUnwrap(html.range(of: "prima"))
        let figure = try XCTUnwrap(html.range(of: svg))
        let last = try XCTUnwrap(html.range(of: "dopo"))
        XCTAssertTrue(first.upperBound < figure.lowerBound && figure.upperBound < last.lowerBound)
        XCTAssertTrue(html.contains("aria-label=\"Grafico\""))
    }

    func testCaptionIsAFigcaption() throws {
        let html = try page("```swift\n//| caption: La retta <migliore>\nprint(1)\n```\n")
        XCTAssertTrue(html.contains("<figcaption>La retta &lt;migliore&gt;</figcaption>"))
    }

    func testScriptLinksAreDroppedAndRawHTMLIsOffByDefault() throws {
        let html = try page("[clic](javascript:alert(1)) [ok](https://example.org) [x]( JaVaScRiPt:alert(2))\n\n<script>alert(3)</script>\n\n<b>grassetto</b> <!-- nota -->\n")
        XCTAssertFalse(html.lowercased().contains("javascript:"))
        XCTAssertTrue(html.contains("<a href=\"https://example.org\">ok</a>"))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&lt;b&gt;grassetto&lt;/b&gt;"))
        XCTAssertFalse(html.contains("nota"))
    }

    func testRawHTMLPassesWhenFrontMatterAllowsIt() throws {
        let html = try page("---\nallow-html: true\n---\n\n<div class=\"box\">ciao</div>\n")
        XCTAssertTrue(html.contains("<div class=\"box\">ciao</div>"))
    }

    func testImagesKeepAltTextAndHeadingsGetUniqueIds() throws {
        let html = try page("## Perché sì\n\n## Perché sì\n\n![Il neurone](https://x.org/3.png)\n")
        XCTAssertTrue(html.contains("<h2 id=\"perche-si\">Perché sì</h2>"), html)
        XCTAssertTrue(html.contains("<h2 id=\"perche-si-2\">"))
        XCTAssertTrue(html.contains("<img src=\"https://x.org/3.png\" alt=\"Il neurone\" loading=\"lazy\">"))
    }

    func testRenderingIsDeterministic() throws {
        let markdown = "# A\n\n```swift\nprint(1)\n```\n\n```python\nx = 1\n```\n"
        let results = [CellResult(status: .succeeded, outputs: [.text("1\n")])]
        XCTAssertEqual(try page(markdown, results: results), try page(markdown, results: results))
    }
}
