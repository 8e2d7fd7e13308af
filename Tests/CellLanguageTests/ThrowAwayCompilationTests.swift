import CellLanguage
import XCTest

/// The generator reads what the checker decided instead of compiling an expression only to look at its type and
/// throwing the code away (`Compiler.throwAwayCompilation`, issue 12): each program here once made such compilations.
final class ThrowAwayCompilationTests: XCTestCase {
    /// Compiles `code` as one cell, with no diagnostics, and returns its counts by site.
    private func counts(_ code: String) -> CompileCounts {
        let interpreter = Interpreter()
        interpreter.resetCompileCounts(countingSites: true)
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [], code)
        return interpreter.compileCounts
    }

    func testMapWithDoublesExpectedReadsTheCheckersClosureType() {
        // `map` where `[Double]` is expected: the closure was compiled once to see whether it gives an Int (its
        // integer literals then Doubles, as Swift infers), 8 throw-away compilations here; the checker's type of
        // the closure (`TypeChecker.doubleArrayMapCall`) now tells.
        let code = """
        let xs = [1, 2, 3]
        let s: Set<Int> = [4]
        let a: [Double] = xs.map { _ in 2 }
        let b: [Double] = (1...3).map { $0 > 1 ? 1 : 0 }
        let c: [Double] = xs.map { x in
            if x > 1 { return 1 }
            return 2
        }
        func spread<T>(_ items: [T]) -> [Double] { items.map { _ in 7 } }
        struct Scores { var v: [Int]; func halves() -> [Double] { v.map { Double($0) / 2 } } }
        func show(_ d: [Double]) { print(d) }
        show(xs.map { _ in 1 })
        print(a, b, c, s.map { _ in 2 } as [Double], spread(["a"]), Scores(v: [3]).halves(), xs.map { $0 * 2 })
        """
        let counted = counts(code)
        XCTAssertEqual(counted.throwAwayCompilations, 0, counted.listing)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text,
                       "[1.0, 1.0, 1.0]\n[2.0, 2.0, 2.0] [0.0, 1.0, 1.0] [2.0, 1.0, 1.0] [2.0] [7.0] [1.5] [2, 4, 6]\n")
    }
}
