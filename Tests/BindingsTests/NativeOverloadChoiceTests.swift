import Bindings
import CellLanguage
import XCTest

/// The generator takes the native overloads and operators the type checker chose (issues 12 and 14): it no longer
/// compiles arguments once per candidate to rank them, and the program does what the generator's own choice did.
final class NativeOverloadChoiceTests: XCTestCase {
    private static let cell = """
        let n = slider("n", default: 3, in: 1...10)
        let x = slider("x", default: 0.5, in: 0.0...1.0, step: 0.1)
        let cube = Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
        let m = Tensor([[1.0, 2.0], [3.0, 4.0]], requiresGrad: true)
        let total = noGrad { (m * m).sum() }
        let f = Figure(title: "t")
        f.line(x: [0.0, 1.0], y: [x, 2.0])
        show(f)
        print(n, cube.shape, total.item(), 2 * m - 1, -m > -2.5)
        """

    /// The type-only requests native overload ranking makes (`Compiler.fitScore`), by counting site.
    private func rankingRequests(comparing: Bool) -> (requests: Int, listing: String) {
        let interpreter = Interpreter()
        CellBindings.install(in: interpreter)
        interpreter.resetCompileCounts(countingSites: true)
        let source = CellSource(code: Self.cell, firstLine: 1)
        if comparing {
            XCTAssertEqual(interpreter.compileComparingTypes(source).agreement.disagreements, [])
        } else {
            XCTAssertEqual(interpreter.compile(source).diagnostics, [])
        }
        let counts = interpreter.compileCounts
        let requests = (counts.bySite ?? [:]).filter { $0.key.hasPrefix("Compiler+Native.swift") }.values.map(\.requests)
        return (requests.reduce(0, +), counts.listing)
    }

    func testNestedNativeCallsAreCheckedOnceEach() {
        // `adding` has two overloads, ranked by the argument's type: checked once per candidate and again once
        // chosen, 16 nested calls were 3^16 checks (minutes; nested-50 in bench/compile never finished); each is checked once.
        var expression = "x"
        for _ in 0..<16 { expression = "x.adding(\(expression))" }
        let interpreter = Interpreter()
        CellBindings.install(in: interpreter)
        let result = interpreter.execute(CellSource(code: "let x = Tensor([1.0, 2.0])\nlet y = \(expression)\nprint(y.scalars[0])",
                                                    firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "17.0\n")
    }

    func testTheGeneratorTakesTheCheckersNativeOverloads() {
        // While the type-check oracle runs too (it let the generator rank the overloads alone, to be compared, until
        // session 23).
        XCTAssertEqual(rankingRequests(comparing: true).requests, 0, "the oracle's generator ranks overloads")
        let taken = rankingRequests(comparing: false)
        XCTAssertEqual(taken.requests, 0, taken.listing)
    }

    func testTheProgramRunsAsBefore() {
        // 1² + 2² + 3² + 4² = 30; 2m − 1 keeps m's gradient recording; −m > −2.5 is a mask (as main printed it).
        XCTAssertEqual(CellRunner().output(Self.cell),
                       "3 [2, 2, 2] 30.0 Tensor([[1.0, 3.0], [5.0, 7.0]], requiresGrad: true) Tensor([[1.0, 1.0], [0.0, 0.0]])\n")
    }

    func testSubscriptStoresTakeTheCheckersSetter() {
        // `grid[column: 0] += 1` stores `grid[column: 0] + 1` through one of the subscript setters the labels fit:
        // the generator ranked them by compiling that value to learn its type (3 type-only compilations here, 1 in
        // docs/cells-modules.md); the checker chooses the setter (`TypeChecker.nativeSubscriptStore`).
        let code = """
            let grid = zeros([3, 4])
            let c = grid[column: 1]
            grid[column: 0] += 1
            grid[column: 1] = c + 2
            grid[1] -= 3
            grid[0..<2, 2..<4] = 7
            print(grid.rows)
            """
        let interpreter = Interpreter()
        CellBindings.install(in: interpreter)
        interpreter.resetCompileCounts(countingSites: true)
        XCTAssertEqual(interpreter.compile(CellSource(code: code, firstLine: 1)).diagnostics, [])
        XCTAssertEqual(interpreter.compileCounts.compiledTypeAnswers + interpreter.compileCounts.unansweredTypeRequests, 0, interpreter.compileCounts.listing)
        // As main printed it.
        XCTAssertEqual(CellRunner().output(code), "[[1.0, 2.0, 7.0, 7.0], [-2.0, -1.0, 7.0, 7.0], [1.0, 2.0, 0.0, 0.0]]\n")
    }
}
