@testable import CellLanguage
import XCTest

/// The type checker counts against the cell's compile deadline, like the generator (`CompileCostTests`).
final class TypeCheckDeadlineTests: XCTestCase {
    /// How many nodes the checker typed when `code` is compiled with a limit of `seconds`.
    private func checkedNodes(_ code: String, seconds: Double) -> (nodes: Int, messages: [String]) {
        let interpreter = Interpreter()
        var nodes = -1
        let compiled = interpreter.compileOnCurrentThread(CellSource(code: code, firstLine: 1), timeoutSeconds: seconds) { _ in
            nodes = interpreter.compiler.typeTable.checked?.count ?? 0
        }
        return (nodes, compiled.diagnostics.map(\.message))
    }

    func testTheCheckerStopsOnceTheCellsCompileTimeIsSpent() {
        let code = (0..<400).map { "let v\($0) = [\($0), 1].map { $0 * 2 }.count + \($0)" }.joined(separator: "\n")
        let unlimited = checkedNodes(code, seconds: 60)
        XCTAssertEqual(unlimited.messages, [])
        XCTAssertGreaterThan(unlimited.nodes, 3_000, "every statement is checked without a deadline")
        let limited = checkedNodes(code, seconds: 1e-9)
        XCTAssertEqual(limited.messages,
                       ["compiling this cell took longer than its time limit (1e-09 s); split it or simplify its expressions"])
        // The budget reads the clock every 256 expressions: the checker stops at the first reading, a few statements in.
        XCTAssertLessThan(limited.nodes, unlimited.nodes / 10, "the checker stops at the deadline instead of checking the whole cell")
    }
}
