import CellLanguage
import Diagnostics
import XCTest

/// Setters chosen by the instance's class across cells, and swiftc's errors (messages and positions checked with
/// swiftc 6.3) for overridden subscripts, property wrappers that are not, `max`/`min` hidden by members of extended
/// built-in types, and integer literals too large for their type. The programs that run in one cell are
/// Golden/class_setter_overrides.swift, unsigned_literals.swift and builtin_extension_members.swift.
final class SetterOverrideTests: XCTestCase {
    /// Code compiled before a subclass overrides a setter (an earlier cell's) runs the subclass's setter, its
    /// observers and its subscript setter on the subclass's instances (the expected output is swiftc's for the
    /// same program).
    func testAnEarlierCellsAssignmentsRunALaterSubclasssSetters() {
        let interpreter = Interpreter()
        let first = interpreter.compile(CellSource(code: """
            class C {
                var stored = 0
                var y: Int { get { stored } set { print("C set", newValue); stored = newValue } }
                subscript(i: Int) -> Int { get { stored + i } set { print("C sub set", i, newValue) } }
            }
            func change(_ c: C) { c.y = 1; c.y += 2; c[5] = 6 }
            """, firstLine: 1))
        XCTAssertEqual(first.diagnostics.map(\.message), [])
        _ = interpreter.run(first)
        let second = interpreter.compile(CellSource(code: """
            class D: C {
                override var y: Int { willSet { print("D willSet", newValue) } didSet { print("D didSet", oldValue) } }
            }
            class E: C {
                override var y: Int { get { super.y * 10 } set { print("E set", newValue); super.y = newValue } }
                override subscript(i: Int) -> Int { get { 0 } set { print("E sub set"); super[i] = newValue + 1 } }
            }
            change(D())
            change(E())
            """, firstLine: 8))
        XCTAssertEqual(second.diagnostics.map(\.message), [])
        XCTAssertEqual(interpreter.run(second).text, """
            D willSet 1
            C set 1
            D didSet 0
            D willSet 3
            C set 3
            D didSet 1
            C sub set 5 6
            E set 1
            C set 1
            E set 12
            C set 12
            E sub set
            C sub set 5 7

            """)
    }

    func testSubscriptOverridesAreCheckedAsSwiftcChecksThem() {
        XCTAssertEqual(diagnosticLines("""
        class A {
            subscript(i: Int) -> Int {
                get { i }
                set { }
            }
        }
        class B: A {
            override subscript(i: Int) -> Int { i * 2 }
        }
        class C: A {
            subscript(i: Int) -> Int {
                get { i }
                set { }
            }
        }
        class D: A {
            override subscript(s: String) -> Int { 0 }
        }
        """), [
            "8:14: cannot override mutable property with read-only property 'subscript'",
            "11:5: overriding declaration requires an 'override' keyword",
            "17:14: subscript does not override any subscript from its superclass",
        ])
    }

    func testFinalSettablePropertiesCannotBeOverridden() {
        XCTAssertEqual(diagnosticLines("""
        class A {
            final var w: Int {
                get { 1 }
                set { }
            }
        }
        class B: A {
            override var w: Int {
                get { 2 }
                set { }
            }
        }
        """), ["8:18: property overrides a 'final' property"])
    }

    func testMaxAndMinInsideExtensionsOfIntAndArrayAreRefused() {
        XCTAssertEqual(diagnosticLines("""
        extension Int {
            func atLeastTen() -> Int { max(self, 10) }
            var smallest: Int { min(1, self) }
            func clamped() -> Int { Swift.max(0, Swift.min(10, self)) }
        }
        extension Array where Element == Int {
            func atLeast() -> Int { max(count, 10) }
        }
        extension Int {
            static func make() -> Int { 7 }
            static var seven: Int { 7 }
        }
        """), [
            "2:32: cannot call value of non-function type 'Int'",
            "3:25: cannot call value of non-function type 'Int'",
            "7:29: use of 'max' refers to instance method rather than global function 'max' in module 'Swift'",
            // Static members of built-in extensions are refused (`Int.make()` would not find them).
            "10:17: static methods in an extension of 'Int' is not supported in nbrun cells",
            "11:16: static properties in an extension of 'Int' is not supported in nbrun cells",
        ])
    }

    func testOnlyPropertyWrapperTypesAreAttributes() {
        XCTAssertEqual(diagnosticLines("""
        struct NotAWrapper { var wrappedValue: Int }
        @propertyWrapper struct Wrapper { var wrappedValue: Int }
        struct S {
            @NotAWrapper var x: Int = 1
            @Wrapper var w: Int = 1
        }
        func f() {
            @NotAWrapper var y: Int = 2
            print(y)
        }
        @NotAWrapper var z = 1
        @Wrapper var t = 1
        """), [
            "4:5: struct 'NotAWrapper' cannot be used as an attribute",
            "8:5: struct 'NotAWrapper' cannot be used as an attribute",
            "11:1: struct 'NotAWrapper' cannot be used as an attribute",
            "12:1: property wrappers are not yet supported in top-level code",
        ])
    }

    func testIntegerLiteralsTooLargeForTheirTypeAreReported() {
        XCTAssertEqual(diagnosticLines("""
        let a = 18446744073709551615
        let b: Int64 = 9223372036854775808
        let c: UInt8 = 0xFFFF_FFFF_FFFF_FFFF
        let d: UInt64 = 18_446_744_073_709_551_616
        let e: UInt64 = 18_446_744_073_709_551_615
        let f: Double = 100_000_000_000_000_000_000_000
        """), [
            "1:9: integer literal '18446744073709551615' overflows when stored into 'Int'",
            "2:16: integer literal '9223372036854775808' overflows when stored into 'Int64'",
            "3:16: integer literal '18446744073709551615' overflows when stored into 'UInt8'",
            "4:17: integer literal '18446744073709551616' overflows when stored into 'UInt64'",
        ])
    }
}
