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
        // A block that differs only in the last digits of floating-point numbers (matrix products' kernels differ
        // between machines: Debian's OpenBLAS on a Zen and on an Intel round differently) is the same output.
        if Self.sameWithinRounding(current, updated) { return }
        if ProcessInfo.processInfo.environment["NBRUN_UPDATE_DOCS"] == "1" {
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTFail("an example's output in \(name) changed (\(firstDifference(current, updated))): "
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

    /// Whether `a` and `b` are the same text except for decimal numbers that agree to a relative 1e-12 (what BLAS
    /// kernels of different machines change in a double's last digits).
    static func sameWithinRounding(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let number = /-?[0-9]+\.[0-9]+(e-?[0-9]+)?/
        let (numbersA, numbersB) = (a.matches(of: number).map { Double(a[$0.range])! }, b.matches(of: number).map { Double(b[$0.range])! })
        guard a.replacing(number, with: "#") == b.replacing(number, with: "#"), numbersA.count == numbersB.count else { return false }
        return zip(numbersA, numbersB).allSatisfy { x, y in abs(x - y) <= 1e-12 * max(abs(x), abs(y), 1e-300) }
    }
}
