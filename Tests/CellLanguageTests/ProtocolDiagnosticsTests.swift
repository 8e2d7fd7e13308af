import CellLanguage
import Diagnostics
import XCTest

/// Protocols, extensions and generics: the mistakes swiftc reports, at swiftc's positions, and the forms nbrun
/// refuses at theirs.
final class ProtocolDiagnosticsTests: XCTestCase {
    private func describe(_ code: String) -> [String] { diagnosticLines(code) }

    func testAMissingRequirementIsReportedAtTheConformingType() {
        XCTAssertEqual(describe("""
        protocol Shape {
            var name: String { get }
            func area() -> Double
        }
        struct Square: Shape {
            var name: String
        }
        class Circle: Shape {
            var name = "c"
            func area() -> Int { 1 }
        }
        struct Point {}
        extension Point: Shape {}
        """), [
            "5:8: type 'Square' does not conform to protocol 'Shape'",
            "8:7: type 'Circle' does not conform to protocol 'Shape'",
            "13:1: type 'Point' does not conform to protocol 'Shape'",
        ])
    }

    func testASettableRequirementNeedsAVariable() {
        XCTAssertEqual(describe("""
        protocol Named { var name: String { get set } }
        struct Fixed: Named { let name: String }
        """), ["2:8: type 'Fixed' does not conform to protocol 'Named'"])
    }

    func testExtensionsCannotAddStoredProperties() {
        XCTAssertEqual(describe("""
        struct Point { var x = 0 }
        extension Point { var y = 0 }
        """), ["2:23: extensions must not contain stored properties"])
    }

    func testAGenericBodyIsCheckedForEveryType() {
        XCTAssertEqual(describe("""
        func same<T>(_ a: T, _ b: T) -> Bool {
            return a == b
        }
        """), ["2:14: binary operator '==' cannot be applied to two 'T' operands"])
    }

    func testAConstraintIsCheckedAtTheCall() {
        XCTAssertEqual(describe("""
        protocol Shape { func area() -> Double }
        func total<T: Shape>(_ items: [T]) -> Double { items.reduce(0) { $0 + $1.area() } }
        print(total([1, 2]))
        """).first, "3:7: global function 'total' requires that 'Int' conform to 'Shape'")
    }

    func testAGenericTypeIsCheckedOnceAndNeedsItsTypeArguments() {
        XCTAssertEqual(describe("""
        struct Bad<T> {
            var x: T
            func same(_ y: T) -> Bool { x == y }
        }
        struct Box<T: Equatable> { var v: T }
        let b = Box<[Int]>(v: [1])
        let c = Box(v: nil)
        let d = Boks<Int>.make()
        """), [
            "3:35: binary operator '==' cannot be applied to two 'T' operands",
            "7:9: 'a generic type without type arguments' is not supported in nbrun cells",
            "8:9: cannot find 'Boks<Int>' in scope",
        ])
    }

    func testUnsupportedFormsAreRefusedAtTheirPosition() {
        XCTAssertEqual(describe("""
        protocol Container {
            associatedtype Item = Int
        }
        extension Array<Int> {
            func second() -> Element { self[1] }
        }
        """), [
            "2:25: 'a default associated type' is not supported in nbrun cells",
            "4:11: 'generic extension' is not supported in nbrun cells",
        ])
    }

    /// A value of a protocol type is an existential, which swiftc's messages spell `any Shape` (`(any Shape)?` for its
    /// optional), the same in every position of a message (swiftc 6's errors for this program).
    func testExistentialTypesAreSpelledAnyInMessages() {
        let program = """
        protocol Shape { func area() -> Double }
        struct Tri: Shape { func area() -> Double { 1 } }
        func work() {
            let shapes: [Shape] = [Tri()]
            let x: Int = shapes[0]
            let y = shapes[0].foo
            let w: Shape? = nil
            let v: Int = w
            let t: Tri = shapes[0]
        }
        """
        XCTAssertEqual(diagnosticLines(program), [
            "5:24: cannot convert value of type 'any Shape' to specified type 'Int'",
            "6:23: value of type 'any Shape' has no member 'foo'",
            "8:18: cannot convert value of type '(any Shape)?' to specified type 'Int'",
            "9:24: cannot convert value of type 'any Shape' to specified type 'Tri'",
        ])
    }

    func testATypeNestedInAnotherIsFoundInsideItOnly() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`).
        XCTAssertEqual(describe("""
        struct Outer { protocol P {}; struct Inner {} }
        struct S: P {}
        struct R: Inner {}
        """), [
            "2:11: cannot find type 'P' in scope",
            "3:11: cannot find type 'Inner' in scope",
        ])
        // Inside an extension of `Outer`, `P` is `Outer.P` (swiftc 6.3.1 prints `["T", "U"]`).
        let result = Interpreter().execute(CellSource(code: """
        enum Outer {
            protocol P { func f() -> String }
        }
        extension Outer {
            struct T: P { func f() -> String { "T" } }
        }
        struct U: Outer.P { func f() -> String { "U" } }
        let values: [Outer.P] = [Outer.T(), U()]
        print(values.map { $0.f() })
        """, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "[\"T\", \"U\"]\n")
    }
}
