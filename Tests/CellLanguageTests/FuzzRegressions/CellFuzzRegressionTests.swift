import CellLanguage
import Diagnostics
import XCTest

/// Cells found by the fuzz target `FuzzCellLanguage` (minimised), kept so the crashes they exposed stay fixed.
final class CellFuzzRegressionTests: XCTestCase {
    private func diagnostics(_ code: String) -> [Diagnostic] {
        let interpreter = Interpreter(limits: ExecutionLimits(timeoutSeconds: 5))
        return interpreter.execute(CellSource(code: code, firstLine: 3, columnOffset: 2)).diagnostics
    }

    /// An invisible character between a space and `=` made swift-syntax trap while building a fix-it with no
    /// changes; now it is an error at the `=`.
    func testInvisibleCharacterBeforeEqualSignIsAnError() {
        // U+001F, U+007F, U+FEFF, vertical tab, form feed.
        for invisible in ["\u{1F}", "\u{7F}", "\u{FEFF}", "\u{0B}", "\u{0C}"] {
            let found = diagnostics("let m = 1\nlet n \(invisible)= m\nprint(n)\n")
            XCTAssertEqual(found.map(\.message), ["'=' must have consistent whitespace on both sides"],
                           "U+\(String(invisible.unicodeScalars.first!.value, radix: 16))")
            XCTAssertEqual(found.first?.location?.line, 4)
            XCTAssertEqual(found.first?.location?.column, 2 + 7 + invisible.count)
        }
    }

    /// An unevenly spaced `=` without invisible characters keeps swift-syntax's own diagnostic.
    func testUnevenlySpacedEqualSignKeepsTheParserDiagnostic() {
        let found = diagnostics("let m =1\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.location?.line, 3)
    }
}
