@testable import CellLanguage
import Foundation
import XCTest

/// The generator builds every overloaded call on the type checker's choice (issue 12): it ranked overloads itself
/// before (compiling arguments against each candidate, then from the checker's facts), and now reports that it cannot
/// build a call whose overload the checker did not choose (`Compiler.cannotGenerate`, an internal error).
final class OverloadFitFactTests: XCTestCase {
    /// Compiles `code` as one cell: its diagnostics and what the generator reported itself.
    private func compile(_ code: String) -> CompiledCell {
        Interpreter().compile(CellSource(code: code, firstLine: 1))
    }

    func testOverloadsOfMethodsAndInitializersAreTheCheckersChoice() throws {
        // Golden overload_fit_facts (swiftc's output): `Meter(wide ? 3 : 4)`, `m.scaled(d * 2)`, `m.run { try fails() }`
        // and the rest were ranked by the generator (from the checker's facts since session 21); the checker records
        // the overload of methods, static methods and initializers since session 23 (14 calls of this program had
        // none before), and the generator takes it.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/overload_fit_facts.swift")
        let compiled = compile(try String(contentsOf: url, encoding: .utf8))
        XCTAssertEqual(compiled.diagnostics.map(\.message), [])
        XCTAssertEqual(compiled.generatorReported.map(\.message), [], "a call the checker chose no overload for")
    }

    func testAnArgumentThatTakesNoCandidatesTypeStillRefusesTheCall() {
        // No overload takes a String: the checker's mistake, and nothing the generator cannot build is shown.
        let code = "struct M { func f(_ x: Int) {}; func f(_ x: Double) {} }\nlet b = true\nM().f(b ? \"a\" : \"b\")\n"
        XCTAssertEqual(compile(code).diagnostics.map(\.message), ["no exact matches in call to instance method 'f'"])
    }

    func testNestedOverloadsAndReduceInAnExtensionAreTheCheckersChoice() {
        // `label(i)` among two nested functions (inside a closure too) and `reduce(0)` in a protocol extension's body:
        // the checker left them to the generator before session 23.
        let code = """
        func g() -> [String] {
            func label(_ i: Int) -> String { "#\\(i)" }
            func label(_ s: String) -> String { s }
            let xs = [1, 2].map { i -> String in label(i) }
            return xs + [label("x")]
        }
        extension Array where Element == Int {
            func count(where p: (Int) -> Bool) -> Int { reduce(0) { p($1) ? $0 + 1 : $0 } }
        }
        print(g(), [1, 2, 3].count(where: { $0 > 1 }))
        """
        let compiled = compile(code)
        XCTAssertEqual(compiled.generatorReported.map(\.message), [], "a choice the checker did not make")
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "[\"#1\", \"#2\", \"x\"] 2\n")
    }

    func testReduceTakesTheCheckersAccumulator() {
        // `shapes.reduce(0) { $0 + $1.area() }` compiled the closure with an Int accumulator, forgot its errors and
        // compiled it again with a Double one; the checker tries both (`TypeChecker.reduceCall`) and the generator
        // compiles its choice once (and cannot build the call where the checker chose none).
        let code = """
        struct Shape { var side: Double; func area() -> Double { side * side } }
        let shapes = [Shape(side: 1), Shape(side: 2.5)]
        let total = shapes.reduce(0) { $0 + $1.area() }
        print(total, shapes.reduce(0) { $0 + Int($1.side) })
        """
        XCTAssertEqual(compile(code).generatorReported.map(\.message), [])
        // swiftc prints the same.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "7.25 3\n")
    }
}
