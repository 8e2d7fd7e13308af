import CellLanguage
import Foundation
import XCTest

/// Coarse speed checks that hold even in debug builds on a loaded machine (release numbers are in the report of
/// the language work: about 5-8 ns per iteration of the integer loop and about 0.1 s for fib(30)).
final class PerformanceTests: XCTestCase {
    private func time(_ code: String) -> (seconds: Double, output: String) {
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [])
        let start = Date()
        let result = interpreter.run(compiled)
        XCTAssertEqual(result.diagnostics, [])
        return (Date().timeIntervalSince(start), result.text)
    }

    func testIntegerLoopRunsUnboxed() {
        let (seconds, output) = time("var s = 0\nfor i in 0..<1_000_000 { s &+= i % 7 }\nprint(s)")
        XCTAssertEqual(output, "2999997\n")
        XCTAssertLessThan(seconds, 5, "1M iterations took \(seconds) s")
    }

    func testRecursiveCallsAreCheap() {
        let (seconds, output) = time("func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nprint(fib(22))")
        XCTAssertEqual(output, "17711\n")
        XCTAssertLessThan(seconds, 5, "fib(22) took \(seconds) s")
    }

    func testArrayUpdatesDoNotCopy() {
        // 200 000 in-place element updates of a 100 000-element array: quadratic copying would take minutes.
        let (seconds, output) = time("""
        var xs = [Double](repeating: 0, count: 100_000)
        for r in 0..<2 { for i in 0..<xs.count { xs[i] += Double(i * r) } }
        var text = ""
        for _ in 0..<10_000 { text += "x" }
        print(xs[99_999], text.count)
        """)
        XCTAssertEqual(output, "99999.0 10000\n")
        XCTAssertLessThan(seconds, 10, "array updates took \(seconds) s")
    }
}
