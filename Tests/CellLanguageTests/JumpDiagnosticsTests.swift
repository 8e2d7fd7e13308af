@testable import CellLanguage
import XCTest

/// The checker's diagnostics of `TypeChecker+JumpDiagnostics` and of case patterns' lengths: each mistake is reported by the type checker before
/// generation (the generator meets it as already reported), with swiftc's message at swiftc's position (swiftc 6's
/// errors for these programs).
final class JumpDiagnosticsTests: XCTestCase {
    func testTheCheckerReportsStrayJumpsAndEmptyCases() {
        let program = """
        func work(_ n: Int) -> Int {
            if n > 0 { continue }
            if n > 1 { break } else { break }
            break
            for i in 0..<n {
                switch i {
                case 0: continue
                case 1:
                default: break
                }
                if i > 2 { continue outer }
            }
            inner: while n > 3 { break inner }
            defer { return }
            let f = { (x: Int) -> Int in
                for _ in 0..<x { defer { break } }
                return x
            }
            return f(n)
        }
        """
        assertCheckerReports(program, [
            "2:16: 'continue' is only allowed inside a loop",
            "3:16: unlabeled 'break' is only allowed inside a loop or switch, a labeled break is required to exit an if or do",
            "3:31: unlabeled 'break' is only allowed inside a loop or switch, a labeled break is required to exit an if or do",
            "4:5: 'break' is only allowed inside a loop, if, do, or switch",
            "8:9: 'case' label in a 'switch' must have at least one executable statement",
            "11:29: cannot find label 'outer' in scope",
            "14:13: 'return' cannot transfer control out of a defer statement",
            "16:34: 'break' cannot transfer control out of a defer statement",
        ])
    }

    /// A case pattern of several values for a case of one value (`TypeChecker.reportsCasePatternLength`).
    func testTheCheckerReportsTuplePatternsOfOneValueCases() {
        let program = """
        enum Shape { case circle(Int), square(Double), dot }
        func work(_ s: Shape) {
            switch s {
            case .circle(let a, let b): print(a, b)
            case .square(let x, _): print(x)
            case .dot: print(0)
            }
        }
        """
        assertCheckerReports(program, [
            "4:17: tuple pattern cannot match values of the non-tuple type 'Int'",
            "5:17: tuple pattern cannot match values of the non-tuple type 'Double'",
        ])
    }

    /// Jumps that an enclosing loop or switch takes are no mistakes, in loops at the top level, in methods and in
    /// closures, and a `continue` inside a switch inside a loop continues the loop.
    func testTheCheckerLeavesJumpsThatALoopTakes() {
        let program = """
        struct Counter {
            func count(_ xs: [Int]) -> Int {
                var total = 0
                rows: for x in xs {
                    switch x {
                    case 0: continue rows
                    case 1: break rows
                    default: total += x
                    }
                    repeat { break } while total < 0
                }
                return total
            }
        }
        outer: for i in 0..<3 {
            while true { if i == 1 { continue outer }; break }
            let f = { (n: Int) -> Int in
                for m in 0..<n where m > 1 { return m }
                return 0
            }
            print(f(i))
        }
        """
        let agreement = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement
        XCTAssertEqual(agreement.checked, 0)
        XCTAssertEqual(diagnosticLines(program), [])
    }
}
