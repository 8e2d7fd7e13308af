import Foundation
import NotebookFormat
import Parameters
import Publishing
import XCTest

/// `nbrun convert`: lessons to Jupyter notebooks and JSON results, Jupyter notebooks to lessons, checked against
/// nbformat's validator, nbconvert and the results' JSON Schema.
final class ConvertTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    private func json(_ name: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path(name)))) as? [String: Any])
    }

    static let lesson = """
    ---
    title: Regressione
    description: Una retta tra i punti
    lang: it
    order: 3
    ---

    # Una retta

    Calcoliamo $y = m x + q$, come in @fig-retta.

    ```swift
    //| label: fig-retta
    //| caption: La retta
    //| echo: false
    let slope = slider("slope", default: 1.5, in: 0.1...3.0, step: 0.1)
    let fig = Figure(title: "Retta")
    fig.line(x: [0.0, 1.0], y: [0.5, slope + 0.5])
    show(fig)
    print("y = \\(slope)x + 0.5")
    ```

    Una tabella e del Markdown:

    ```swift
    //| label: tbl-valori
    show(table: ["x": [1.0, 2.0], "y": [2.5, 4.0]])
    show(markdown: "**Fatto:** $R^2 = 1$")
    ```

    ```swift
    //| error: true
    let zero = 0
    print(10 / zero)
    ```

    ```swift
    //| eval: false
    //| timeout: 5
    print("mai")
    ```

    Fine.
    """

    func testLessonToNotebookIsValidNbformatWithOutputsAndMetadata() throws {
        try write("lesson.md", Self.lesson)
        let report = NotebookConverter.convert(input: path("lesson.md"), to: .ipynb, output: nil,
                                               assignments: [ParameterAssignment(argument: "slope=2.0")!])
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        XCTAssertEqual(report.writtenPath, path("lesson.ipynb"))
        let validation = try PythonOracle.validateNotebook(path("lesson.ipynb"))
        XCTAssertEqual(validation.status, 0, validation.output)
        XCTAssertTrue(validation.output.contains("valid 4 5 7"), validation.output)

        let notebook = try json("lesson.ipynb")
        let metadata = try XCTUnwrap(notebook["metadata"] as? [String: Any])
        XCTAssertEqual((metadata["kernelspec"] as? [String: Any])?["language"] as? String, "swift")
        XCTAssertEqual((metadata["language_info"] as? [String: Any])?["name"] as? String, "swift")
        XCTAssertEqual(metadata["title"] as? String, "Regressione")
        let nbrun = try XCTUnwrap(metadata["nbrun"] as? [String: Any])
        XCTAssertEqual((nbrun["front_matter"] as? [String: Any])?["description"] as? String, "Una retta tra i punti")
        XCTAssertEqual((nbrun["parameters"] as? [String: Any])?["slope"] as? Double, 2.0)

        let cells = try XCTUnwrap(notebook["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["cell_type"] as? String },
                       ["markdown", "code", "markdown", "code", "code", "code", "markdown"].map(Optional.some))
        XCTAssertEqual(cells.map { $0["id"] as? String },
                       ["md-1", "fig-retta", "md-2", "tbl-valori", "cell-1", "cell-2", "md-3"].map(Optional.some))
        let plot = cells[1]
        XCTAssertEqual(plot["execution_count"] as? Int, 1)
        let plotMetadata = try XCTUnwrap(plot["metadata"] as? [String: Any])
        XCTAssertEqual((plotMetadata["jupyter"] as? [String: Any])?["source_hidden"] as? Bool, true)
        XCTAssertEqual((plotMetadata["nbrun"] as? [String: Any])?["caption"] as? String, "La retta")
        let plotOutputs = try XCTUnwrap(plot["outputs"] as? [[String: Any]])
        XCTAssertEqual(plotOutputs.map { $0["output_type"] as? String }, ["display_data", "stream"])
        let svg = ((plotOutputs[0]["data"] as? [String: Any])?["image/svg+xml"] as? [String])?.joined() ?? ""
        XCTAssertTrue(svg.hasPrefix("<svg"), svg)
        XCTAssertEqual((plotOutputs[1]["text"] as? [String])?.joined(), "y = 2.0x + 0.5\n")

        let rich = try XCTUnwrap(cells[3]["outputs"] as? [[String: Any]])
        let table = try XCTUnwrap(rich[0]["data"] as? [String: Any])
        XCTAssertEqual(Set(table.keys), ["application/vnd.dataresource+json", "text/html", "text/plain"])
        XCTAssertTrue((table["text/html"] as? [String])?.joined().contains("<td style=\"text-align: right\">2.5</td>") == true)
        let markdown = try XCTUnwrap(rich[1]["data"] as? [String: Any])
        XCTAssertEqual((markdown["text/markdown"] as? [String])?.joined(), "**Fatto:** $R^2 = 1$")

        let failing = try XCTUnwrap(cells[4]["outputs"] as? [[String: Any]])
        XCTAssertEqual(failing.last?["output_type"] as? String, "error")
        XCTAssertEqual(((cells[4]["metadata"] as? [String: Any])?["tags"] as? [String]), ["raises-exception"])
        XCTAssertEqual(cells[5]["execution_count"] as? NSNull, NSNull())
        XCTAssertEqual(((cells[5]["metadata"] as? [String: Any])?["tags"] as? [String]), ["skip-execution"])
        XCTAssertEqual((cells[5]["outputs"] as? [Any])?.count, 0)

        let html = try PythonOracle.nbconvertHTML(path("lesson.ipynb"), output: path("from-jupyter"))
        XCTAssertEqual(html.status, 0, html.output)
        let page = try read("from-jupyter.html")
        XCTAssertTrue(page.contains("y = 2.0x + 0.5"))
        // nbconvert draws an SVG output as an <img> with a base64 data URI of it.
        let plotStart = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"plot-".utf8.prefix(45)).base64EncodedString()
        XCTAssertTrue(page.contains("src=\"data:image/svg+xml;base64,\(plotStart)"), "the plot is in the nbconvert page")
        XCTAssertTrue(page.contains("<td style=\"text-align: right\">2.5</td>"), "the table is in the nbconvert page")
    }

    func testRoundTripKeepsProseCodeAndOptions() throws {
        try write("lesson.md", Self.lesson)
        XCTAssertEqual(NotebookConverter.convert(input: path("lesson.md"), to: .ipynb, output: path("out.ipynb")).outcome, .success)
        let back = NotebookConverter.convert(input: path("out.ipynb"), to: .md, output: path("back.md"))
        XCTAssertEqual(back.outcome, .success, back.diagnosticsText)
        XCTAssertEqual(try read("back.md"), Self.lesson + "\n")
        // Without outputs too, and from a notebook whose cells lost their option lines (options only in metadata).
        XCTAssertEqual(NotebookConverter.convert(input: path("lesson.md"), to: .ipynb, output: path("bare.ipynb"),
                                                 execute: false).outcome, .success)
        var bare = try read("bare.ipynb")
        bare = bare.replacingOccurrences(of: "\"//| label: tbl-valori\\n\",\n", with: "")
        try write("bare.ipynb", bare)
        XCTAssertEqual(NotebookConverter.convert(input: path("bare.ipynb"), to: .md, output: path("bare.md")).outcome, .success)
        XCTAssertEqual(try read("bare.md"), Self.lesson + "\n")
    }

    func testSeedColabNotebookComesInWithItsStructure() throws {
        let fixture = PythonOracle.root.appendingPathComponent("Tests/PublishingTests/Fixtures/seed-how-llms-work.ipynb")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path("seed.ipynb"))
        let report = NotebookConverter.convert(input: path("seed.ipynb"), to: .md, output: nil)
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        XCTAssertEqual(report.diagnostics, [])
        let lesson = try NotebookParser.read(contentsOf: path("seed.md"))
        let original = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        let cells = try XCTUnwrap(original["cells"] as? [[String: Any]])
        func source(_ cell: [String: Any]) -> String { (cell["source"] as? [String])?.joined() ?? "" }

        // Every heading of every Markdown cell, in order; every code cell as a Python block, not a cell; every image.
        let headings = cells.filter { $0["cell_type"] as? String == "markdown" }.flatMap { source($0).split(separator: "\n") }
            .filter { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)).replacingOccurrences(of: "'", with: "’") }
        var lessonHeadings: [String] = []
        var pythonBlocks: [String] = []
        for block in lesson.blocks {
            if case .heading(1, let content, _) = block { lessonHeadings.append(content.plainText) }
            if case .code(let code) = block, code.language == "python" { pythonBlocks.append(code.code) }
        }
        XCTAssertEqual(lessonHeadings, headings)
        XCTAssertEqual(pythonBlocks, cells.filter { $0["cell_type"] as? String == "code" }.map { source($0) + "\n" })
        XCTAssertEqual(lesson.cells.count, 0)
        let text = try read("seed.md")
        XCTAssertEqual(text.components(separatedBy: "](https://raw.githubusercontent.com/maeste/iis_ai/").count - 1, 16)
        XCTAssertTrue(text.hasPrefix("---\njupyter:\n  colab:\n"), text)
        // And it renders.
        let page = PageBuilder.build(input: path("seed.md"), output: path("seed.html"))
        XCTAssertEqual(page.outcome, .success, page.diagnosticsText)
    }

    func testAttachmentsEmbeddedImagesAndPythonOutputsAreExtracted() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).base64EncodedString()
        try write("colab.ipynb", """
        {"nbformat": 4, "nbformat_minor": 5,
         "metadata": {"title": "Da Colab", "authors": [{"name": "Ada"}], "language_info": {"name": "python"}},
         "cells": [
          {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["# Titolo\\n", "![schema](attachment:schema.png) e ![](data:image/png;base64,\(png))"],
           "attachments": {"schema.png": {"image/png": "\(png)"}}},
          {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": 1, "source": "print('```')\\nplt.plot([1, 2])",
           "outputs": [{"output_type": "stream", "name": "stdout", "text": ["```\\n"]},
                       {"output_type": "display_data", "metadata": {}, "data": {"image/png": "\(png)", "text/plain": ["<Figure>"]}}]}
         ]}
        """)
        let report = NotebookConverter.convert(input: path("colab.ipynb"), to: .md, output: path("out/lesson.md"))
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        XCTAssertEqual(try read("out/lesson.md"), """
        ---
        title: Da Colab
        author: Ada
        jupyter:
          language_info:
            name: python
        ---

        # Titolo
        ![schema](lesson_files/schema.png) e ![](lesson_files/image.png)

        ````python
        print('```')
        plt.plot([1, 2])
        ````

        ````text
        ```
        ````

        ![python output](lesson_files/output.png)

        """)
        for name in ["schema.png", "image.png", "output.png"] {
            XCTAssertEqual(FileManager.default.contents(atPath: path("out/lesson_files/\(name)"))?.base64EncodedString(), png, name)
        }
    }

    func testQuartoRawFrontMatterSwiftKernelAndOldNotebooks() throws {
        try write("quarto.ipynb", """
        {"nbformat": 4, "nbformat_minor": 4, "metadata": {"language_info": {"name": "swift"}},
         "cells": [{"cell_type": "raw", "metadata": {}, "source": "---\\ntitle: Da Quarto\\nlang: it\\n---"},
                   {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "source": "print(1)"}]}
        """)
        XCTAssertEqual(NotebookConverter.convert(input: path("quarto.ipynb"), to: .md, output: nil).outcome, .success)
        XCTAssertEqual(try read("quarto.md"), """
        ---
        title: Da Quarto
        lang: it
        jupyter:
          language_info:
            name: swift
        ---

        ```swift
        print(1)
        ```

        """)
        try write("old.ipynb", "{\"nbformat\": 3, \"worksheets\": []}")
        let old = NotebookConverter.convert(input: path("old.ipynb"), to: .md, output: nil)
        XCTAssertEqual(old.outcome, .badInput)
        XCTAssertTrue(old.diagnosticsText.contains("nbformat 3 notebooks are not supported"), old.diagnosticsText)
    }

    func testResultsJSONFollowsItsSchema() throws {
        try write("lesson.md", Self.lesson)
        let report = NotebookConverter.convert(input: path("lesson.md"), to: nil, output: path("results.json"))
        XCTAssertEqual(report.outcome, .success, report.diagnosticsText)
        let schema = PythonOracle.root.appendingPathComponent("docs/results.schema.json").path
        let check = try PythonOracle.validateJSON(path("results.json"), schema: schema)
        XCTAssertEqual(check.status, 0, check.output)

        let results = try json("results.json")
        XCTAssertEqual(results["version"] as? Int, 1)
        XCTAssertEqual(results["status"] as? String, "succeeded")
        let parameter = try XCTUnwrap((results["parameters"] as? [[String: Any]])?.first)
        XCTAssertEqual(parameter["name"] as? String, "slope")
        XCTAssertEqual(parameter["value"] as? Double, 1.5)
        let cells = try XCTUnwrap(results["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["status"] as? String }, ["succeeded", "succeeded", "failed", "not-run"].map(Optional.some))
        XCTAssertEqual(cells[0]["label"] as? String, "fig-retta")
        XCTAssertEqual(cells[0]["text"] as? String, "y = 1.5x + 0.5\n")
        XCTAssertEqual((cells[0]["figures"] as? [Any])?.count, 1)
        XCTAssertEqual(((cells[1]["outputs"] as? [[String: Any]])?.first?["rows"] as? [[String]]), [["1.0", "2.5"], ["2.0", "4.0"]])
        let error = try XCTUnwrap((cells[2]["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(error["severity"] as? String, "error")
        XCTAssertEqual(error["line"] as? Int, 34)
        XCTAssertNotNil(cells[0]["seconds"] as? Double)
        XCTAssertEqual(cells[3]["seconds"] as? NSNull, NSNull())
        // The schema check can fail: a results file with a wrong field is refused.
        try write("bad.json", try read("results.json").replacingOccurrences(of: "\"not-run\"", with: "\"skipped\""))
        XCTAssertEqual(try PythonOracle.validateJSON(path("bad.json"), schema: schema).status, 1)
    }

    func testMistakesAreReportedAndNothingIsWritten() throws {
        try write("lesson.md", "```swift\nprint(slpoe)\n```\n")
        try write("broken.ipynb", "{\"cells\": [}")
        let cases: [(ConvertFormat?, String, String?, BuildOutcome, String)] = [
            (.ipynb, "lesson.md", nil, .cellFailure, "cannot find 'slpoe' in scope"),
            (nil, "lesson.md", nil, .badInput, "say what to convert to: --to ipynb|json"),
            (.md, "lesson.md", nil, .badInput, "is already a Markdown lesson"),
            (.ipynb, "lesson.md", "x.json", .badInput, "has a .json extension but --to is ipynb"),
            (.md, "broken.ipynb", nil, .badInput, "broken.ipynb:1:12: error: not a Jupyter notebook: invalid value"),
            (.json, "broken.ipynb", nil, .badInput, "a Jupyter notebook converts to a lesson: --to md"),
        ]
        for (format, input, output, outcome, message) in cases {
            let report = NotebookConverter.convert(input: path(input), to: format, output: output.map(path))
            XCTAssertEqual(report.outcome, outcome, "\(input) \(String(describing: format))")
            XCTAssertNil(report.writtenPath)
            XCTAssertTrue(report.diagnosticsText.contains(message), report.diagnosticsText)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["broken.ipynb", "lesson.md"])
    }
}
