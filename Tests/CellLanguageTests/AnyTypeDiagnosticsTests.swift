import CellLanguage
import Diagnostics
import XCTest

/// `Any`, `AnyObject` and class-only protocols: the mistakes swiftc reports, at swiftc's positions, and the casts
/// nbrun refuses at theirs.
final class AnyTypeDiagnosticsTests: XCTestCase {
    private func describe(_ code: String) -> [String] { diagnosticLines(code) }

    func testOnlyClassesConformToAClassOnlyProtocol() {
        XCTAssertEqual(describe("""
        struct Label: Delegate { func changed() {} }
        protocol Delegate: AnyObject { func changed() }
        enum Mode: Delegate { case on; func changed() {} }
        final class Screen: Delegate { func changed() {} }
        """), [
            "1:8: non-class type 'Label' cannot conform to class protocol 'Delegate'",
            "3:6: non-class type 'Mode' cannot conform to class protocol 'Delegate'",
        ])
    }

    func testCastsToCollectionsAndOptionalsAreRefusedAtTheirOperator() {
        XCTAssertEqual(describe("""
        let values: [Any] = [1, 2]
        let numbers = values as? [Int]
        let one: Any = 1
        switch one {
        case let n as Int?: print(n as Any)
        default: break
        }
        """), [
            "2:22: 'as?' from '[Any]' to '[Int]' is not supported in nbrun cells (casts between classes are)",
            "5:12: 'as' from 'Any' to 'Int?' is not supported in nbrun cells (casts between classes are)",
        ])
    }

    func testWeakCapturesNeedClassInstances() {
        XCTAssertEqual(describe("""
        let count = 1
        let show = { [weak held = count] in print(held as Any) }
        """), ["2:20: 'weak' may only be applied to class and class-bound protocol types, not 'Int'"])
    }
}
