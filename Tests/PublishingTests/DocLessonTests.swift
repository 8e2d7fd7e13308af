import Foundation
import Parameters
import Publishing
import TestSupport
import XCTest

/// The lessons the docs show (```` ```markdown ```` blocks) render to a page and convert without a diagnostic, run
/// with the parameter the README passes them, and the results format shown in ```` ```json ```` blocks has exactly
/// the keys nbrun writes for such a lesson.
final class DocLessonTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-doc-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testEveryDocumentedLessonRunsAndTheResultsFormatMatches() throws {
        var lessons = 0
        var formats: [(place: String, json: Any)] = []
        for document in DocBlocks.documents {
            for block in DocBlocks.blocks(in: try DocBlocks.text(of: document)) {
                let place = "\(document):\(block.fenceLine)"
                if block.language == "markdown" {
                    lessons += 1
                    let results = try run(lesson: block.code, place: place)
                    XCTAssertEqual(results["status"] as? String, "succeeded", place)
                    XCTAssertEqual((results["diagnostics"] as? [Any])?.count, 0, place)
                    let cells = try XCTUnwrap(results["cells"] as? [[String: Any]], place)
                    XCTAssertTrue(cells.allSatisfy { $0["status"] as? String == "succeeded" }, place)
                    formats.append((place, results))
                } else if block.language == "json" {
                    let shown = try JSONSerialization.jsonObject(with: Data(block.code.utf8))
                    let written = try XCTUnwrap(formats.first?.json, "\(place): no lesson run before the results format")
                    XCTAssertEqual(Self.keys(shown), Self.keys(written), "\(place): the results format shown is not what nbrun writes")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(lessons, 1)
    }

    /// Runs `lesson` with `slope=2.5` (as the README's commands do) and returns its results JSON.
    private func run(lesson: String, place: String) throws -> [String: Any] {
        let input = folder.appendingPathComponent("lesson.md").path, output = folder.appendingPathComponent("lesson.json").path
        try lesson.write(toFile: input, atomically: true, encoding: .utf8)
        let report = NotebookConverter.convert(input: input, to: .json, output: output,
                                               assignments: [ParameterAssignment(argument: "slope=2.5")!])
        XCTAssertEqual(report.outcome, .success, "\(place): \(report.diagnosticsText)")
        let page = PageBuilder.build(input: input, output: folder.appendingPathComponent("lesson.html").path,
                                     assignments: [ParameterAssignment(argument: "slope=2.5")!])
        XCTAssertEqual(page.outcome, .success, "\(place): \(page.diagnosticsText)")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
    }

    /// The key paths of a JSON value (`cells[].figures[].svg`), sorted: arrays by the union of their elements' keys.
    static func keys(_ value: Any, prefix: String = "") -> [String] {
        if let object = value as? [String: Any] {
            return object.keys.sorted().flatMap { [prefix + $0] + keys(object[$0]!, prefix: prefix + $0 + ".") }
        }
        if let array = value as? [Any] {
            return Array(Set(array.flatMap { keys($0, prefix: String(prefix.dropLast()) + "[].") })).sorted()
        }
        return []
    }

    func testKeyComparisonCanFail() {
        XCTAssertNotEqual(Self.keys(["a": [["b": 1]]]), Self.keys(["a": [["c": 1]]]))
        XCTAssertEqual(Self.keys(["a": [["b": 1], ["b": 2]]]), ["a", "a[].b"])
    }
}
