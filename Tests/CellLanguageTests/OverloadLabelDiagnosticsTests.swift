import XCTest
@testable import CellLanguage

/// Calls none of whose overloads takes the labels, where one overload's parameter count admits the arguments
/// (`ArgumentMatch.admittingOverload`): swiftc names that overload's label mistake (native overloads alike:
/// `NativePositionTests`).
final class OverloadLabelDiagnosticsTests: XCTestCase {
    func testTheOneOverloadAdmittingTheArgumentsIsMislabelled() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`), at the parenthesis.
        assertCheckerReports("""
        struct T {
            func g(a: Int, b: Int = 0) {}
            func g(c: Int, d: Int, e: Int) {}
            func s(axis: Int, keepDims: Bool = false) {}
            func s() {}
            func k(a: Int = 0) {}
            func k(b: Int, c: Int) {}
        }
        let t = T()
        t.g(x: 1, y: 2)
        t.g(x: 1)
        t.s(axs: 0)
        t.s(axis: 0, keepDim: true)
        t.k(x: 1)
        func h(x: Int, y: Int = 0) {}
        func h(x: Int, z: Int, w: Int) {}
        h(a: 1, b: 2)
        """, [
            "10:4: incorrect argument labels in call (have 'x:y:', expected 'a:b:')",
            "11:4: incorrect argument label in call (have 'x:', expected 'a:')",
            "12:4: incorrect argument label in call (have 'axs:', expected 'axis:')",
            "13:4: incorrect argument label in call (have 'axis:keepDim:', expected 'axis:keepDims:')",
            "14:4: incorrect argument label in call (have 'x:', expected 'a:')",
            "17:2: incorrect argument labels in call (have 'a:b:', expected 'x:y:')",
        ])
    }

    func testALabelLeftOutOrOfAnotherParameterNamesTheAdmittingOverload() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`).
        assertCheckerReports("""
        struct T {
            func s(axis: Int, keepDims: Bool = false) {}
            func s() {}
        }
        let t = T()
        t.s(0)
        t.s(axis: 0, false)
        t.s(keepDims: true)
        """, [
            "6:5: missing argument label 'axis:' in call",
            "7:4: missing argument label 'keepDims:' in call",
            "8:5: missing argument for parameter 'axis' in call",
        ])
    }
}
