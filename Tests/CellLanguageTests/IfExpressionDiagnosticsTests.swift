import XCTest
@testable import CellLanguage

/// `if` expressions without a contextual type, whose literal branches swiftc types alone
/// (`TypeChecker.literalBranchMismatch`); with a context they convert as `? :` does.
final class IfExpressionDiagnosticsTests: XCTestCase {
    func testLiteralBranchesOfDifferentTypesAreRefusedWithoutAContext() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`), at the first branch's value.
        assertCheckerReports("""
        let c = Bool.random()
        let x = if c { 1.5 } else { 2 }
        let y = if c { "a" } else if !c { 1 } else { "b" }
        let z: Double = if c { 1.5 } else { 2 }
        print(x, y, z)
        """, [
            "2:16: branches have mismatching types 'Double' and 'Int'",
            "3:16: branches have mismatching types 'String' and 'Int'",
        ])
    }

    func testLiteralBranchesOfOneTypeOrWithAContextRun() {
        // Output: swiftc 6.3.1's program.
        let code = """
        let c = true
        let a = if c { 1 } else { 2 }
        let b = if !c { -1.5 } else if c { 2.0 } else { 3e2 }
        let s = if c { "x" } else { "y" }
        let t: Any = if c { 1 } else { "s" }
        var d = 0.0
        d = if c { 1 } else { 2.5 }
        print(a, b, s, t, d)
        """
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "1 2.0 x 1 1.0\n")
    }

    func testBranchesOfAnyValueAreTypedAloneWithoutAContext() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`), at the first branch's value (its
        // member name or operator for a member, a call on a member or a binary operation).
        assertCheckerReports("""
        let c = Bool.random()
        let x = 2.5, n = 3, s = "s"
        struct P {}; enum E { case a }
        let y1 = if c { x } else { 2 }
        let y2 = if c { 2 } else { x }
        let y3 = if c { n + 1 } else { s }
        let y4 = if c { s.uppercased() } else { n }
        let y5 = if c { E.a } else { P() }
        let y6 = if c { "x" } else { Character("y") }
        let z1 = switch c { case true: x; case false: 2 }
        let z2 = switch n { case 1: 2; case 2: x; default: 3 }
        let z3 = switch c { case true: "a"; case false: n + 1 }
        """, [
            "4:17: branches have mismatching types 'Double' and 'Int'",
            "5:17: branches have mismatching types 'Int' and 'Double'",
            "6:19: branches have mismatching types 'Int' and 'String'",
            "7:19: branches have mismatching types 'String' and 'Int'",
            "8:19: branches have mismatching types 'E' and 'P'",
            "9:17: branches have mismatching types 'String' and 'Character'",
            "10:32: branches have mismatching types 'Double' and 'Int'",
            "11:29: branches have mismatching types 'Int' and 'Double'",
            "12:32: branches have mismatching types 'String' and 'Int'",
        ])
    }

    func testBranchesThatJoinOrHaveAContextRun() {
        // Output: swiftc 6.3.1's program.
        let code = """
        class A { var name: String { "A" } }
        class B: A { override var name: String { "B" } }
        class C: A { override var name: String { "C" } }
        let c = true
        let x = 2.5, n = 3
        let o: Int? = nil
        let a = if c { B() } else { C() }
        let b = if c { n } else { o }
        let d: Double = if c { x } else { 2 }
        let f = switch c { case true: n; case false: n + 1 }
        print(a.name, b ?? 0, d, f)
        """
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "B 3 2.5 3\n")
    }

    func testAClosureCalledAtOnceTakesTheContextsType() {
        // Output: swiftc 6.3.1's program (a `switch` expression is a closure called at once in nbrun).
        let code = """
        let c = true
        let x = 2.5
        let d: Double = { 1 }()
        let e: Double = switch c { case true: 1; default: x }
        let f: Double? = switch c { case true: 1; default: nil }
        let label: String = {
            let n = 3
            return "n = \\(n)"
        }()
        print(d, e, f as Any, label)
        """
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "1.0 1.0 Optional(1.0) n = 3\n")
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`).
        assertCheckerReports("""
        let c = true
        let d: Int = switch c { case true: 1; default: 2.5 }
        let e: String = { 1 }()
        """, [
            "2:48: cannot convert value of type 'Double' to specified type 'Int'",
            "3:19: cannot convert value of type 'Int' to closure result type 'String'",
        ])
    }

    func testAnIfExpressionWithoutAFinalElseIsSwiftcsMistakeAtItsFirstIf() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`), at the chain's first `if` (was nbrun's
        // refusal 'if expression without else', at the last `if`).
        XCTAssertEqual(diagnosticLines("""
        let c = true, d = false
        let y = if c { 1 }
        let z = if c { 1 } else if d { 2 }
        print(y, z)
        """), [
            "2:9: 'if' must have an unconditional 'else' to be used as expression",
            "3:9: 'if' must have an unconditional 'else' to be used as expression",
        ])
    }
}
