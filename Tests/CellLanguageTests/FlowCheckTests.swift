import CellLanguage
import XCTest

/// The flow checks of `Checks/` (exclusive access, `guard` bodies that fall through, definite initialization): they
/// run over the lowered AST before and apart from the generator, which no longer detects these mistakes.
final class FlowCheckTests: XCTestCase {
    /// Independent exclusivity and flow mistakes in one cell: each comes out once, with swiftc's message at swiftc's
    /// position (swiftc 6's errors for this program), all reported by the flow checks, none by the generator.
    func testIndependentFlowMistakesAreEachReportedOnceByTheChecks() {
        let program = """
        struct P {
            var a = 0, b = 0
            mutating func share(with other: inout P) { a += other.a }
        }
        func f(_ x: inout Int, _ y: inout Int) { x += y }
        func g(_ p: inout P, _ x: inout Int) {}
        func work(_ n: Int) -> Int {
            var q = 3
            f(&q, &q)
            var p = P()
            g(&p, &p.a)
            p.share(with: &p)
            var xs = [3, 1, 2]
            xs.sort { a, b in xs.isEmpty || a < b }
            guard n > 0 else { print("no") }
            var r = P()
            f(&r.a, &r.a)
            f(&r.a, &r.b)
            return q
        }
        """
        let swiftc = [
            "9:7: overlapping accesses to 'q', but modification requires exclusive access; consider copying to a local variable",
            "9:11: inout arguments are not allowed to alias each other",
            "11:7: overlapping accesses to 'p', but modification requires exclusive access; consider copying to a local variable",
            "12:5: overlapping accesses to 'p', but modification requires exclusive access; consider copying to a local variable",
            "12:19: inout arguments are not allowed to alias each other",
            "14:5: overlapping accesses to 'xs', but modification requires exclusive access; consider copying to a local variable",
            "15:36: 'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope",
            "17:7: overlapping accesses to 'r.a', but modification requires exclusive access; consider copying to a local variable",
        ]
        assertReportedByTheChecks(program, swiftc)
    }

    /// Missing returns of global, generic and local functions and of closures, each reported once by the flow checks
    /// at the closing brace, naming the declared or inferred result as swiftc does (swiftc 6's errors for this program).
    func testMissingReturnsAreReportedByTheChecks() {
        let program = """
        func a(_ n: Int) -> Int {
            if n > 0 { return 1 }
        }
        func b<T>(_ x: T) -> T {
            print(1)
            print(2)
        }
        func c() -> [String] {
            func d() -> Int? {
                print(2)
                print(3)
            }
            let e = { (k: Int) -> Double in
                print(k)
                print(k)
            }
            let h: (Int) -> String = { k in
                print(k)
                if k > 1 { return "" }
            }
            let xs = [1].map { k -> Int in
                print(k)
                if k > 1 { return 1 }
            }
            _ = (d, e, h, xs)
            return []
        }
        """
        let swiftc = [
            "3:1: missing return in global function expected to return 'Int'",
            "7:1: missing return in global function expected to return 'T'",
            "12:5: missing return in local function expected to return 'Int?'",
            "16:5: missing return in closure expected to return 'Double'",
            "20:5: missing return in closure expected to return 'String'",
            "24:5: missing return in closure expected to return 'Int'",
        ]
        assertReportedByTheChecks(program, swiftc)
    }
}
