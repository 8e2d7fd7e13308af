import CellLanguage
import Diagnostics
import XCTest

/// `utf8`, `utf16` and `unicodeScalars`: the mistakes swiftc reports, at its positions (swiftc 6).
final class StringViewDiagnosticsTests: XCTestCase {
    func testViewMistakesAreReportedAsSwiftcDoes() {
        XCTAssertEqual(diagnosticLines("let s = \"ab\"\nlet x: Unicode.Scalar = \"ab\"\nlet y = s.utf8.append(1)"), [
            "2:25: cannot convert value of type 'String' to specified type 'Unicode.Scalar'",
            "3:16: value of type 'String.UTF8View' has no member 'append'",
        ])
    }
}
