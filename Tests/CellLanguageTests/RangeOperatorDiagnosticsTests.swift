import XCTest
@testable import CellLanguage

/// Operators on ranges: `==` and `!=` compare them, no other operator takes two ranges (swiftc's
/// `binary operator '<' cannot be applied to two 'Range<Int>' operands`). The checker's `where` applied to the closed
/// range's pattern only, so `<` on two half-open ranges was accepted and the generator met an internal error.
final class RangeOperatorDiagnosticsTests: XCTestCase {
    func testRangesAreComparedWithEqualityOnly() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`).
        assertCheckerReports("""
        let a = 0..<2
        let b = 1..<3
        print(a < b)
        print(a == b, a != b)
        let c = 0...2
        print(c > c)
        print(c == c)
        """, [
            "3:9: binary operator '<' cannot be applied to two 'Range<Int>' operands",
            "6:9: binary operator '>' cannot be applied to two 'ClosedRange<Int>' operands",
        ])
    }

    func testEqualRangesRun() {
        // The compiled program prints `true true true` (swiftc 6.3.1).
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: "let a = 0..<2\nprint(a == 0..<2, a != 1..<3, (0...2) == (0...2))",
                                                      firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [])
        XCTAssertEqual(interpreter.run(compiled).text, "true true true\n")
    }
}
