import Diagnostics
import NotebookFormat
import XCTest

/// Hostile Markdown (issue "Hostile input and faults, round two"): no stack overflow, no quadratic scan, NUL and
/// BOM handled, positions kept.
final class HostileMarkdownTests: XCTestCase {
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

    func testDeeplyNestedEmphasisIsAnErrorNotAStackOverflow() {
        let depth = 15_000
        let text = "Testo\n\n" + String(repeating: "*a ", count: depth) + "b" + String(repeating: " b*", count: depth) + "\n"
        let found = errors(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message, "emphasis, links and images are nested more than 100 levels deep")
        XCTAssertEqual(found.first?.location?.line, 3)
    }

    func testDeeplyNestedImagesAreAnErrorNotAStackOverflow() {
        let depth = 50_000
        let text = String(repeating: "![", count: depth) + "x" + String(repeating: "](a)", count: depth) + "\n"
        let found = errors(text)
        XCTAssertEqual(found.map(\.message), ["emphasis, links and images are nested more than 100 levels deep"])
    }

    func testNestingUpToTheLimitIsKept() throws {
        let depth = 100
        let text = String(repeating: "*a ", count: depth) + "b" + String(repeating: " b*", count: depth) + "\n"
        let notebook = try parse(text)
        guard case .paragraph(let content, _) = notebook.blocks.first else { return XCTFail("\(notebook.blocks)") }
        var level = 0
        var current = content
        while let first = current.first(where: { if case .emphasis = $0 { return true } else { return false } }),
              case .emphasis(let inner) = first {
            level += 1
            current = inner
        }
        XCTAssertEqual(level, depth)
    }

    func testManyUnclosedFootnoteOpenersAreLinear() throws {
        // Quadratic before: 10 000 took 26 s. Linear now, so this finishes at once.
        let notebook = try parse(String(repeating: "[^ ", count: 20_000) + "\n")
        guard case .paragraph(let content, _) = notebook.blocks.first else { return XCTFail("\(notebook.blocks)") }
        XCTAssertEqual(content.plainText.count, 60_000 - 1)
        XCTAssertTrue(notebook.warnings.isEmpty, "\(notebook.warnings)")
    }

    func testManyFootnoteReferencesAreKept() throws {
        let notebook = try parse(String(repeating: "[^a] ", count: 20_000) + "\n\n[^a]: nota\n")
        guard case .paragraph(let content, _) = notebook.blocks.first else { return XCTFail("\(notebook.blocks)") }
        XCTAssertEqual(content.filter { $0 == .footnoteReference("a") }.count, 20_000)
    }

    func testCurlyApostropheInAFootnoteLabel() throws {
        // cmark's smart punctuation turns `'` into `’` in the reference but not in the definition (and the other
        // way round when the writer typed `’`): both spellings name one footnote.
        for (reference, definition) in [("l'amico", "l'amico"), ("l’amico", "l’amico"), ("l'amico", "l’amico"),
                                        ("l’amico", "l'amico")] {
            let notebook = try parse("Un nota[^\(reference)].\n\n[^\(definition)]: L'amico di tutti.\n")
            XCTAssertEqual(notebook.warnings, [], "\(reference) / \(definition)")
            XCTAssertEqual(notebook.footnotes.map(\.label), ["l'amico"])
            guard case .paragraph(let content, _) = notebook.blocks.first else { return XCTFail("\(notebook.blocks)") }
            XCTAssertTrue(content.contains(.footnoteReference("l'amico")), "\(content)")
        }
    }

    func testNULIsAnErrorAtItsPosition() {
        let found = errors("# Titolo\n\nprima\u{0}dopo\n\nFine.\n")
        XCTAssertEqual(found.map(\.message), ["the file contains a NUL character (byte 0); a notebook must be text"])
        XCTAssertEqual(found.first?.location, SourceLocation(line: 3, column: 6))
    }

    func testNULInBytesIsAnError() {
        XCTAssertThrowsError(try NotebookParser.parse(data: Data("a\n\u{0}b".utf8), path: "lesson.md")) { error in
            XCTAssertEqual((error as? NotebookError)?.diagnostics.first?.location, SourceLocation(line: 2, column: 1))
        }
    }

    func testByteOrderMarkIsAcceptedAndFrontMatterRecognised() throws {
        let notebook = try NotebookParser.parse(data: Data("\u{FEFF}---\r\ntitle: Prova\r\n---\r\n\r\nTesto.\r\n".utf8),
                                                path: "lesson.md")
        XCTAssertEqual(notebook.frontMatter.title, "Prova")
        XCTAssertEqual(notebook.blocks.count, 1)
        XCTAssertEqual(notebook.blocks.first.map { if case .paragraph(let c, _) = $0 { c.plainText } else { "" } }, "Testo.")
    }

    func testDuplicateYAMLKeyIsReportedAtTheSecondOccurrence() {
        let found = errors("---\ntitle: Uno\norder: 1\ntitle: Due\n---\n\nTesto.\n")
        XCTAssertEqual(found.map(\.message), ["front matter repeats the key 'title'"])
        XCTAssertEqual(found.first?.location, SourceLocation(line: 4, column: 1))
        XCTAssertEqual(found.first?.notes, ["'title' is first given on line 2"])
    }

    func testFrontMatterErrorsKeepTheSourceLineWithCRLFAndLoneCR() {
        for newline in ["\r\n", "\r"] {
            let text = ["---", "title: Uno", "order: due", "---", "", "Testo."].joined(separator: newline) + newline
            let found = errors(text)
            XCTAssertEqual(found.first?.location, SourceLocation(line: 3, column: 1))
            let formatted = DiagnosticFormatter(path: "lesson.md", source: text).format(found)
            XCTAssertEqual(formatted, """
            lesson.md:3:1: error: front matter 'order' must be a whole number
            order: due
            ^

            """, newline.debugDescription)
        }
    }

    func testPercentEncodedDotsClimbOutOfTheFolder() {
        XCTAssertTrue(LocalReference.escapesFolder("%2e%2e/secret.txt"))
        XCTAssertTrue(LocalReference.escapesFolder("img/%2E%2E/%2e%2e/secret.txt"))
        XCTAssertTrue(LocalReference.escapesFolder("..%2fsecret.txt"))
        XCTAssertTrue(LocalReference.escapesFolder("%2fetc/passwd"))
        XCTAssertFalse(LocalReference.escapesFolder("img/my%20plot.png"))
        XCTAssertEqual(LocalReference("img/my%20plot.png")?.path, "img/my plot.png")
        XCTAssertEqual(LocalReference("img/%2e%2e/plot.png")?.path, "plot.png")
    }
}
