import CellLanguage
import Diagnostics
import XCTest

/// `#available`/`#unavailable` arguments swiftc refuses: its errors, at its positions (swiftc 6, `-emit-sil`).
final class AvailabilityDiagnosticsTests: XCTestCase {
    func testAvailabilityArgumentsAreCheckedAsSwiftcChecksThem() {
        let source = """
        if #available(iOS 10) {}
        if #unavailable(iOS 10, *) {}
        if #available(iOS, *) {}
        if #available(iOS 10, iOS 11, *) {}
        if #available(swift 5, *) {}
        if #unavailable(swift 5) {}
        """
        XCTAssertEqual(diagnosticLines(source), [
            "1:4: condition required for target platform '*'",
            "1:19: must handle potential future platforms with '*'",
            "2:25: platform wildcard '*' is always implicit in #unavailable",
            "3:15: expected version number",
            "4:23: version for iOS already specified",
            "5:15: Swift version checks not allowed in #available(...)",
            "6:17: Swift version checks not allowed in #unavailable(...)",
        ])
    }

    func testAvailabilityOutsideAConditionIsRefused() {
        XCTAssertFalse(diagnosticLines("let x = #available(macOS 10.12, *)\nprint(x)").isEmpty)
    }
}
