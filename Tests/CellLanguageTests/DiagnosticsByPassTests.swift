@testable import CellLanguage
import Diagnostics
import XCTest

/// A cell's diagnostics kept per reporting pass: lists in the passes' order, filtering and keeping what is shown.
final class DiagnosticsByPassTests: XCTestCase {
    private func error(_ message: String, line: Int) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(line: line, column: 1))
    }

    func testEachPassHasItsOwnListInThePassesOrder() {
        XCTAssertEqual(DiagnosticPass.allCases.map(\.position), Array(DiagnosticPass.allCases.indices))
        var byPass = DiagnosticsByPass()
        byPass.add([error("late", line: 3)], by: .generator)
        byPass.add([error("first", line: 1)], by: .parse)
        byPass.add([error("second", line: 2)], by: .parse)
        XCTAssertEqual(byPass[.parse].map(\.message), ["first", "second"])
        XCTAssertEqual(byPass[.checker], [])
        XCTAssertEqual(byPass.all.map(\.message), ["first", "second", "late"])
    }

    func testFilterAndKeepingShownDiagnosticsOnce() {
        var byPass = DiagnosticsByPass()
        let repeated = error("same", line: 4)
        byPass.add([repeated, error("other", line: 5)], by: .checker)
        byPass.add([repeated], by: .generator)
        XCTAssertEqual(byPass.filter { $0.message == "same" }.all.count, 2)
        let kept = byPass.keeping([repeated])
        XCTAssertEqual(kept[.checker], [repeated])
        XCTAssertEqual(kept[.generator], [])
        XCTAssertEqual(byPass.keeping([]).all, [])
    }
}
