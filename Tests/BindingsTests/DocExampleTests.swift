import Bindings
import CellLanguage
import Foundation
import XCTest

/// Every ```` ```swift ```` example of the cell-facing docs runs as cells (one interpreter per document, examples in
/// order, as in a notebook) and prints exactly the ```` ```text ```` block written after it; figures and tables show
/// as `[image/svg+xml: summary]`. `NBRUN_UPDATE_DOCS=1 swift test --filter DocExampleTests` rewrites the blocks.
final class DocExampleTests: XCTestCase {
    private static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs").standardized

    func testCellsModulesExamples() throws {
        try check("cells-modules.md")
    }

    func testPlotsExamples() throws {
        try check("plots.md")
    }

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.docs.appendingPathComponent(name)
        let current = try String(contentsOf: url, encoding: .utf8)
        let runner = CellRunner()
        let updated = DocExamples(current).updating { example in
            let execution = runner.run(example.code, firstLine: example.firstLine)
            let errors = execution.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.map { "docs/\(name):\($0.location?.line ?? 0): \($0.message)" }, [], file: file, line: line)
            return Self.transcript(execution)
        }
        if ProcessInfo.processInfo.environment["NBRUN_UPDATE_DOCS"] == "1", updated != current {
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertTrue(current == updated, "an example's output in docs/\(name) changed (\(firstDifference(current, updated))): "
                      + "run NBRUN_UPDATE_DOCS=1 swift test --filter DocExampleTests and review the diff", file: file, line: line)
    }

    /// What a cell showed: its text, each display as `[mime: summary]`, and its warnings.
    static func transcript(_ execution: CellExecution) -> String {
        var text = ""
        for event in execution.outputs {
            switch event {
            case .text(let printed): text += printed
            case .display(let mimeType, _, let summary): text += "[\(mimeType): \(summary)]\n"
            case .truncated(let message): text += "[\(message)]\n"
            }
        }
        for warning in execution.diagnostics where warning.severity != .error {
            text += "warning: \(warning.message)\n"
        }
        return text
    }
}
