import CellLanguage
import Diagnostics
import XCTest

/// The mistakes around the valid Swift session 22 made run (`Golden/reduce_accumulators`…), in swiftc's words and
/// at its positions (each checked against swiftc).
final class ValidSwiftDiagnosticsTests: XCTestCase {
    func testAFloatLiteralStartingAnIntAccumulatorIsTheOneMistake() {
        // swiftc binds the accumulator to the context's Int: the literal alone does not fit, the combining function does.
        assertCheckerReports("""
        let xs = [1, 2, 3]
        let n: Int = xs.reduce(0.0, +)
        func f() -> Int { xs.reduce(1.0, *) }
        let m: Int = xs.reduce(0.5) { $0 + $1 }
        """, ["2:24: cannot convert value of type 'Double' to expected argument type 'Int'",
              "3:29: cannot convert value of type 'Double' to expected argument type 'Int'",
              "4:24: cannot convert value of type 'Double' to expected argument type 'Int'"])
    }

    func testADoubleAccumulatorTheCombiningFunctionFitsIsTheResultsMistake() {
        // Over Doubles the Double accumulator fits the function: the result's conversion is the mistake.
        XCTAssertEqual(diagnosticLines("""
        let ds = [1.5]
        let n: Int = ds.reduce(0.0, +)
        """), ["2:17: cannot convert value of type 'Double' to specified type 'Int'"])
    }
}
