import CellLanguage
import Diagnostics
import XCTest

/// `super.init(…)!` and `self.init(…)!`: a force-unwrapped delegation to a failable initializer (what swiftc 6
/// refuses about it, at its positions, and its trap when the delegated initializer fails).
final class ForcedDelegationTests: XCTestCase {
    func testForcedDelegationMistakesAreReportedAsSwiftcDoes() {
        XCTAssertEqual(diagnosticLines("""
            class A {
                var x: Int
                init?(x: Int) { if x < 0 { return nil }; self.x = x }
                init() { x = 0 }
            }
            class B: A {
                override init(x: Int) { super.init(x: x)! }
                override init() { super.init()! }
            }
            """), ["8:35: cannot force unwrap value of non-optional type 'A'"])
    }

    func testAFailedForcedDelegationStopsTheCell() {
        let result = Interpreter().execute(CellSource(code: """
            class A {
                var x: Int
                init?(x: Int) { if x < 0 { return nil }; self.x = x }
            }
            class B: A {
                override init(x: Int) { super.init(x: x)! }
            }
            print(B(x: 1).x)
            print(B(x: -1).x)
            """, firstLine: 1))
        XCTAssertEqual(result.text, "1\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["unexpectedly found nil while unwrapping an Optional value"])
    }
}
