import XCTest
@testable import CellLanguage

/// Declared subscripts given arguments none of them takes, and changes through a get-only subscript, decided by the
/// checker (`TypeChecker+SubscriptShapes`, `TypeChecker+ExistentialSubscripts`, `TypeChecker+GetOnlyDiagnostics`) as
/// swiftc decides them; they were internal errors (the generator could not build them).
final class SubscriptShapeDiagnosticsTests: XCTestCase {
    func testDeclaredSubscriptsGivenOtherArgumentsAreReportedAsSwiftcReportsThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): labels at the `[`, a missing argument at the `]`
        // (at the label of a later one), an extra one at its value, two or more extra ones at the `[`.
        assertCheckerReports("""
        struct S {
            subscript(i: Int) -> Int { i * 2 }
        }
        struct Cell {
            subscript(row r: Int, col c: Int) -> Int { r * c }
        }
        class C {
            subscript(i: Int) -> Int { i }
        }
        enum E {
            case a
            static subscript(i: Int) -> Int { i }
        }
        let s = S(), m = Cell(), c = C()
        print(s[x: 3])
        print(s[1, 2])
        print(s[])
        print(m[row: 1, 2])
        print(m[col: 1, row: 2])
        print(m[row: 1])
        print(m[1, 2])
        print(m[x: 1, y: 2])
        print(m[row: 1, col: 2, 3, 4])
        print(c[i: 1])
        print(E[x: 2])
        """, [
            "15:8: extraneous argument label 'x:' in subscript",
            "16:12: extra argument in subscript",
            "17:9: missing argument for parameter #1 in subscript",
            "18:8: missing argument label 'col:' in subscript",
            "19:17: argument 'row' must precede argument 'col'",
            "20:15: missing argument for parameter 'col' in subscript",
            "21:8: missing argument labels 'row:col:' in subscript",
            "22:8: incorrect argument labels in subscript (have 'x:y:', expected 'row:col:')",
            "23:8: extra arguments at positions #3, #4 in call",
            "24:8: extraneous argument label 'i:' in subscript",
            "25:8: extraneous argument label 'x:' in subscript",
        ])
    }

    func testALabelledGenericSubscriptGivenOtherArgumentsIsReportedAsSwiftcReportsIt() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        struct M {
            subscript<T>(i: Int, n n: T) -> String { "\\(i) \\(n)" }
        }
        print(M()[1, m: "s"])
        print(M()[1, "s"])
        print(M()[1])
        print(M()[1, n: "s", 3])
        """, [
            "4:10: incorrect argument label in subscript (have '_:m:', expected '_:n:')",
            "5:10: missing argument label 'n:' in subscript",
            "6:12: missing argument for parameter 'n' in subscript",
            "7:22: extra argument in subscript",
        ])
    }

    func testSubscriptPlacesGivenOtherArgumentsOrWithoutSetterAreReportedAsSwiftcReportsThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): a get-only subscript assigned at the `[`, changed by
        // a compound assignment at its operator, on a struct and on a protocol-typed value alike.
        assertCheckerReports("""
        struct Grid {
            var cells = [0, 0]
            subscript(i: Int) -> Int {
                get { cells[i] }
                set { cells[i] = newValue }
            }
        }
        struct Fixed { subscript(i: Int) -> Int { i } }
        var g = Grid()
        g[j: 0] = 1
        g[0, 1] = 2
        var f = Fixed()
        f[0] += 1
        protocol P { subscript(i: Int) -> Int { get } }
        struct A: P { subscript(i: Int) -> Int { i } }
        var p: any P = A()
        p[0] = 1
        p[0] += 1
        """, [
            "10:2: extraneous argument label 'j:' in subscript",
            "11:6: extra argument in subscript",
            "13:6: left side of mutating operator isn't mutable: subscript is get-only",
            "17:2: cannot assign through subscript: subscript is get-only",
            "18:6: left side of mutating operator isn't mutable: subscript is get-only",
        ])
    }

    func testCallsGivenTwoOrMoreExtraArgumentsListTheirPositions() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), at the opening parenthesis.
        assertCheckerReports("""
        func f(_ a: Int) -> Int { a }
        func g(a: Int, b: Int) -> Int { a }
        print(f(1, 2, 3))
        print(g(a: 1, b: 2, 3, 4))
        print(g(a: 1, b: 2, c: 3, d: 4))
        """, [
            "3:8: extra arguments at positions #2, #3 in call",
            "4:8: extra arguments at positions #3, #4 in call",
            "5:8: extra arguments at positions #3, #4 in call",
        ])
    }

    func testArgumentsGivenToWhatTakesNoneAreReportedAsSwiftcReportsThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): at the one argument's value, at the `(` or `[` for
        // several.
        assertCheckerReports("""
        func f() -> Int { 1 }
        print(f(1, 2))
        print(f(x: 1))
        struct S { subscript() -> Int { 1 }; func g() {} }
        print(S()[1])
        print(S()[1, 2])
        S().g(2)
        """, [
            "2:8: argument passed to call that takes no arguments",
            "3:12: argument passed to call that takes no arguments",
            "5:11: argument passed to subscript that takes no arguments",
            "6:10: argument passed to subscript that takes no arguments",
            "7:7: argument passed to call that takes no arguments",
        ])
    }

    func testAStaticGetOnlySubscriptAssignedAndANestedEnumsMissingCaseAreReportedAsSwiftcReportsThem() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        struct S { static subscript(i: Int) -> Int { i } }
        S[1] = 2
        S[1] += 2
        struct Outer { enum Kind { case a, b } }
        let k: Outer.Kind = .c
        """, [
            "2:2: cannot assign through subscript: subscript is get-only",
            "3:6: left side of mutating operator isn't mutable: subscript is get-only",
            "5:22: type 'Outer.Kind' has no member 'c'",
        ])
    }

    func testOverloadedSubscriptsWithAnExtraArgumentAndAnAssignmentThroughAGetOnlySubscriptAreSwiftcs() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). Two one-index subscripts meet the same extra
        // argument; `g[0][1] = 5` assigns through `g`'s get-only subscript (at the outer subscript).
        assertCheckerReports("""
        struct M {
            subscript(i: Int) -> Int { i }
            subscript(s: String) -> Int { 0 }
        }
        let m = M()
        let v = m[1, 2]
        struct G {
            var rows: [[Int]] = [[1, 2]]
            subscript(i: Int) -> [Int] { rows[i] }
        }
        var g = G()
        g[0][1] = 5
        """, [
            "6:14: extra argument in subscript",
            "12:5: cannot assign through subscript: subscript is get-only",
        ])
    }
}
