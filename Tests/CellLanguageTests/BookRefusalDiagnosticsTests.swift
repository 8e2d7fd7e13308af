import XCTest
@testable import CellLanguage

/// Mistakes the Swift book shows refused (its tests that expect errors, `Conformance/*/*.errors`), reported with
/// swiftc's message at swiftc's position (issue 13: "refused with a clear error at its position").
final class BookRefusalDiagnosticsTests: XCTestCase {
    func testIdentityOfValuesIsRefusedAtEachOperand() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). Each operand whose type is certainly no class
        // (a struct, a number, a string, an optional of one) is reported; a class instance beside it is not.
        assertCheckerReports("""
        class K {}
        struct S { var x = 0 }
        let k = K(), s = S()
        let o: S? = S()
        print(k === s)
        print(s === k)
        print(1 === "a")
        print(o === o)
        print(s !== s)
        if s === s { print(1) }
        """, [
            "5:13: argument type 'S' expected to be an instance of a class or class-constrained type",
            "6:7: argument type 'S' expected to be an instance of a class or class-constrained type",
            "7:7: argument type 'Int' expected to be an instance of a class or class-constrained type",
            "7:13: argument type 'String' expected to be an instance of a class or class-constrained type",
            "8:7: argument type 'S?' expected to be an instance of a class or class-constrained type",
            "8:13: argument type 'S?' expected to be an instance of a class or class-constrained type",
            "9:7: argument type 'S' expected to be an instance of a class or class-constrained type",
            "9:13: argument type 'S' expected to be an instance of a class or class-constrained type",
            "10:4: argument type 'S' expected to be an instance of a class or class-constrained type",
            "10:10: argument type 'S' expected to be an instance of a class or class-constrained type",
        ])
    }

    func testDeclarationModifiersSwiftcRefuses() {
        // Expected lines: swiftc 6.3.1. Access modifiers on requirements, `lazy let` in a struct and a class.
        assertEachAsSwiftcReportsIt([
            ("access modifiers in a protocol", """
            protocol P {
               public var x: Int { get }
               internal func f()
               private static func g()
               fileprivate var y: Int { get set }
            }
            """, [
                "2:4: 'public' modifier cannot be used in protocols",
                "3:4: 'internal' modifier cannot be used in protocols",
                "4:4: 'private' modifier cannot be used in protocols",
                "5:4: 'fileprivate' modifier cannot be used in protocols",
            ]),
            ("lazy let", """
            struct S { lazy let a = 1 }
            class C { lazy let b = 2 }
            """, [
                "1:12: 'lazy' cannot be used on a let",
                "2:11: 'lazy' cannot be used on a let",
            ]),
        ])
    }

    func testHexadecimalFloatWithoutExponentIsRefusedWhereTheLiteralEnds() {
        // Expected lines: swiftc 6.3.1. A member of a hexadecimal integer whose name is not hexadecimal digits is one.
        assertEachAsSwiftcReportsIt([
            ("hexadecimal floats", """
            let hex = 0x1.5
            let hex2 = 0xA.8
            let fine = 0xff.description
            print(hex, hex2, fine)
            """, [
                "1:16: hexadecimal floating point literal must end with an exponent",
                "2:17: hexadecimal floating point literal must end with an exponent",
            ]),
        ])
    }
}
