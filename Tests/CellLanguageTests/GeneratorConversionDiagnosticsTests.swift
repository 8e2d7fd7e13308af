import XCTest
@testable import CellLanguage

/// Values that do not convert where only the generator's conversion (`Compiler.coerce`, deleted in session 27: the
/// generator only converts, issue 12) reported them: the checker's mistakes now. Expected lines: swiftc 6.3.1
/// (`swiftc -swift-version 5 -typecheck`).
final class GeneratorConversionDiagnosticsTests: XCTestCase {
    func testValuesThatDoNotConvertAreTheCheckersMistakes() {
        XCTAssertEqual(diagnosticLines("""
        let o: Int? = nil
        let z = o ?? "q"
        let a: [Double] = Array(repeating: "s", count: 3)
        let b = [Int](repeating: "s", count: 2)
        func contains<T: Equatable>(_ a: T, _ b: [T], from start: Int = 0) -> Bool { b[start...].contains(a) }
        print(contains(1, [1, 2], from: "s"))
        let n = 7
        let k: Int = switch n {
        case ..<"s": -1
        default: 1
        }
        for (name, count) in [("a", 1), ("b", "c"), ("d", 2)] { print(name, count) }
        """), [
            "2:11: binary operator '??' cannot be applied to operands of type 'Int?' and 'String'",
            "3:36: cannot convert value of type 'String' to expected argument type 'Double'",
            "4:26: cannot convert value of type 'String' to expected argument type 'Int'",
            "6:33: cannot convert value of type 'String' to expected argument type 'Int'",
            "9:9: cannot convert value of type 'String' to expected argument type 'Int'",
            "12:39: cannot convert value of type 'String' to expected element type 'Int'",
        ])
    }

    /// `+=` through an optional chain to a String appends a String or a Substring only.
    func testAChainedAppendOfAnotherTypeIsTheCheckersMistake() {
        XCTAssertEqual(diagnosticLines("""
        class R { var name = "a" }
        class P { var r: R? = R() }
        let p = P()
        p.r?.name += 2
        p.r?.name += "b"
        p.r?.name += "xy".dropFirst()
        """), [
            "4:14: cannot convert value of type 'Int' to expected argument type 'String'",
        ])
    }

    /// The same forms with values that convert stay accepted.
    func testValuesThatConvertStayAccepted() {
        XCTAssertEqual(diagnosticLines("""
        class A {}
        class B: A {}
        let o: A? = nil
        let z = o ?? B()
        let a: [Double] = Array(repeating: 1, count: 3)
        let b = [A](repeating: B(), count: 2)
        func contains<T: Equatable>(_ a: T, _ b: [T], from start: Int = 0) -> Bool { b[start...].contains(a) }
        print(contains(1, [1, 2], from: 1), z is B, a, b.count)
        let n = 7
        let k: Int = switch n {
        case ..<0: -1
        default: 1
        }
        let d = 2.5
        switch d { case ..<1: print("low"); default: print(k) }
        for (name, count) in [("a", 1), ("b", 2)] { print(name, count) }
        """), [])
    }
}
