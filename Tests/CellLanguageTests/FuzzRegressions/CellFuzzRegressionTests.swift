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

    /// Every cell these tests run (also a corpus of `TypeOnlyCompilationTests`).
    static var cells: [String] {
        invisibleCharacters.map(invisibleCharacterCell) + deepBrackets.map(\.code) + [fineBrackets, unevenEqualSign]
    }

    /// U+001F, U+007F, U+FEFF, vertical tab, form feed.
    private static let invisibleCharacters = ["\u{1F}", "\u{7F}", "\u{FEFF}", "\u{0B}", "\u{0C}"]

    private static func invisibleCharacterCell(_ invisible: String) -> String { "let m = 1\nlet n \(invisible)= m\nprint(n)\n" }

    /// Cells nesting brackets too deep, with the column of the first bracket too many.
    private static let deepBrackets: [(code: String, column: Int)] = {
        let deep = "let x = " + String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40) + "\n"
        let unclosed = "print(a" + String(repeating: "[", count: 55) + "a\n"
        let mixed = "let y = " + String(repeating: "[(", count: 30) + "1" + String(repeating: ")]", count: 30) + "\n"
        let interpolated = "print(\"a \\(t" + String(repeating: "[", count: 27) + "rue) b\")\n"
        return [(deep, 2 + 8 + 13), (unclosed, 2 + 7 + 13), (mixed, 2 + 8 + 25), (interpolated, 2 + 12 + 13)]
    }()

    /// Twelve levels, brackets in strings and comments, and long flat subscript chains.
    private static let fineBrackets = """
        let x = \(String(repeating: "[", count: 12) + "1" + String(repeating: "]", count: 12))
        let s = "[[[[[[[[[[[[[[[[[[[[" // [[[[[[[[[[[[[[[[[[[[[
        /* [[[[[[[[[[[[[[[[[[[[[[[[[ */
        print(x\(String(repeating: "[0]", count: 12)), s)
        """

    private static let unevenEqualSign = "let m =1\n"

    /// An invisible character between a space and `=` made swift-syntax trap while building a fix-it with no
    /// changes; now it is an error at the `=`.
    func testInvisibleCharacterBeforeEqualSignIsAnError() {
        for invisible in Self.invisibleCharacters {
            let found = diagnostics(Self.invisibleCharacterCell(invisible))
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
        for (code, column) in Self.deepBrackets {
            let (found, seconds) = ProcessCPUTime.measure { diagnostics(code) }
            XCTAssertLessThan(seconds, 1)   // CPU seconds: a guard against exponential parsing
            XCTAssertEqual(found.map(\.message), ["square brackets are nested more than 12 levels deep"])
            XCTAssertEqual(found.first?.location, SourceLocation(line: 3, column: column))
        }
        // Twelve levels, brackets in strings and comments, and long flat subscript chains are fine.
        let fine = diagnostics(Self.fineBrackets)
        XCTAssertEqual(fine.filter { $0.severity == .error }.map(\.message), [])
    }

    /// An unevenly spaced `=` without invisible characters keeps swift-syntax's own diagnostic.
    func testUnevenlySpacedEqualSignKeepsTheParserDiagnostic() {
        let found = diagnostics(Self.unevenEqualSign)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.location?.line, 3)
    }
}
