import CellLanguage
import Foundation
import XCTest

/// The generator ranks overloads by the checker's facts (issue 12): whether an argument takes a parameter's type
/// (`ArgumentAdaptation`, over the types the checker gave its leaves) and whether an error leaves a closure literal
/// (`TypeChecker.recordClosureThrows`), instead of compiling the argument a first time to see.
final class OverloadFitFactTests: XCTestCase {
    private func counts(_ code: String) -> CompileCounts { TypeOnlyCompilationTests.counts(code) }

    func testOverloadsOfMethodsAndInitializersAreRankedWithoutThrowAwayCompilations() throws {
        // Golden overload_fit_facts (swiftc's output): `Meter(wide ? 3 : 4)`, `m.scaled(d * 2)`, `m.run { try fails() }`
        // and the rest were ranked by compiling each argument against each candidate's parameter (`adapts`) and each
        // closure that may throw (`closureThrows`) before the checker's facts: 23 and 4 throw-away compilations with
        // them ignored (NBRUN_IGNORE_CHECKED_TYPES=1).
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/overload_fit_facts.swift")
        let code = try String(contentsOf: url, encoding: .utf8)
        let counted = counts(code)
        XCTAssertEqual(counted.throwAwayCompilations, 0, counted.listing)
        XCTAssertEqual(counted.compiledTypeAnswers + counted.unansweredTypeRequests, 0, counted.listing)
    }

    func testAnArgumentThatTakesNoCandidatesTypeStillRefusesTheCall() {
        // The rule's "does not adapt" must not let a call through: no overload takes a Bool.
        let interpreter = Interpreter()
        let code = "struct M { func f(_ x: Int) {}; func f(_ x: Double) {} }\nlet b = true\nM().f(b ? \"a\" : \"b\")\n"
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.map(\.message), ["no exact matches in call to instance method 'f'"])
        XCTAssertEqual(interpreter.compileCounts.throwAwayCompilations, 0)
    }

    func testReduceTakesTheCheckersAccumulatorWithoutARetry() {
        // `shapes.reduce(0) { $0 + $1.area() }` compiled the closure with an Int accumulator, forgot its errors and
        // compiled it again with a Double one (1 throw-away compilation, counted since session 21); the checker tried
        // both (`TypeChecker.reduceCall`) and the generator compiles its choice once.
        let code = """
        struct Shape { var side: Double; func area() -> Double { side * side } }
        let shapes = [Shape(side: 1), Shape(side: 2.5)]
        let total = shapes.reduce(0) { $0 + $1.area() }
        print(total, shapes.reduce(0) { $0 + Int($1.side) })
        """
        let counted = counts(code)
        XCTAssertEqual(counted.throwAwayCompilations, 0, counted.listing)
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "7.25 3\n")
    }
}
