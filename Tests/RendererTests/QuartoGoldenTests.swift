import Diagnostics
import NotebookFormat
import Renderer
import XCTest

/// Golden pages (the `<article>` part) for tables and Markdown shown by cells, cross-references and callouts.
/// `NBRUN_UPDATE_GOLDEN=1 swift test --filter QuartoGoldenTests` rewrites them; review the diff before committing.
final class QuartoGoldenTests: XCTestCase {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func assertGolden(_ name: String, _ markdown: String, results: [CellResult] = [],
                              warnings expected: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let notebook = try NotebookParser.parse(source: markdown, path: "lesson.md")
        let page = PageRenderer().render(notebook, results: results)
        let html = page.html
        guard let start = html.range(of: "<article>"), let end = html.range(of: "</article>\n") else {
            return XCTFail("no article", file: file, line: line)
        }
        let article = String(html[start.lowerBound..<end.upperBound])
        XCTAssertEqual((notebook.warnings + page.warnings).map(\.message), expected, file: file, line: line)
        let url = Self.golden.appendingPathComponent("\(name).html")
        if ProcessInfo.processInfo.environment["NBRUN_UPDATE_GOLDEN"] == "1" {
            try article.write(to: url, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(article, try String(contentsOf: url, encoding: .utf8), "golden \(name).html", file: file, line: line)
    }

    func testTablesFromCells() throws {
        let table = OutputTable(header: ["parola", "probabilità", "rango"],
                                rows: [["gatto", "0.42", "1"], ["cane <b>", "1e-3", "2"], ["topo", "", "3"], ["x"]])
        try assertGolden("tables", "---\nlang: it\n---\n\n```swift\n//| label: tbl-parole\n//| caption: Le parole\nshow(table: t)\n```\n",
                         results: [CellResult(status: .succeeded, outputs: [.table(table), .text("fatto\n"),
                                                                            .table(OutputTable(header: [], rows: [["a", "1"]]))])])
    }

    func testMarkdownFromCells() throws {
        let markdown = "## Risultato\n\n**R²** = $0.9$, vedi @fig-a e @fig-zz.\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n::: {.callout-tip}\nBene.\n:::\n\n$\\frac{1}{$"
        try assertGolden("markdown-output", "![A](a.png){#fig-a}\n\n```swift\nshow(markdown: m)\n```\n",
                         results: [CellResult(status: .succeeded, outputs: [.markdown(markdown), .markdown("<script>x</script>")])],
                         warnings: ["in the Markdown this cell showed: cross-reference '@fig-zz' has no target",
                                    "in the Markdown this cell showed: formula not converted to MathML: missing '}' to close this '{'"])
    }

    func testCrossReferencesInItalianAndEnglish() throws {
        let body = """
        Come in @fig-retta e [-@fig-img], la @tbl-dati (dopo la @tbl-misure) e l'@eq-retta; @fig-manca non c'è.

        ![Un'immagine](img.png){#fig-img}

        | a | b |
        |---|--:|
        | 1 | 2 |

        : Valori *misurati* {#tbl-misure}

        $$
        y = m x + q
        $$ {#eq-retta}

        ```swift
        //| label: fig-retta
        //| caption: La retta
        print(1)
        ```

        ```swift
        //| label: tbl-dati
        print(2)
        ```
        """
        try assertGolden("cross-references-it", "---\nlang: it\n---\n\n" + body,
                         warnings: ["cross-reference '@fig-manca' has no target"])
        try assertGolden("cross-references-en", body, warnings: ["cross-reference '@fig-manca' has no target"])
    }

    func testCallouts() throws {
        let body = Callout.Kind.allCases.map { "::: {.callout-\($0.rawValue)}\nTesto *\($0.rawValue)*.\n:::\n" }.joined(separator: "\n")
            + "\n::: {.callout-note title=\"Titolo <proprio>\"}\nCon titolo.\n:::\n\n::: {.callout-important}\n## Dal titolo\nCorpo.\n:::\n"
        try assertGolden("callouts", "---\nlang: it\n---\n\n" + body)
    }
}
