import CellLanguage
import Diagnostics
import XCTest

/// Diagnostics of computed properties, observers, `lazy` and subscripts: swiftc's messages at swiftc's positions
/// (checked with swiftc 6.3), and the refusals of what nbrun does not take.
final class PropertyAccessorDiagnosticsTests: XCTestCase {
    private func diagnostics(_ code: String) -> [String] { diagnosticLines(code) }

    func testAssigningAGetOnlyPropertyIsReportedAtItsName() {
        XCTAssertEqual(diagnostics("""
        struct S { var a: Int { 1 } }
        var s = S()
        s.a = 2
        class C { var b: Int { get { 1 } } }
        let c = C()
        c.b += 1
        """), [
            "3:3: cannot assign to property: 'a' is a get-only property",
            "6:5: left side of mutating operator isn't mutable: 'b' is a get-only property",
        ])
    }

    func testAssigningAGetOnlySubscriptOrComputedVariable() {
        XCTAssertEqual(diagnostics("""
        struct T { subscript(i: Int) -> Int { i } }
        var t = T()
        t[0] = 1
        var total: Int { 42 }
        total = 3
        """), [
            "3:2: cannot assign through subscript: subscript is get-only",
            "5:1: cannot assign to value: 'total' is a get-only property",
        ])
    }

    func testSettingThroughALetStructIsReportedAsForStoredProperties() {
        XCTAssertEqual(diagnostics("""
        struct P {
            var x = 0
            var y: Int {
                get { x }
                set { x = newValue }
            }
        }
        let p = P()
        p.y = 2
        p.y += 1
        """), [
            "9:3: cannot assign to property: 'p' is a 'let' constant",
            "10:5: left side of mutating operator isn't mutable: 'p' is a 'let' constant",
        ])
    }

    func testLetComputedProperty() {
        XCTAssertEqual(diagnostics("""
        class C {
            let x: Int { return 42 }
        }
        """), [
            "2:16: 'let' declarations cannot be computed properties",
        ])
    }

    func testRefusedForms() {
        XCTAssertEqual(diagnostics("""
        struct S { lazy var x = 0 }
        struct W {
            @Clamped var v = 0
        }
        """), [
            "1:12: 'lazy' in a struct (reading it mutates the value: make it a class, or compute it in 'init') is not supported in nbrun cells",
            "3:5: 'attributes' is not supported in nbrun cells",
        ])
    }

    /// Overriding a settable property takes a setter (see Golden/class_setter_overrides.swift for the programs that
    /// run): an override with only a getter is refused with swiftc's message.
    func testOverridingASettablePropertyWithAGetterOnlyIsReported() {
        XCTAssertEqual(diagnostics("""
        class A {
            var v = 1
            var w: Int {
                get { v }
                set { v = newValue }
            }
        }
        class B: A {
            override var w: Int { 42 }
        }
        """), [
            "9:18: cannot override mutable property with read-only property 'w'",
        ])
    }
}
