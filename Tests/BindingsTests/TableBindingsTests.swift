import Bindings
import CellLanguage
import Foundation
import XCTest

/// `show(table:)` from rows, dictionaries, tensors and datasets, and `show(markdown:)`, as display events.
final class TableBindingsTests: XCTestCase {
    private struct Table: Decodable, Equatable {
        var header: [String]
        var rows: [[String]]
    }

    private func tables(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> [Table] {
        let execution = CellRunner().run(code)
        XCTAssertEqual(execution.diagnostics.map(\.message), [], file: file, line: line)
        return execution.outputs.compactMap { event in
            guard case .display("application/vnd.nbrun.table+json", let content, _) = event else { return nil }
            return try? JSONDecoder().decode(Table.self, from: Data(content.utf8))
        }
    }

    func testRowsOfTextAndNumbers() {
        XCTAssertEqual(tables("""
        show(table: [["gatto", "0.42"], ["cane", "0.31"]], header: ["parola", "p"])
        show(table: [[1, 2], [3, 4]])
        show(table: [[0.1, 2.0 / 3.0]], digits: 3)
        show(table: [[0.1, 1e-7]])
        """), [
            Table(header: ["parola", "p"], rows: [["gatto", "0.42"], ["cane", "0.31"]]),
            Table(header: [], rows: [["1", "2"], ["3", "4"]]),
            Table(header: [], rows: [["0.100", "0.667"]]),
            Table(header: [], rows: [["0.1", "1e-07"]]),
        ])
    }

    func testDictionariesKeepTheirOrder() {
        XCTAssertEqual(tables("""
        var metrics: [String: Double] = [:]
        metrics["precisione"] = 0.93
        metrics["richiamo"] = 0.88
        show(table: metrics, header: ["metrica", "valore"])
        show(table: ["x": [1, 2, 3], "y": [4, 5]])
        show(table: ["nome": ["a", "b"]])
        """), [
            Table(header: ["metrica", "valore"], rows: [["precisione", "0.93"], ["richiamo", "0.88"]]),
            Table(header: ["x", "y"], rows: [["1", "4"], ["2", "5"], ["3", ""]]),
            Table(header: ["nome"], rows: [["a"], ["b"]]),
        ])
    }

    func testTensorsAndDatasets() {
        XCTAssertEqual(tables("""
        show(table: Tensor([[1.0, 2.5], [3.0, 4.0]]))
        show(table: Tensor([1.0, 2.0, 3.0]), digits: 1)
        show(table: Dataset(features: [[0.5, 1.0], [2.0, 3.0]], labels: [0, 1]))
        """), [
            Table(header: [], rows: [["1.0", "2.5"], ["3.0", "4.0"]]),
            Table(header: [], rows: [["1.0", "2.0", "3.0"]]),
            Table(header: ["x1", "x2", "label"], rows: [["0.5", "1.0", "0"], ["2.0", "3.0", "1"]]),
        ])
    }

    func testLongTablesAreCutWithANoteAndMistakesAreErrors() {
        let execution = CellRunner().run("show(table: [[1], [2], [3]], maxRows: 2)")
        XCTAssertEqual(execution.text, "(2 of 3 rows shown; show(table: …, maxRows: 3) shows all)\n")
        let runner = CellRunner()
        XCTAssertEqual(runner.error("show(table: zeros([2, 2, 2]))").message,
                       "show(table:): a tensor of shape (2, 2, 2) is not a table; use a 1-D or 2-D tensor")
        XCTAssertEqual(runner.error("show(table: [[1.0]], digits: 40)").message, "show(table:): digits must be in 0...17, not 40")
    }

    /// The "Tables and Markdown" section of docs/cells-modules.md runs as written.
    func testDocumentedSectionRuns() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/cells-modules.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let section = try XCTUnwrap(text.components(separatedBy: "## Tables and Markdown\n").last)
        let code = try XCTUnwrap(section.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "```\n").first)
        let execution = CellRunner().run(code)
        XCTAssertEqual(execution.diagnostics.map(\.message), [])
        XCTAssertEqual(execution.outputs.filter { if case .display = $0 { return true } else { return false } }.count, 6)
        XCTAssertEqual(execution.text, "(5 of 200 rows shown; show(table: …, maxRows: 200) shows all)\n")
    }

    func testMarkdown() {
        let execution = CellRunner().run("let r2 = 0.9\nshow(markdown: \"**R²** = \\(r2)\")")
        XCTAssertEqual(execution.outputs, [.display(mimeType: "text/markdown", content: "**R²** = 0.9", summary: "**R²** = 0.9")])
    }
}
