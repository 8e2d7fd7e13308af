import XCTest
@testable import CellLanguage

/// Mistakes the checker once let through or reported twice (issue 12's known bugs, session 26), each reported once,
/// as swiftc reports it.
final class KnownBugDiagnosticsTests: XCTestCase {
    func testAnUnknownCaptureListEntryIsReportedOnceAtTheEntry() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): the entry, not its uses in the body.
        assertCheckerReports("""
        let c = { [qq] in print(qq) }
        let d = { [count] in count + 1 }
        """, [
            "1:12: cannot find 'qq' in scope",
            "2:12: cannot find 'count' in scope",
        ])
    }

    func testARangePatternWithOneBoundOfAnotherTypeIsThatBoundsMistake() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): an integer literal bound may be a Double, a
        // floating-point one no Int; the other bound is converted to the subject's type, at it (inside parentheses).
        assertCheckerReports("""
        let n = 3
        let x = 2.5
        let s = "s"
        switch n {
        case (1)..."4": print(1)
        case ("1")...4: print(2)
        case (1)...4.5: print(3)
        case (1.5)...4: print(4)
        case s...4: print(5)
        case (1, 2)...4: print(6)
        default: print(7)
        }
        switch x {
        case (1)...4: print(1)
        case "a"...4.5: print(2)
        case 1.5..<"b": print(3)
        default: print(4)
        }
        """, [
            "5:12: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:7: cannot convert value of type 'String' to expected argument type 'Int'",
            "7:12: cannot convert value of type 'Double' to expected argument type 'Int'",
            "8:7: cannot convert value of type 'Double' to expected argument type 'Int'",
            "9:6: cannot convert value of type 'String' to expected argument type 'Int'",
            "10:6: cannot convert value of type '(Int, Int)' to expected argument type 'Int'",
            "15:6: cannot convert value of type 'String' to expected argument type 'Double'",
            "16:12: cannot convert value of type 'String' to expected argument type 'Double'",
        ])
    }
}
