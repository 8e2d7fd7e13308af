@testable import CellLanguage
import XCTest

/// Closures nothing types from outside (`let f = { $0 / 2 }`): swiftc infers their parameters from the literals and
/// variables the body combines them with (`ClosureParameterInference`). The expected types are swiftc 6's, printed
/// by `type(of:)` from the same programs compiled with `swiftc -swift-version 5`.
final class ClosureParameterInferenceTests: XCTestCase {
    private func output(of code: String) -> String {
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [], code)
        return interpreter.run(compiled).text
    }

    func testParameterTypesAreSwiftcs() {
        let swiftc: [(String, String)] = [
            ("{ $0 * 2 }", "(Int) -> Int"),
            ("{ 2 * $0 + 1 }", "(Int) -> Int"),
            ("{ ($0 + 1) * 2 }", "(Int) -> Int"),
            ("{ $0 + 1.0 }", "(Double) -> Double"),
            ("{ $0 * 2.0 == 4 }", "(Double) -> Bool"),
            ("{ $0 > 0 }", "(Int) -> Bool"),
            ("{ $0 % 2 == 0 }", "(Int) -> Bool"),
            ("{ $0 > 2 && $1 < 1.5 }", "(Int, Double) -> Bool"),
            ("{ $0 + 1 == $1 }", "(Int, Int) -> Bool"),
            ("{ $0 + $1 + 1 }", "(Int, Int) -> Int"),
            ("{ x, y in x * 10 + y }", "(Int, Int) -> Int"),
            ("{ $0 >= 0 ? $0 : -$0 }", "(Int) -> Int"),
            ("{ $0 == 1 ? \"one\" : \"other\" }", "(Int) -> String"),
            ("{ $0 ..< $0 + 3 }", "(Int) -> Range<Int>"),
            ("{ $0 ... 5 }", "(Int) -> ClosedRange<Int>"),
            ("{ $0 ?? \"none\" }", "(Optional<String>) -> String"),
            ("{ $0 ?? 0 }", "(Optional<Int>) -> Int"),
            ("{ min($0, 1.5) }", "(Double) -> Double"),
            ("{ max($0, 0) }", "(Int) -> Int"),
            ("{ \"x\" + $0 + \"y\" }", "(String) -> String"),
            ("{ $0 == \"a\" }", "(String) -> Bool"),
            ("{ $0 && true }", "(Bool) -> Bool"),
            ("{ !$0 }", "(Bool) -> Bool"),
            ("{ $0 * x0 }", "(Double) -> Double"),
            ("{ (a: Int, b) in a + b }", "(Int, Int) -> Int"),
            ("{ x in return x * 2 }", "(Int) -> Int"),
            ("{ x in let y = x * 2; return y + 1 }", "(Int) -> Int"),
        ]
        for (closure, type) in swiftc {
            XCTAssertEqual(output(of: "let x0 = 2.0\nlet f = \(closure)\nprint(type(of: f))"), type + "\n", closure)
        }
    }

    func testParametersNothingTypesStayRefused() {
        // swiftc refuses each: "ambiguous use of operator '*'" (and '-', '+') where only parameters meet, "cannot
        // infer type of closure parameter '$0' without a type annotation" for the others. nbrun words all alike.
        for closure in ["{ $0 * $0 }", "{ x in x * x }", "{ -$0 }", "{ $0 + $1 }", "{ abs($0) }", "{ ($0, 1) }",
                        "{ $0.count }", "{ $0 * 2 + sqrt(x0) }"] {
            let parameters = closure.hasPrefix("{ x in") ? ["x"] : closure.contains("$1") ? ["$0", "$1"] : ["$0"]
            XCTAssertEqual(diagnosticLines("let x0 = 2.0\nlet f = \(closure)"),
                           parameters.map { "2:9: cannot infer type of closure parameter '\($0)' without a type annotation" },
                           closure)
        }
    }

    func testAContextStillDecides() {
        // The context's types win over the literals' (swiftc: `[0.5, 2].map { $0 * 2 }` is [Double]).
        XCTAssertEqual(output(of: "print([0.5, 2].map { $0 * 2 })\nlet f: (Double) -> Double = { $0 + 1 }\nprint(f(1))"),
                       "[1.0, 4.0]\n2.0\n")
    }
}
