import XCTest
@testable import CellLanguage

/// `type(of:)` called with another label or none, decided by the checker (`TypeChecker.typeOfCall`) as swiftc decides
/// it; the generator compiles the call whatever its label (it used to find no `type` and report `cannot find 'type'
/// in scope`, on the right line but with the wrong message).
final class TypeOfLabelDiagnosticsTests: XCTestCase {
    func testAMisspelledOrMissingLabelOfTypeOfIsRefusedAsSwiftcRefusesIt() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): a wrong label at the `(`, a missing one at the value.
        assertCheckerReports("""
        let x = 1
        print(type(x))
        print(type(ofx: x))
        let t = type(off: x + 1)
        """, [
            "2:12: missing argument label 'of:' in call",
            "3:11: incorrect argument label in call (have 'ofx:', expected 'of:')",
            "4:13: incorrect argument label in call (have 'off:', expected 'of:')",
        ])
    }

    func testTypeOfWithItsLabelIsAccepted() {
        assertCheckerReports("let v = [1]\nprint(type(of: v), type(of: v) == type(of: [2]))", [])
    }
}
