import Diagnostics
import NotebookFormat
import XCTest

/// Quarto habits: callouts in fenced divs, numbered figures and equations, `@fig-…` cross-references.
final class QuartoSyntaxTests: XCTestCase {
    private func parse(_ text: String) throws -> Notebook {
        try NotebookParser.parse(source: text, path: "a.md")
    }

    func testCalloutsGatherTheirBlocksWithKindAndTitle() throws {
        let notebook = try parse("""
        Prima.
        ::: {.callout-tip title="Un *consiglio*"}
        Dentro.

        - uno
        :::

        ::: callout-warning
        ## Occhio
        Testo.

        ::: {.callout-note}
        Annidata.
        :::
        :::

        Dopo.
        """)
        XCTAssertEqual(notebook.warnings, [])
        guard notebook.blocks.count == 4, case .callout(let tip) = notebook.blocks[1], case .callout(let warning) = notebook.blocks[2] else {
            return XCTFail("\(notebook.blocks)")
        }
        XCTAssertEqual(tip.kind, .tip)
        XCTAssertEqual(tip.title, [.text("Un "), .emphasis([.text("consiglio")])])
        XCTAssertEqual(tip.range, SourceRange(lines: 2, 6))
        XCTAssertEqual(tip.blocks.count, 2)
        XCTAssertEqual(warning.kind, .warning)
        XCTAssertEqual(warning.title, [.text("Occhio")])
        guard warning.blocks.count == 2, case .callout(let inner) = warning.blocks[1] else { return XCTFail("\(warning.blocks)") }
        XCTAssertEqual(inner.kind, .note)
        XCTAssertNil(inner.title)
        XCTAssertEqual(inner.blocks, [.paragraph([.text("Annidata.")], range: SourceRange(start: SourceLocation(line: 13, column: 1),
                                                                                            end: SourceLocation(line: 13, column: 9)))])
        guard case .paragraph = notebook.blocks[3] else { return XCTFail("\(notebook.blocks[3])") }
    }

    func testCellsInsideCalloutsStillRunAndCodeFencesHideColons() throws {
        let notebook = try parse("::: {.callout-note}\n```swift\nprint(1)\n```\n:::\n\n```text\n:::\n```\n")
        XCTAssertEqual(notebook.cells.count, 1)
        XCTAssertEqual(notebook.warnings, [])
        guard case .code(let code) = notebook.blocks.last else { return XCTFail("\(notebook.blocks)") }
        XCTAssertEqual(code.code, ":::\n")
    }

    func testUnknownCalloutsOtherDivsAndUnclosedFencesAreWarnings() throws {
        let notebook = try parse("::: {.callout-nota}\nA\n:::\n\n::: {.column-margin}\nB\n:::\n\n::: {.callout-tip}\nC\n")
        XCTAssertEqual(notebook.warnings.map(\.message), [
            "unknown callout '.callout-nota' is shown as a note",
            "fenced div '::: {.column-margin}' is not a callout; its content is shown without a box",
            "'::: {.callout-tip}' is never closed, so it runs to the end of the file",
        ])
        XCTAssertEqual(notebook.warnings.map { $0.location?.line }, [1, 5, 9])
        XCTAssertEqual(notebook.warnings[0].notes, ["did you mean '.callout-note'?"])
    }

    func testFiguresEquationsAndCellsAreNumberedInOrder() throws {
        let notebook = try parse("""
        ![Prima](a.png){#fig-prima}

        $$
        E = m c^2
        $$ {#eq-energia}

        ```swift
        //| label: fig-seconda
        print(1)
        ```

        ```swift
        //| label: tbl-dati
        print(2)
        ```

        $$ a + b $$ {#eq-somma}
        """)
        XCTAssertEqual(notebook.warnings, [])
        guard case .figure(let figure) = notebook.blocks[0], case .numberedMath(let latex, let label, _) = notebook.blocks[1] else {
            return XCTFail("\(notebook.blocks)")
        }
        XCTAssertEqual(figure.source, "a.png")
        XCTAssertEqual(figure.caption, [.text("Prima")])
        XCTAssertEqual(figure.label, "fig-prima")
        XCTAssertEqual(latex, "E = m c^2")
        XCTAssertEqual(label, "eq-energia")
        let references = notebook.crossReferences
        XCTAssertEqual(references["fig-prima"], CrossReferences.Target(kind: .figure, number: 1))
        XCTAssertEqual(references["fig-seconda"], CrossReferences.Target(kind: .figure, number: 2))
        XCTAssertEqual(references["tbl-dati"], CrossReferences.Target(kind: .table, number: 1))
        XCTAssertEqual(references["eq-energia"], CrossReferences.Target(kind: .equation, number: 1))
        XCTAssertEqual(references["eq-somma"], CrossReferences.Target(kind: .equation, number: 2))
    }

    func testCrossReferencesAndTheirWarnings() throws {
        let notebook = try parse("""
        ![A](a.png){#fig-a}

        Vedi @fig-a, [@fig-a] e [-@fig-a]. Scrivi a mario@fig-a.it o @mario.
        Poi @fig-b e @tbl-nulla.
        """)
        guard case .paragraph(let content, _) = notebook.blocks[1] else { return XCTFail("\(notebook.blocks)") }
        XCTAssertEqual(content, [
            .text("Vedi "), .crossReference("fig-a", numberOnly: false), .text(", "), .crossReference("fig-a", numberOnly: false),
            .text(" e "), .crossReference("fig-a", numberOnly: true), .text(". Scrivi a mario@fig-a.it o @mario."), .softBreak,
            .text("Poi "), .crossReference("fig-b", numberOnly: false), .text(" e "), .crossReference("tbl-nulla", numberOnly: false),
            .text("."),
        ])
        XCTAssertEqual(notebook.warnings, [
            .warning("cross-reference '@fig-b' has no target", at: SourceLocation(line: 4, column: 5), notes: ["did you mean '@fig-a'?"]),
            .warning("cross-reference '@tbl-nulla' has no target", at: SourceLocation(line: 4, column: 14)),
        ])
    }

    func testTableCaptionsNumberPipeTables() throws {
        let notebook = try parse("| a |\n|---|\n| 1 |\n\n: Le *misure* {#tbl-misure}\n\n| b |\n|---|\n| 2 |\n\n: Senza id\n\nVedi @tbl-misure.\n")
        XCTAssertEqual(notebook.warnings, [])
        guard case .table(let first) = notebook.blocks[0], case .table(let second) = notebook.blocks[1] else {
            return XCTFail("\(notebook.blocks)")
        }
        XCTAssertEqual(first.caption, [.text("Le "), .emphasis([.text("misure")])])
        XCTAssertEqual(first.label, "tbl-misure")
        XCTAssertEqual(first.range.end.line, 5)
        XCTAssertEqual(second.caption, [.text("Senza id")])
        XCTAssertNil(second.label)
        XCTAssertEqual(notebook.crossReferences["tbl-misure"], CrossReferences.Target(kind: .table, number: 1))
    }

    func testLabelsAreUniqueAcrossCellsFiguresAndEquations() {
        XCTAssertThrowsError(try parse("![A](a.png){#fig-x}\n\n```swift\n//| label: fig-x\nprint(1)\n```\n")) { error in
            XCTAssertEqual((error as? NotebookError)?.diagnostics.map(\.message),
                           ["cell label 'fig-x' is used by an earlier cell, figure or equation"])
        }
    }

    func testEquationLabelInsideAParagraphIsAWarning() throws {
        let notebook = try parse("Testo $$x$$ {#eq-x}\n")
        XCTAssertEqual(notebook.warnings.map(\.message), ["equation label '{#eq-x}' is ignored: a numbered formula must be on lines of its own"])
    }

    func testFragmentsParseLikeProseWithoutCells() {
        let fragment = NotebookParser.parseFragment("**a** $x$\n\n```swift\nprint(1)\n```\n")
        XCTAssertEqual(fragment.warnings, [])
        XCTAssertEqual(fragment.blocks.count, 2)
        guard case .code(let code) = fragment.blocks[1] else { return XCTFail("\(fragment.blocks)") }
        XCTAssertEqual(code.language, "swift")
    }
}
