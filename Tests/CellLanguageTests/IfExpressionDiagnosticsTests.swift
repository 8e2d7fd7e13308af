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
