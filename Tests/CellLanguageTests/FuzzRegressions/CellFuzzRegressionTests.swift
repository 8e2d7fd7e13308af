import CellLanguage
import Diagnostics
import Foundation
import TestSupport
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

    /// Deeply nested square brackets took SwiftParser exponential time (4 s for 20 levels, a timeout for 55);
    /// past 12 levels they are an error at the first bracket too many, in literals, subscripts, types and string
    /// interpolations alike.
    func testDeeplyNestedSquareBracketsAreAnErrorNotAHang() {
        let deep = "let x = " + String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40) + "\n"
        let unclosed = "print(a" + String(repeating: "[", count: 55) + "a\n"
        let mixed = "let y = " + String(repeating: "[(", count: 30) + "1" + String(repeating: ")]", count: 30) + "\n"
        let interpolated = "print(\"a \\(t" + String(repeating: "[", count: 27) + "rue) b\")\n"
        for (code, column) in [(deep, 2 + 8 + 13), (unclosed, 2 + 7 + 13), (mixed, 2 + 8 + 25),
                               (interpolated, 2 + 12 + 13)] {
            let (found, seconds) = ProcessCPUTime.measure { diagnostics(code) }
            XCTAssertLessThan(seconds, 1)   // CPU seconds: a guard against exponential parsing
            XCTAssertEqual(found.map(\.message), ["square brackets are nested more than 12 levels deep"])
            XCTAssertEqual(found.first?.location, SourceLocation(line: 3, column: column))
        }
        // Twelve levels, brackets in strings and comments, and long flat subscript chains are fine.
        let fine = diagnostics("""
            let x = \(String(repeating: "[", count: 12) + "1" + String(repeating: "]", count: 12))
            let s = "[[[[[[[[[[[[[[[[[[[[" // [[[[[[[[[[[[[[[[[[[[[
            /* [[[[[[[[[[[[[[[[[[[[[[[[[ */
            print(x\(String(repeating: "[0]", count: 12)), s)
            """)
        XCTAssertEqual(fine.filter { $0.severity == .error }.map(\.message), [])
    }

    /// An unevenly spaced `=` without invisible characters keeps swift-syntax's own diagnostic.
    func testUnevenlySpacedEqualSignKeepsTheParserDiagnostic() {
        let found = diagnostics("let m =1\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.location?.line, 3)
    }
}
