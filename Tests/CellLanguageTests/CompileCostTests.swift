import CellLanguage
import Diagnostics
import XCTest

/// Compiling costs time linear in the size of the cell, and counts against the cell's time limit.
final class CompileCostTests: XCTestCase {
    func testLongMethodChainsCompileAndRun() {
        // Each link asks for its base's type: before types were remembered per node this doubled with every link
        // (22 links took 10 s), so 200 links would never finish.
        let chain = "xs" + String(repeating: ".reversed()", count: 200)
        let result = Interpreter().execute(CellSource(code: "let xs = [1, 2, 3]\nprint(Array(\(chain)))", firstLine: 1))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, "[1, 2, 3]\n")
        let maps = "[0]" + String(repeating: ".map { $0 + 1 }", count: 60)
        XCTAssertEqual(Interpreter().execute(CellSource(code: "print(\(maps))", firstLine: 1)).text, "[60]\n")
    }

    func testACellThatCompilesPastItsTimeLimitIsReportedAndDoesNotRun() {
        let code = "//| label: slow\n// a comment\n  print(\"ran\")\n" + (0..<400).map { "let v\($0) = \($0) + 1" }.joined(separator: "\n")
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 7, columnOffset: 2), timeoutSeconds: 1e-9)
        XCTAssertEqual(compiled.diagnostics.map(\.message),
                       ["compiling this cell took longer than its time limit (1e-09 s); split it or simplify its expressions"])
        XCTAssertEqual(compiled.diagnostics.first?.location, SourceLocation(line: 9, column: 5), "at the first statement, not a comment")
        XCTAssertEqual(interpreter.run(compiled).text, "")
        // The same cell with its usual limit compiles and runs.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "ran\n")
    }
}
