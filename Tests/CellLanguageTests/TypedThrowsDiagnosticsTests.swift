import XCTest
@testable import CellLanguage

/// Typed throws (`throws(E)`, `do throws(E)`, `throws(Never)`), decided by the checker (`TypeChecker+TypedThrows`,
/// `TypeChecker+ThrowDiagnostics`) as swiftc decides them.
final class TypedThrowsDiagnosticsTests: XCTestCase {
    func testErrorsOfAnotherTypeInATypedBodyAreRefusedAtTheValueOrTheCall() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). A `throw` names the value's type at the value (a
        // member's name), a throwing call the callee's error type (`any Error` for `throws`) at the call; `try?` and
        // `try!` handle theirs.
        assertCheckerReports("""
        enum E: Error { case a, b(Int) }
        enum F: Error { case x }
        func g() throws {}
        func f() throws(F) {}
        func m1() throws(E) { throw F.x }
        func m2() throws(E) { throw 3 }
        func m3() throws(E) { try g() }
        func m4() throws(E) { try f() }
        func m9() throws(E) { try? g(); try! f(); throw .b(1) }
        func m10() throws(E) { do { try g() } catch { throw error } }
        """, [
            "5:31: thrown expression type 'F' cannot be converted to error type 'E'",
            "6:29: thrown expression type 'Int' cannot be converted to error type 'E'",
            "7:27: thrown expression type 'any Error' cannot be converted to error type 'E'",
            "8:27: thrown expression type 'F' cannot be converted to error type 'E'",
            "10:53: thrown expression type 'any Error' cannot be converted to error type 'E'",
        ])
    }

    func testADoThrowsBodyThrowsItsTypeAndItsCatchBindsIt() {
        // Expected lines: swiftc 6.3.1. The body's errors convert to `E`; the bare `catch`'s `error` is an `E`, so a
        // `switch` over it is checked for exhaustiveness against `E`'s cases.
        assertCheckerReports("""
        enum E: Error { case a, b(Int) }
        enum F: Error { case x }
        func g() throws {}
        do throws(E) { try g() } catch { print(error) }
        do throws(E) { throw F.x } catch { print(error) }
        do throws(E) { throw E.a } catch { switch error { case .a: print(1) } }
        do throws(E) { throw .b(2) } catch { switch error { case .a: print(1); case .b(let n): print(n) } }
        """, [
            "4:20: thrown expression type 'any Error' cannot be converted to error type 'E'",
            "5:24: thrown expression type 'F' cannot be converted to error type 'E'",
            "6:36: switch must be exhaustive",
        ])
    }

    func testNeverAndNonErrorThrownTypes() {
        // Expected lines: swiftc 6.3.1. `throws(Never)` lets no error out (at the `throw`, at the call); the type in
        // `throws(…)` must conform to `Error` (at the type); `throw .c` names a case `E` lacks.
        assertCheckerReports("""
        enum E: Error { case a, b(Int) }
        func g() throws {}
        func m5() throws(E) { throw .c }
        func m6() throws(Int) {}
        func m7() throws(Never) { throw E.a }
        func m8() throws(Never) { try g() }
        func m11() throws(Never) -> Int { 1 }
        let one = m11()
        """, [
            "3:30: type 'E' has no member 'c'",
            "4:18: thrown type 'Int' does not conform to the 'Error' protocol",
            "5:27: thrown expression type 'any Error' cannot be converted to error type 'Never'",
            "6:31: thrown expression type 'any Error' cannot be converted to error type 'Never'",
        ])
    }

    func testIfAndSwitchExpressionsWithAThrowingBranch() {
        // Expected lines: swiftc 6.3.1. In a function that does not throw, the branch's error converts to `Never`
        // (at the value); each branch is typed alone (a literal as its default type), so the values must have one
        // type (at the first), or the specified type (at the value).
        assertCheckerReports("""
        enum E: Error { case a }
        func f(_ c: Bool) -> Int {
            let x = switch c { case true: 1 default: throw E.a }
            return x
        }
        let s: String = switch 3 { case 1: "one" case 2: 2 default: throw E.a }
        let c = true
        let t = switch 3 { case 1: "one" case 2: 2 default: throw E.a }
        let u = if c { 1.5 } else if !c { 2 } else { throw E.a }
        """, [
            "3:54: thrown expression type 'E' cannot be converted to error type 'Never'",
            "6:50: cannot convert value of type 'Int' to specified type 'String'",
            "8:28: branches have mismatching types 'String' and 'Int'",
            "9:16: branches have mismatching types 'Double' and 'Int'",
        ])
    }

    func testADoThrowsNeedsACatch() {
        // Expected line: swiftc 6.3.1, at the `throws` clause.
        XCTAssertEqual(diagnosticLines("""
        enum E: Error { case a }
        do throws(E) { throw E.a }
        """), ["2:4: a 'do' statement with a 'throws' clause must have at least one 'catch'"])
    }
}

