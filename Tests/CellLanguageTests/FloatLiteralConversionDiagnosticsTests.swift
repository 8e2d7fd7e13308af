import XCTest
@testable import CellLanguage

/// Integer conversions of floating-point literals the integer type cannot hold (`Int(exactly: 9.3e18)`), which
/// swiftc refuses at compile time (its SIL diagnostics), decided by the checker
/// (`TypeChecker.floatLiteralConversionMistake`).
final class FloatLiteralConversionDiagnosticsTests: XCTestCase {
    func testFloatLiteralsBeyondAnIntegerTypeAreRefusedAtTheCall() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -emit-sil`). The literal as written (without its
        // underscores), the type optional for `exactly:`; a literal that only loses its fraction is no mistake.
        assertCheckerReports("""
        let a = Int(exactly: 9.3e18)
        let b = Int(exactly: -9.3e18)
        let c = Int(9.3e18)
        let d = Int(exactly: 9.2e18)
        let e = Int8(exactly: 300.0)
        let f = UInt8(-1.5)
        let g = UInt8(255.9)
        let h = Int(exactly: 1_0e20)
        let i = Int(exactly: 3.5)
        print(a as Any, b as Any, c, d as Any, e as Any, f, g, h as Any, i as Any)
        """, [
            "1:9: invalid conversion: '9.3e18' overflows 'Int?'",
            "2:9: invalid conversion: '-9.3e18' overflows 'Int?'",
            "3:9: invalid conversion: '9.3e18' overflows 'Int'",
            "5:9: invalid conversion: '300.0' overflows 'Int8?'",
            "6:9: negative literal '-1.5' cannot be converted to 'UInt8'",
            "8:9: invalid conversion: '10e20' overflows 'Int?'",
        ])
    }
}
