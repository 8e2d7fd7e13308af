import XCTest
@testable import CellLanguage

/// Valid Swift session 29 made run (`Golden/literal_receivers.swift`, `Golden/inherited_static_properties.swift`) and
/// the mistakes beside it, at swiftc's positions: a library method's call shape is judged by that member alone, not by
/// whether an extension of the notebook adds other members to the type.
final class ValidSwiftMemberDiagnosticsTests: XCTestCase {
    func testALibraryMethodsMissingArgumentIsReportedBesideAnExtensionOfOtherMembers() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        extension Array { func second() -> Element? { count > 1 ? self[1] : nil } }
        var xs = [3, 4]
        xs.insert(1)
        var s = "ab"
        s.insert("c")
        print(xs.second() ?? 0)
        """, [
            "3:12: missing argument for parameter 'at' in call",
            "5:13: missing argument for parameter 'at' in call",
        ])
        assertCheckerReports("""
        extension Collection { var middle: Element? { isEmpty ? nil : self[index(startIndex, offsetBy: count / 2)] } }
        var xs = [3, 4]
        xs.insert(1)
        print(xs.middle ?? 0)
        """, ["3:12: missing argument for parameter 'at' in call"])
    }

    func testAUnicodeScalarWithoutAValueIsUnavailable() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), at the type's name.
        assertCheckerReports("""
        let u = UnicodeScalar()
        let ok = UnicodeScalar(65)
        """, ["1:9: 'init()' is unavailable: use 'Unicode.Scalar(0)'"])
    }

    func testAnArrayJoinsALiteralOfOtherElementsAsAnyOnlyWithoutAContextualType() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): `n + ["s"]` alone is an `[Any]`; against an `[Int]`
        // the literal's element is the mistake.
        assertCheckerReports("""
        let n = [1, 2]
        let joined = n + ["s", 3]
        let z: [Int] = n + ["s"]
        """, ["3:21: cannot convert value of type 'String' to expected element type 'Int'"])
    }
}
