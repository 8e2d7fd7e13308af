import CellLanguage
import Diagnostics
import XCTest

/// A `rethrows` body may throw only through its parameter: a call of another throwing function value, or of a
/// `rethrows` function with another throwing function, is refused where swiftc 6 refuses it.
final class RethrowsDiagnosticsTests: XCTestCase {
    func testThrowingValuesOtherThanTheParameterAreRefusedAsSwiftcDoes() {
        let message = "call can throw, but the error is not handled; a function declared 'rethrows' may only throw if its parameter does"
        XCTAssertEqual(diagnosticLines("""
            func other() throws -> Int { 1 }
            func apply(_ f: () throws -> Int) rethrows -> Int {
                let g: () throws -> Int = { 3 }
                let a = try g()
                let b = try apply(other)
                let h = f
                let c = try h()
                let d = try apply(f) + (try apply { try other() }) + (try f())
                return a + b + c + d
            }
            """), ["4:17: \(message)", "5:17: \(message)", "7:17: \(message)"])
    }
}
