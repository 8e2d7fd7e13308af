import CellLanguage
import Diagnostics
import XCTest

/// Fixed-width integers as raw types of enums: raw values the type cannot hold are swiftc's errors, at its
/// positions (swiftc 6, `-emit-sil`).
final class FixedWidthIntegerDiagnosticsTests: XCTestCase {
    func testRawValuesOutOfRangeAreReportedWhereSwiftcReportsThem() {
        XCTAssertEqual(diagnosticLines("enum Level: UInt8 { case low = 255, high }\nenum Bad: UInt8 { case a = 256 }"), [
            "1:37: integer literal '256' overflows when stored into 'UInt8'",
            "2:28: integer literal '256' overflows when stored into 'UInt8'",
        ])
    }
}
