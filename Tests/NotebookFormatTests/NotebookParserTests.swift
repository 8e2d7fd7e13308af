import Diagnostics
import NotebookFormat
import XCTest

final class NotebookParserTests: XCTestCase {
    private func parse(_ text: String) throws -> Notebook {
        try NotebookParser.parse(source: text, path: "lesson.md")
    }

    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try NotebookParser.parse(source: text, path: "lesson.md")
            XCTFail("expected an error")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func testFrontMatterIsParsedAndLinesStayTrue() throws {
        let notebook = try parse("""
        ---
        title: Come funzionano i Large Language Models
        description: Dai neuroni artificiali ai Transformer
        lang: it
        order: 2
        ---

        # Primo titolo

        ```swift
        let x = 1
        ```
        """)
        XCTAssertEqual(notebook.frontMatter.title, "Come funzionano i Large Language Models")
        XCTAssertEqual(notebook.frontMatter.description, "Dai neuroni artificiali ai Transformer")
        XCTAssertEqual(notebook.frontMatter.language, "it")
        XCTAssertEqual(notebook.frontMatter.order, 2)
        XCTAssertEqual(notebook.frontMatter.range, SourceRange(lines: 1, 6))
        // The header must not turn into a rule or a setext heading.
        XCTAssertEqual(notebook.blocks.count, 2)
        guard case .heading(1, let content, let range) = notebook.blocks[0] else { return XCTFail("\(notebook.blocks)") }
        XCTAssertEqual(content.plainText, "Primo titolo")
        XCTAssertEqual(range.start.line, 8)
        XCTAssertEqual(notebook.cells.first?.firstLine, 11)
        XCTAssertEqual(notebook.cells.first?.code, "let x = 1\n")
    }

    func testNotebookWithoutFrontMatterTakesTitleFromHeading() throws {
        let notebook = try parse("# Regressione\n\nTesto.\n")
        XCTAssertNil(notebook.frontMatter.range)
        XCTAssertEqual(notebook.title, "Regressione")
    }

    func testMalformedFrontMatterIsAnErrorAtItsLine() {
        let problems = errors("---\ntitle: [unclosed\nlang: it\n---\n\nText\n")
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.location?.line, 3)
        XCTAssertTrue(problems.first?.message.hasPrefix("front matter is not valid YAML") ?? false)
    }

    func testUnclosedFrontMatter() {
        let problems = errors("---\ntitle: x\n\nText\n")
        XCTAssertEqual(problems.map(\.message), ["front matter is not closed: add a line '---' after it"])
    }

    func testFrontMatterTypesAreChecked() {
        let problems = errors("---\ntitle: ok\norder: second\nallow-html: maybe\n---\n")
        XCTAssertEqual(problems.map(\.location?.line), [3, 4])
    }

    func testUnknownFrontMatterKeyWarnsWithSuggestion() throws {
        let notebook = try parse("---\ntitel: Ciao\n---\ntext\n")
        XCTAssertEqual(notebook.warnings.first?.message, "unknown front matter key 'titel' is ignored")
        XCTAssertEqual(notebook.warnings.first?.notes, ["did you mean 'title'?"])
        XCTAssertEqual(notebook.warnings.first?.location, SourceLocation(line: 2, column: 1))
    }

    func testCellOptionsAreParsed() throws {
        let notebook = try parse("""
        ```swift
        //| echo: false
        //| output: false
        //| error: true
        //| label: fig-regression
        //| caption: "La retta, con i punti"
        //| timeout: 2.5
        print(1)
        ```

        ```swift
        //| eval: false
        print(2)
        ```
        """)
        let cells = notebook.cells
        XCTAssertEqual(cells.count, 2)
        let options = cells[0].options
        XCTAssertFalse(options.echo)
        XCTAssertFalse(options.output)
        XCTAssertTrue(options.error)
        XCTAssertTrue(options.eval)
        XCTAssertEqual(options.label, "fig-regression")
        XCTAssertEqual(options.caption, "La retta, con i punti")
        XCTAssertEqual(options.timeout, 2.5)
        XCTAssertEqual(cells[0].optionLineCount, 6)
        XCTAssertEqual(cells[0].displayCode, "print(1)\n")
        XCTAssertFalse(cells[1].options.eval)
        XCTAssertEqual(cells[1].index, 1)
        XCTAssertEqual(cells[1].firstLine, 12)
    }

    func testEveryBadOptionIsReportedAtItsLineAndColumn() {
        let problems = errors("""
        Intro

        ```swift
        //| ecco: false
        //| eval: maybe
        //| timeout: -3
        //| label: 9lives
        //| eval: true
        let x = 1
        ```

        ```swift
        //|nocolon
        ```
        """)
        XCTAssertEqual(problems.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }, [
            "4:5 unknown cell option 'ecco'",
            "5:11 cell option 'eval' must be true or false, not 'maybe'",
            "6:14 cell option 'timeout' must be a positive number of seconds, not '-3'",
            "7:12 cell label '9lives' must start with a letter and use only letters, digits, '-' and '_'",
            "8:5 cell option 'eval' is given twice",
            "13:4 cell option must be written 'key: value'",
        ])
        XCTAssertEqual(problems.first?.notes, ["did you mean 'echo'?"])
    }

    func testDuplicateLabelsAreAnError() {
        let problems = errors("```swift\n//| label: a\n```\n\n```swift\n//| label: a\n```\n")
        XCTAssertEqual(problems.map(\.message), ["cell label 'a' is used by an earlier cell, figure or equation"])
        XCTAssertEqual(problems.first?.location?.line, 6)
    }

    func testOtherLanguagesAreCodeBlocksNotCells() throws {
        let notebook = try parse("```python\nprint(1)\n```\n\n```mermaid\ngraph TD; A-->B\n```\n\n    indented\n")
        XCTAssertTrue(notebook.cells.isEmpty)
        let languages = notebook.blocks.compactMap { block -> String? in
            if case .code(let code) = block { return code.language ?? "none" }
            return nil
        }
        XCTAssertEqual(languages, ["python", "mermaid", "none"])
    }

    func testCellInsideListKeepsItsIndentation() throws {
        let notebook = try parse("- item\n\n  ```swift\n  let a = 1\n  ```\n")
        XCTAssertEqual(notebook.cells.first?.firstLine, 4)
        XCTAssertEqual(notebook.cells.first?.columnOffset, 2)
    }

    func testUnterminatedSwiftFenceIsAnError() {
        let problems = errors("Text\n\n```swift\nlet a = 1\n\n# Not a heading\n")
        XCTAssertEqual(problems.first?.location, SourceLocation(line: 3, column: 1))
        XCTAssertTrue(problems.first?.message.contains("never closed") ?? false)
    }

    func testInlinesAndImagesKeepTheirLine() throws {
        let notebook = try parse("Testo *enfasi* e **forte**, `codice`, [link](https://x.it).\n\n![alt *testo*](img/a.png)\n")
        guard case .paragraph(let first, _) = notebook.blocks[0], case .paragraph(let second, _) = notebook.blocks[1] else {
            return XCTFail()
        }
        XCTAssertEqual(first.plainText, "Testo enfasi e forte, codice, link.")
        XCTAssertEqual(second, [.image(source: "img/a.png", title: "", alt: [.text("alt "), .emphasis([.text("testo")])], line: 3)])
    }

    func testInvalidUTF8IsReportedWithPosition() {
        var bytes = Array("ok\nab".utf8)
        bytes.append(0xFF)
        do {
            _ = try NotebookParser.parse(data: Data(bytes), path: "bad.md")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.diagnostics.first?.message, "the file is not valid UTF-8 text")
            XCTAssertEqual(error.diagnostics.first?.location, SourceLocation(line: 2, column: 3))
        }
    }

    func testCRLFLineEndingsAreNormalised() throws {
        let notebook = try parse("# T\r\n\r\n```swift\r\nlet a = 1\r\n```\r\n")
        XCTAssertEqual(notebook.cells.first?.code, "let a = 1\n")
        XCTAssertEqual(notebook.cells.first?.firstLine, 4)
    }

    func testEmptyNotebookWarns() throws {
        let notebook = try parse("")
        XCTAssertEqual(notebook.warnings.map(\.message), ["the notebook is empty"])
    }

    func testMissingFileAndDirectory() {
        XCTAssertThrowsError(try NotebookParser.read(contentsOf: "/nonexistent/x.md"))
        XCTAssertThrowsError(try NotebookParser.read(contentsOf: "/tmp"))
    }
}
