import CellLanguage
import Diagnostics
import XCTest

/// Run-time errors stop the cell with a diagnostic at the failing expression; none of them crashes.
final class RuntimeErrorTests: XCTestCase {
    private func run(_ code: String, limits: ExecutionLimits = .init(), timeout: Double? = nil) -> CellExecution {
        Interpreter(limits: limits).execute(CellSource(code: code, firstLine: 10, columnOffset: 4), timeoutSeconds: timeout)
    }

    private func assertRuntimeError(_ code: String, _ message: String, line: Int, column: Int,
                                    output: String = "", file: StaticString = #filePath, lineNumber: UInt = #line) {
        let result = run(code)
        XCTAssertFalse(result.succeeded, file: file, line: lineNumber)
        XCTAssertEqual(result.diagnostics.map(\.message), [message], file: file, line: lineNumber)
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: line, column: column), file: file, line: lineNumber)
        XCTAssertEqual(result.text, output, "output before the error is kept", file: file, line: lineNumber)
    }

    func testIntegerOverflow() {
        assertRuntimeError("var big = Int.max\nprint(\"before\")\nlet x = big + 1", "arithmetic overflow in '+'",
                           line: 12, column: 4 + 13, output: "before\n")
        assertRuntimeError("let m = Int.min\nlet y = m * -1", "arithmetic overflow in '*'", line: 11, column: 4 + 11)
        assertRuntimeError("let m = Int.min\nlet y = -m", "arithmetic overflow in '-'", line: 11, column: 4 + 9)
    }

    func testFixedWidthIntegerTraps() {
        assertRuntimeError("var x = Int16.max\nprint(x)\nx += 1", "arithmetic overflow in '+'", line: 12, column: 4 + 3,
                           output: "32767\n")
        assertRuntimeError("let x = UInt8.min\nlet y = x - 1", "arithmetic overflow in '-'", line: 11, column: 4 + 11)
        assertRuntimeError("let x: Int8 = -128\nlet y = -x", "arithmetic overflow in '-'", line: 11, column: 4 + 9)
        assertRuntimeError("let x: UInt32 = 70000\nlet y = x * x", "arithmetic overflow in '*'", line: 11, column: 4 + 11)
        assertRuntimeError("let x: Int8 = -128\nlet m: Int8 = -1\nlet y = x / m", "arithmetic overflow in '/'",
                           line: 12, column: 4 + 11)
        assertRuntimeError("let zero: UInt64 = 0\nlet y = UInt64.max % zero", "division by zero in remainder operation",
                           line: 11, column: 4 + 20)
        assertRuntimeError("let n = 300\nlet b = UInt8(n)", "Not enough bits to represent the passed value",
                           line: 11, column: 4 + 9)
        assertRuntimeError("let n = -1\nlet b = UInt64(n)", "Negative value is not representable", line: 11, column: 4 + 9)
        assertRuntimeError("let n = UInt64.max\nlet b = Int(n)", "Not enough bits to represent the passed value",
                           line: 11, column: 4 + 9)
        assertRuntimeError("let d = 256.5\nlet b = UInt8(d)",
                           "Double value cannot be converted to UInt8 because the result would be greater than UInt8.max",
                           line: 11, column: 4 + 9)
        assertRuntimeError("let base = 37\nlet s = String(255, radix: base)", "Radix must be between 2 and 36",
                           line: 11, column: 4 + 9)
    }

    func testIndexOutOfRange() {
        assertRuntimeError("let xs = [1, 2, 3]\nprint(xs[3])", "Index out of range", line: 11, column: 4 + 9)
        assertRuntimeError("var xs = [1]\nxs[-1] = 2", "Index out of range", line: 11, column: 4 + 3)
        assertRuntimeError("var xs: [Int] = []\nxs.removeLast()", "Can't remove last element from an empty collection",
                           line: 11, column: 4 + 4)
    }

    func testIndexOutOfRangeWithUnpackedStructs() {
        // A `var` struct of word fields is kept unpacked; reading and storing it are still bounds-checked.
        assertRuntimeError("struct P { var x: Double }\nvar ps = [P(x: 1)]\nvar p = ps[2]", "Index out of range",
                           line: 12, column: 4 + 11)
        assertRuntimeError("struct P { var x: Double }\nvar ps = [P(x: 1)]\nvar p = ps[0]\np.x = 2\nps[1] = p",
                           "Index out of range", line: 14, column: 4 + 3)
        assertRuntimeError("struct P { var x: Double }\nlet ps = [P(x: 1)]\nprint(ps[0].x)\nprint(ps[1].x)",
                           "Index out of range", line: 13, column: 4 + 9, output: "1.0\n")
        assertRuntimeError("struct P { var x: Double }\nvar ps = [P(x: 1)]\nps[0].x += 2\nprint(ps[0].x)\nps[1].x += 2",
                           "Index out of range", line: 14, column: 4 + 3, output: "3.0\n")
        // Inside a function, with a local array and a local index (`UnpackedElementAccess`): the same checks.
        assertRuntimeError("struct P { var x: Double }\nfunc f() {\n    var ps = [P(x: 1)]\n    var i = 2\n    var p = ps[i]\n}\nf()",
                           "Index out of range", line: 14, column: 4 + 15)
        assertRuntimeError("struct P { var x: Double }\nfunc f() {\n    var ps = [P(x: 1)]\n    var i = 0\n    var p = ps[i]\n"
                           + "    p.x += 1\n    ps[i] = p\n    print(ps[0].x)\n    i = -1\n    ps[i] = p\n}\nf()",
                           "Index out of range", line: 19, column: 4 + 7, output: "2.0\n")
    }

    /// Code fused by `CodeRecipe` (a call's `n - 1`, an element read inside Double arithmetic, a constant `case`
    /// range) fails where its parts did before they were fused.
    func testFusedCodeFailsWhereItsPartsDo() {
        let elements = "func g(_ i: Int, _ j: Int) -> Double {\n    let m: [[Double]] = [[1, 2]]\n    let v: [Double] = [3]\n" +
            "    return v[i] + m[i][j] * 2.0\n}\n"
        assertRuntimeError(elements + "print(g(0, 1))\nprint(g(0, 5))", "Index out of range", line: 13, column: 4 + 23,
                           output: "7.0\n")
        assertRuntimeError(elements + "print(g(1, 0))", "Index out of range", line: 13, column: 4 + 13)
        assertRuntimeError("func g(_ i: Int, _ j: Int) -> Double {\n    let m: [[Double]] = [[1, 2]]\n    return m[i][j] * 2.0\n}\n" +
                           "print(g(4, 0))", "Index out of range", line: 12, column: 4 + 13)
        assertRuntimeError("func f(_ n: Int) -> Int {\n    if n == 0 { return 0 }\n    return f(n - 1)\n}\nprint(f(Int.min))",
                           "arithmetic overflow in '-'", line: 12, column: 4 + 16)
        assertRuntimeError("func k(_ n: Int) -> String {\n    switch n {\n    case 2...1: return \"bad\"\n" +
                           "    default: return \"ok\"\n    }\n}\nprint(k(3))",
                           "Range requires lowerBound <= upperBound", line: 12, column: 4 + 11)
    }

    func testErrorInsideWordFunctionBody() {
        // `if … { return … }` followed by `return …` compiles to one closure; errors keep their position.
        assertRuntimeError("func f(_ n: Int) -> Int {\n    if n > 3 { return n }\n    return f(n + 1) * Int.max\n}\nprint(f(0))",
                           "arithmetic overflow in '*'", line: 12, column: 4 + 21)
    }

    func testDivisionByZero() {
        assertRuntimeError("var zero = 0\nprint(10 / zero)", "division by zero", line: 11, column: 4 + 10)
        assertRuntimeError("var zero = 0\nprint(10 % zero)", "division by zero in remainder operation", line: 11, column: 4 + 10)
    }

    func testNilUnwrap() {
        assertRuntimeError("let a: Int? = nil\nprint(a!)", "unexpectedly found nil while unwrapping an Optional value",
                           line: 11, column: 4 + 8)
    }

    func testNilThroughNewMutations() {
        // `d[k]! += 1` on a missing key traps like Swift; `d[k]?.append(x)` and `a?.x = v` on nil do nothing.
        assertRuntimeError("var d = [\"a\": 1]\nd[\"a\"]! += 1\nprint(d)\nd[\"b\"]! += 1",
                           "unexpectedly found nil while unwrapping an Optional value", line: 13, column: 4 + 7,
                           output: "[\"a\": 2]\n")
        let result = run("var lists: [String: [Int]] = [:]\nlists[\"x\"]?.append(1)\nstruct P { var x = 0 }\nvar p: P? = nil\n"
                         + "p?.x = 3\np?.x += 1\nprint(lists, p as Any)")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, "[:] nil\n")
    }

    func testCharacterRangePatternWithReversedBounds() {
        assertRuntimeError("let c: Character = \"m\"\nlet low: Character = \"z\"\nswitch c { case low...\"a\": print(1); default: print(2) }",
                           "Range requires lowerBound <= upperBound", line: 12, column: 4 + 17)
    }

    func testBadConversions() {
        assertRuntimeError("let d = Double.infinity\nlet i = Int(d)",
                           "Double value cannot be converted to Int because it is either infinite or NaN", line: 11, column: 4 + 9)
        assertRuntimeError("let d = 1e300\nlet i = Int(d)",
                           "Double value cannot be converted to Int because the result would be greater than Int.max",
                           line: 11, column: 4 + 9)
        assertRuntimeError("let r = 5\nfor i in r..<2 { print(i) }", "Range requires lowerBound <= upperBound", line: 11, column: 4 + 11)
    }

    func testRunawayRecursionIsStoppedAtTheDepthLimit() {
        let result = run("func r(_ n: Int) -> Int { r(n + 1) + 1 }\nprint(r(0))")
        XCTAssertEqual(result.diagnostics.map(\.message), ["call depth exceeded 10000 (runaway recursion?)"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 10, column: 4 + 27))
    }

    func testDeepButBoundedRecursionWorks() {
        let result = run("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\nprint(depth(9000))")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, "9000\n")
    }

    func testTimeout() {
        let start = Date()
        let result = run("var i = 0\nwhile true { i += 1 }", timeout: 0.3)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cell timed out after 0.3 s"])
        XCTAssertEqual(result.diagnostics.first?.location?.line, 11)
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)   // 0.3 s of CPU time: slower on a loaded machine
        let whole = run("for _ in 0..<1_000_000_000 { }", limits: ExecutionLimits(timeoutSeconds: 1))
        XCTAssertEqual(whole.diagnostics.map(\.message), ["cell timed out after 1 s"])
    }

    func testStateSurvivesARuntimeError() {
        let interpreter = Interpreter()
        let failing = interpreter.execute(CellSource(code: "var count = 1\nlet xs = [0]\ncount = 2\nprint(xs[5])", firstLine: 1))
        XCTAssertFalse(failing.succeeded)
        let next = interpreter.execute(CellSource(code: "print(count)", firstLine: 6))
        XCTAssertEqual(next.text, "2\n")
    }

    func testFormatMismatchIsAnErrorNotACrash() {
        let result = run("import Foundation\nlet s = String(format: \"%d %@\", 3)")
        XCTAssertEqual(result.diagnostics.map(\.message), ["String(format:): more conversions than arguments"])
        let wrongType = run("import Foundation\nlet s = String(format: \"%@\", 3)")
        XCTAssertEqual(wrongType.diagnostics.map(\.message), ["String(format:): '%@' expects String but argument 1 is Int"])
    }

    /// Two `&` arguments reaching parts of one global value overlap: Swift stops the program at run time.
    func testOverlappingAccessesToAGlobalStopAtRunTime() {
        let balance = "func balance(_ x: inout Int, _ y: inout Int) { let s = x + y; x = s / 2; y = s - x }\n"
        assertRuntimeError(balance + "var t = (h: 10, e: 20)\nprint(\"before\")\nbalance(&t.h, &t.e)",
                           "simultaneous accesses to 't', but modification requires exclusive access",
                           line: 13, column: 4 + 1, output: "before\n")
        // Two different globals, and two parts of a local struct (provably disjoint), are fine.
        let fine = run(balance + """
            struct P { var h: Int; var e: Int }
            var a = 1, b = 4
            balance(&a, &b)
            func local() { var p = P(h: 10, e: 20); balance(&p.h, &p.e); print(p.h, p.e) }
            local()
            print(a, b)
            """)
        XCTAssertEqual(fine.diagnostics.map(\.message), [])
        XCTAssertEqual(fine.text, "15 15\n2 3\n")
    }
}
