@testable import CellLanguage
import XCTest

/// `some Collection` results (and `some P` of a protocol with associated types), whose type is the body's: the
/// checker reports a body that gives none, or one that does not conform (`TypeChecker+OpaqueUnderlyingTypes`), as
/// swiftc does; the generator no longer checks them. And subscripts read on protocol-typed values, which run the
/// value's own subscript (`TypeChecker+ExistentialSubscripts`, `Compiler.requirementSubscriptRead`).
final class OpaqueResultDiagnosticsTests: XCTestCase {
    func testBodiesWithoutAConformingUnderlyingTypeAreReportedAsSwiftcReportsThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`; in the order of their positions, as nbrun lists them:
        // swiftc lists 6:30 before 6:6). No `return` at all, at the function's name; a value
        // of type `()`; each `return` whose value does not conform, the function named as swiftc names it (`h4` when
        // no parameter is labelled); a body that only traps (`Never`); a generic body, against its type parameter.
        assertCheckerReports("""
        func h1() -> some Collection {
            let x = 3
            print(x)
        }
        func h2() -> some Collection { print(1) }
        func h3() -> some Sequence { return }
        func h4(_ x: Int) -> some Collection { x }
        func h5(a x: Int) -> some Collection {
            if x > 0 { return x }
            return 0
        }
        func h6() -> some Collection { fatalError() }
        func k<T>(_ x: T) -> some Collection { x }
        func m<T>(_ x: T, y: Int) -> some Collection {
            print(x)
            print(y)
        }
        protocol Box { associatedtype Item }
        func b1() -> some Box { return 1 }
        func b2() -> some Box { }
        """, [
            "1:6: function declares an opaque return type, but has no return statements in its body from which to infer an underlying type",
            "5:32: type '()' cannot conform to 'Collection'",
            "6:6: function declares an opaque return type, but has no return statements in its body from which to infer an underlying type",
            "6:30: non-void function should return a value",
            "7:40: return type of global function 'h4' requires that 'Int' conform to 'Collection'",
            "9:23: return type of global function 'h5(a:)' requires that 'Int' conform to 'Collection'",
            "10:12: return type of global function 'h5(a:)' requires that 'Int' conform to 'Collection'",
            "12:32: return type of global function 'h6()' requires that 'Never' conform to 'Collection'",
            "13:40: return type of global function 'k' requires that 'T' conform to 'Collection'",
            "14:6: function declares an opaque return type, but has no return statements in its body from which to infer an underlying type",
            "19:32: return type of global function 'b1()' requires that 'Int' conform to 'Box'",
            "20:6: function declares an opaque return type, but has no return statements in its body from which to infer an underlying type",
        ])
    }

    func testAGenericFunctionsResultIsReportedOnceAgainstItsTypeParameter() {
        // Expected line: swiftc 6.3.1. The call's specialization (`Int`) reports nothing more.
        assertCheckerReports("""
        func k<T>(_ x: T, y: Int) -> some Collection { x }
        print(k(1, y: 2).count)
        """, ["1:48: return type of global function 'k(_:y:)' requires that 'T' conform to 'Collection'"])
    }

    func testReturnsThatDoNotConformToAnOpaqueResultsProtocolAreReportedAsSwiftcReportsThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). `some Shape` of a protocol without associated types:
        // a value that does not conform is the function's requirement (no conversion to the opaque type, no mismatch
        // with the other returns), named as a global function, an instance method or a static method.
        assertCheckerReports("""
        protocol Shape { func area() -> Double }
        struct Sq: Shape { func area() -> Double { 1 } }
        func h() -> some Shape { 5 }
        func g(_ b: Bool) -> some Shape {
            if b { return Sq() }
            return "s"
        }
        func f() -> some Shape { print(1) }
        func e() -> some Shape { return "x" }
        struct T {
            func m() -> some Shape { 1 }
            static func s(k: Int) -> some Shape { Sq() }
            static func t(k: Int) -> some Shape { 2.5 }
        }
        """, [
            "3:26: return type of global function 'h()' requires that 'Int' conform to 'Shape'",
            "6:12: return type of global function 'g' requires that 'String' conform to 'Shape'",
            "8:26: type '()' cannot conform to 'Shape'",
            "9:33: return type of global function 'e()' requires that 'String' conform to 'Shape'",
            "11:30: return type of instance method 'm()' requires that 'Int' conform to 'Shape'",
            "13:43: return type of static method 't(k:)' requires that 'Double' conform to 'Shape'",
        ])
    }

    func testMembersWhoseResultHasTheBodysTypeAreRefusedBeforeGeneration() {
        // nbrun's refusal, as for a variable's `some Collection` (swiftc accepts these; only a function's result has
        // its body's type in nbrun): they were internal errors.
        XCTAssertEqual(diagnosticLines("""
        struct S {
            func f() -> some Collection { [1, 2] }
            var items: some Collection { [1, 2] }
        }
        """), [
            "2:17: 'some Collection' is not supported in nbrun cells",
            "3:16: 'some Collection' is not supported in nbrun cells",
        ])
    }

    func testSubscriptsOfProtocolTypedValuesRunTheValuesOwnSubscript() {
        // Output: swiftc 6.3.1's run of the same program.
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: """
        protocol Grid { subscript(i: Int) -> Int { get } }
        protocol Table: Grid { subscript(row: Int, column: Int) -> String { get } }
        struct Doubler: Table {
            subscript(i: Int) -> Int { i * 2 }
            subscript(row: Int, column: Int) -> String { "\\(row),\\(column)" }
        }
        final class Squares: Grid {
            subscript(i: Int) -> Int { i * i }
        }
        let grids: [Grid] = [Doubler(), Squares()]
        for grid in grids { print(grid[3]) }
        let table: Table = Doubler()
        print(table[4], table[1, 2])
        func total(_ g: Grid) -> Int { g[1] + g[2] }
        print(total(Squares()))
        """, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.map(diagnosticLine), [])
        XCTAssertEqual(interpreter.run(compiled).text, "6\n9\n8 1,2\n5\n")
    }

    func testSubscriptArgumentMistakesOnProtocolTypedValuesAreTheCheckers() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        protocol P { subscript(i: Int) -> Int { get } }
        struct S: P { subscript(i: Int) -> Int { i * 2 } }
        let p: P = S()
        print(p["s"])
        print(p[x: 3])
        print(p[1, 2])
        print(p[])
        """, [
            "4:9: cannot convert value of type 'String' to expected argument type 'Int'",
            "5:8: extraneous argument label 'x:' in subscript",
            "6:12: extra argument in subscript",
            "7:9: missing argument for parameter #1 in subscript",
        ])
    }
}
