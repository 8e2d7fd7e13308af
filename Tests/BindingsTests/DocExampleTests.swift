import Bindings
import CellLanguage
import Foundation
import TestSupport
import XCTest

/// Every ```` ```swift ```` cell example of the docs (`docs/*.md`, `README.md`) runs as cells — one interpreter per
/// document, examples in order, as the cells of one notebook, so an example may use what an earlier one of the same
/// document declared — and prints exactly the ```` ```text ```` block written right after it (no block: it prints
/// nothing); figures and tables show as `[image/svg+xml: summary]`. `NBRUN_UPDATE_DOCS=1 swift test --filter
/// DocExampleTests` rewrites the blocks. Library examples (a block starting with `import`) are
/// `LibraryDocExampleTests`'; `DocInventoryTests` accounts for every other block.
final class DocExampleTests: XCTestCase {
    func testCellExamplesOfEveryDocument() throws {
        var checked: [String] = []
        for document in DocBlocks.documents where !DocExamples(try DocBlocks.text(of: document)).examples.isEmpty {
            try check(document)
            checked.append(document)
        }
        // The documents that have cell examples today (a new one is checked without being listed here).
        XCTAssertTrue(Set(["docs/cells-modules.md", "docs/language.md", "docs/plots.md"]).isSubset(of: checked), "\(checked)")
    }

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = DocBlocks.root.appendingPathComponent(name)
        let current = try String(contentsOf: url, encoding: .utf8)
        let runner = CellRunner()
        let updated = DocExamples(current).updating { example in
            let execution = runner.run(example.code, firstLine: example.firstLine)
            let errors = execution.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.map { "\(name):\($0.location?.line ?? 0): \($0.message)" }, [], file: file, line: line)
            return Self.transcript(execution)
        }
        if ProcessInfo.processInfo.environment["NBRUN_UPDATE_DOCS"] == "1", updated != current {
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertTrue(current == updated, "an example's output in \(name) changed (\(firstDifference(current, updated))): "
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
