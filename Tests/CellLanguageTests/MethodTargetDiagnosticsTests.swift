import XCTest

/// Assignments to methods (`TypeChecker.methodTargetMistake`), an internal error until session 31.
final class MethodTargetDiagnosticsTests: XCTestCase {
    func testAssigningToAMethodIsRefusedAtItsName() {
        // Expected lines: swiftc 6 (`swiftc -swift-version 5 -typecheck`). `=` names the method; a compound
        // assignment converts the method's value to the value's type; a `mutating` method cannot be a value.
        assertCheckerReports("""
        final class F { func xLimits(_ a: Double, _ b: Double) {}; func g() -> Int { 1 }; static func s() {} }
        let f = F()
        f.xLimits = 0...10
        f.g += 1
        f.xLimits -= 1.5
        F.s = {}
        var arr = [F()]
        arr[0].g = 3
        struct S { func m() {}; mutating func n() {} }
        var s = S()
        s.m = 3
        s.n = 3
        class B { func m() {} }
        class C: B {}
        C().m = 2
        """, [
            "3:3: cannot assign to value: 'xLimits' is a method",
            "4:3: cannot convert value of type '() -> Int' to expected argument type 'Int'",
            "5:3: cannot convert value of type '(Double, Double) -> ()' to expected argument type 'Double'",
            "6:3: cannot assign to value: 's' is a method",
            "8:8: cannot assign to value: 'g' is a method",
            "11:3: cannot assign to value: 'm' is a method",
            "12:3: cannot reference 'mutating' method as function value",
            "15:5: cannot assign to value: 'm' is a method",
        ])
    }
}
