import CellLanguage
import XCTest

/// Large workloads give exact results (speed itself is measured by `bench/run.sh lang`, not by tests).
final class LargeWorkloadTests: XCTestCase {
    private func output(of code: String) -> String {
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [])
        let result = interpreter.run(compiled)
        XCTAssertEqual(result.diagnostics, [])
        return result.text
    }

    func testMillionIterationIntegerLoop() {
        XCTAssertEqual(output(of: "var s = 0\nfor i in 0..<1_000_000 { s &+= i % 7 }\nprint(s)"), "2999997\n")
    }

    func testRecursion() {
        XCTAssertEqual(output(of: "func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nprint(fib(22))"),
                       "17711\n")
    }

    func testInPlaceArrayAndStringUpdates() {
        XCTAssertEqual(output(of: """
        var xs = [Double](repeating: 0, count: 100_000)
        for r in 0..<2 { for i in 0..<xs.count { xs[i] += Double(i * r) } }
        var text = ""
        for _ in 0..<10_000 { text += "x" }
        print(xs[99_999], text.count)
        """), "99999.0 10000\n")
    }
}
