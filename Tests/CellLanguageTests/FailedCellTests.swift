import CellLanguage
import Diagnostics
import XCTest

/// A later cell never reads a global whose declaration did not complete (`FailedCells`): after a cell that does not
/// compile, each use of a name it declares is a compile error at the use; after a cell that stops at a run-time
/// error, a use of a global it had not declared yet stops the later cell at that use; the globals it declared before
/// the error keep their values.
final class FailedCellTests: XCTestCase {
    /// Compiles every cell, then runs the ones that compiled, in order (as the runner does with `--allow-errors`):
    /// each cell's output, or its errors as `line:column: message`. Each cell starts on the line after the last
    /// line of the one before, so positions are those of one file.
    private func run(_ cells: [String]) -> [String] {
        let interpreter = Interpreter()
        var line = 1
        var compiled: [CompiledCell] = []
        for code in cells {
            compiled.append(interpreter.compile(CellSource(code: code, firstLine: line)))
            line += code.split(separator: "\n", omittingEmptySubsequences: false).count
        }
        return compiled.map { cell in
            let execution = interpreter.run(cell)
            let errors = execution.diagnostics.filter { $0.severity == .error }.map { diagnostic in
                diagnostic.location.map { "\($0.line):\($0.column): " }.map { $0 + diagnostic.message } ?? diagnostic.message
            }
            return errors.isEmpty ? execution.text : execution.text + errors.joined(separator: "\n")
        }
    }

    func testANameFromACellThatDidNotCompileIsACompileErrorAtEveryUse() {
        let results = run([
            "var losses: [Double] = [1, 2]\nlet k = undefinedThing",
            "print(losses.count)",
            "losses.append(3)\nlet n = 1 + \"a\"",
            "print(k)",
        ])
        XCTAssertEqual(results[0], "2:9: cannot find 'undefinedThing' in scope")
        XCTAssertEqual(results[1], "3:7: 'losses' is not available: the cell that declares it (line 1) did not compile")
        // Reads and mutations alike; the later cell still compiles on and reports its own mistakes.
        XCTAssertEqual(results[2], """
            4:1: 'losses' is not available: the cell that declares it (line 1) did not compile
            5:11: binary operator '+' cannot be applied to operands of type 'Int' and 'String'
            """)
        XCTAssertEqual(results[3], "6:7: 'k' is not available: the cell that declares it (line 2) did not compile")
    }

    func testFunctionsAndTypesOfACellThatDidNotCompileAreUnavailableToo() {
        let results = run([
            "func total() -> Double { xs.reduce(0, +) }\nstruct Q { var y: Int }\nvar xs: [Double] = [1, 2]\nlet bad: Int = \"no\"",
            "print(total())",
            "let q: Q? = nil",
        ])
        XCTAssertEqual(results[1], "5:7: 'total' is not available: the cell that declares it (line 1) did not compile")
        XCTAssertEqual(results[2], "6:8: 'Q' is not available: the cell that declares it (line 2) did not compile")
    }

    func testMembersAnExtensionOfACellThatDidNotCompileAddsStopWhenCalled() {
        let results = run([
            "var factor = 2.0\nextension Int { var scaled: Double { Double(self) * factor } }\nlet k = nope",
            "print(\"start\")\nprint(3.scaled)",
        ])
        XCTAssertEqual(results[1], "start\n5:9: 'scaled' is not available: the cell that declares it (line 2) did not compile")
    }

    func testAFunctionThatUsesAGlobalWithoutValueStopsAtItsCall() {
        // Called through a value the facts cannot follow: the call stops, reported where `g` became that value.
        let results = run([
            "var calls: [() -> Int] = []",
            "func g() -> Int { after * 2 }\ncalls.append(g)\nlet boom = [1][3]\nvar after = 3",
            "print(\"start\")\nprint(calls[0]())",
        ])
        XCTAssertEqual(results[2], "start\n3:14: 'g' uses 'after', which is not available: the cell that declares it (line 5) stopped at an error on line 4 before it got a value")
    }

    func testAMemberThatUsesAGlobalWithoutValueStopsAtItsCall() {
        let results = run([
            "let boom = [1][3]\nvar f2 = 5\nextension Int { var scaled: Int { self * f2 } }",
            "print(\"start\")\nprint(3.scaled)",
        ])
        XCTAssertEqual(results[1], "start\n5:9: 'scaled' uses 'f2', which is not available: the cell that declares it (line 2) stopped at an error on line 1 before it got a value")
    }

    func testACellThatUsesAnUnavailableNameMakesItsOwnNamesUnavailable() {
        let results = run(["let a = nope", "let b = a + 1", "print(b)"])
        XCTAssertEqual(results[2], "3:7: 'b' is not available: the cell that declares it (line 2) did not compile")
    }

    func testALaterCellThatDeclaresTheNameAgainMakesItAvailable() {
        let results = run(["var losses = [1.0]\nlet k = nope", "var losses = [4.0, 5.0]\nprint(losses.count)", "print(losses)"])
        XCTAssertEqual(Array(results.dropFirst()), ["2\n", "[4.0, 5.0]\n"])
    }

    func testARunTimeErrorKeepsTheGlobalsDeclaredBeforeItAndNotTheOthers() {
        let results = run([
            "var kept = 7\nlet z: Int = [1][5]\nvar after = 3",
            "print(kept)",
            "print(\"start\")\nprint(z, after)",
            "after += 1",
            "var after = 10\nprint(after)",
        ])
        XCTAssertEqual(results[0], "2:17: Index out of range")
        XCTAssertEqual(results[1], "7\n")
        // Declared by the statement that failed: no value either. The later cell runs up to the statement that uses it.
        XCTAssertEqual(results[2], "start\n6:7: 'z' is not available: the cell that declares it (line 2) stopped at an error on line 2 before it got a value")
        XCTAssertEqual(results[3], "7:1: 'after' is not available: the cell that declares it (line 3) stopped at an error on line 2 before it got a value")
        XCTAssertEqual(results[4], "10\n")
    }

    func testAFunctionOrClosureThatUsesAGlobalWithoutValueStopsTheCellAtItsUse() {
        let results = run([
            "func g() -> Int { after * 2 }\nstruct P { var x: Int }\nlet boom = [1][3]\nvar after = 3",
            "print(P(x: 1).x)",
            "let twice = g()",
            "let h = { after + 1 }",
            "var after = 10\nprint(after, g())",
        ])
        // Functions and types are declarations: they stay usable after a run-time error.
        XCTAssertEqual(results[1], "1\n")
        XCTAssertEqual(results[2], "6:13: 'g' uses 'after', which is not available: the cell that declares it (line 4) stopped at an error on line 3 before it got a value")
        XCTAssertEqual(results[3], "7:11: 'after' is not available: the cell that declares it (line 4) stopped at an error on line 3 before it got a value")
        // `g` reads the global of the failed cell, not the one declared again.
        XCTAssertEqual(results[4], "9:14: 'g' uses 'after', which is not available: the cell that declares it (line 4) stopped at an error on line 3 before it got a value")
    }

    func testACellStoppedAtAUseKeepsWhatItsEarlierStatementsDeclared() {
        let results = run([
            "let boom = [1][3]\nvar after = 3",
            "var a = 1\nprint(after)\nvar b = 2",
            "print(a)",
            "print(b)",
        ])
        XCTAssertEqual(results[1], "4:7: 'after' is not available: the cell that declares it (line 2) stopped at an error on line 1 before it got a value")
        XCTAssertEqual(results[2], "1\n")
        XCTAssertEqual(results[3], "7:7: 'b' is not available: the cell that declares it (line 5) stopped at an error on line 4 before it got a value")
    }

    func testAUseInTheBodyOfAFunctionOfTheCellStopsItBeforeAnyStatement() {
        // `f` may run before the statement that uses `after` (here the first one calls it).
        let results = run(["let boom = [1][3]\nvar after = 3", "print(f())\nprint(after)\nfunc f() -> Int { after }"])
        XCTAssertEqual(results[1], "4:7: 'after' is not available: the cell that declares it (line 2) stopped at an error on line 1 before it got a value")
    }

    func testTuplesAndGuardLetAtTheTopLevel() {
        let results = run([
            "let (a, b) = (1, 2)\nguard let c = Int(\"4\") else { fatalError() }\nlet (d, e) = (3, [0][1])",
            "print(a, b, c)",
            "print(e)",
        ])
        XCTAssertEqual(results[1], "1 2 4\n")
        XCTAssertEqual(results[2], "5:7: 'e' is not available: the cell that declares it (line 3) stopped at an error on line 3 before it got a value")
    }

    func testACellThatRunsAgainAfterFailingGivesItsGlobalsTheirValues() {
        let interpreter = Interpreter()
        XCTAssertTrue(interpreter.execute(CellSource(code: "var n = 0", firstLine: 1)).succeeded)
        let declaring = interpreter.compile(CellSource(code: "let v = [5][n]", firstLine: 2))
        let reading = interpreter.compile(CellSource(code: "print(v)", firstLine: 3))
        XCTAssertTrue(interpreter.run(declaring).succeeded)
        XCTAssertEqual(interpreter.run(reading).text, "5\n")
        let failing = interpreter.compile(CellSource(code: "n = 4", firstLine: 4))
        XCTAssertTrue(interpreter.run(failing).succeeded)
        XCTAssertFalse(interpreter.run(declaring).succeeded)
        XCTAssertFalse(interpreter.run(reading).succeeded)
        XCTAssertTrue(interpreter.run(interpreter.compile(CellSource(code: "n = 0", firstLine: 5))).succeeded)
        XCTAssertTrue(interpreter.run(declaring).succeeded)
        XCTAssertEqual(interpreter.run(reading).text, "5\n")
    }
}
