@testable import CellLanguage
import Diagnostics
import XCTest

/// The mistakes around the valid Swift session 22 made run (`Golden/reduce_accumulators`…), in swiftc's words and
/// at its positions (each checked against swiftc).
final class ValidSwiftDiagnosticsTests: XCTestCase {
    func testAFloatLiteralStartingAnIntAccumulatorIsTheOneMistake() {
        // swiftc binds the accumulator to the context's Int: the literal alone does not fit, the combining function does.
        assertCheckerReports("""
        let xs = [1, 2, 3]
        let n: Int = xs.reduce(0.0, +)
        func f() -> Int { xs.reduce(1.0, *) }
        let m: Int = xs.reduce(0.5) { $0 + $1 }
        """, ["2:24: cannot convert value of type 'Double' to expected argument type 'Int'",
              "3:29: cannot convert value of type 'Double' to expected argument type 'Int'",
              "4:24: cannot convert value of type 'Double' to expected argument type 'Int'"])
    }

    func testADoubleAccumulatorTheCombiningFunctionFitsIsTheResultsMistake() {
        // Over Doubles the Double accumulator fits the function: the result's conversion is the mistake.
        XCTAssertEqual(diagnosticLines("""
        let ds = [1.5]
        let n: Int = ds.reduce(0.0, +)
        """), ["2:17: cannot convert value of type 'Double' to specified type 'Int'"])
    }

    func testAGenericTypesSameTypeRequirementIsCheckedAtItsConstruction() {
        XCTAssertEqual(diagnosticLines("""
        protocol Layer { associatedtype Input; associatedtype Output; func forward(_ x: Input) -> Output }
        struct Scale: Layer { var k: Double; func forward(_ x: Double) -> Double { x * k } }
        struct ToString: Layer { func forward(_ x: Double) -> String { "y=\\(x)" } }
        struct Chain<A: Layer, B: Layer> where A.Output == B.Input {
            var a: A; var b: B
            func forward(_ x: A.Input) -> B.Output { b.forward(a.forward(x)) }
        }
        let good = Chain(a: Scale(k: 2), b: ToString())
        let bad = Chain(a: ToString(), b: Scale(k: 1))
        """), ["9:11: generic struct 'Chain' requires the types 'String' and 'Double' be equivalent"])
    }

    func testVariadicGenericsAreRefusedAtEach() {
        // Valid Swift 6 (swiftc prints 1, a, 2.5) that nbrun refuses: at `each`, naming the construct.
        let lines = diagnosticLines("""
        func f<each T>(_ x: repeat each T) { repeat print(each x) }
        f(1, "a", 2.5)
        struct Row<each Column> {}
        """)
        let refusal = "the parameter pack 'each T' (variadic generics) is not supported in nbrun cells"
        XCTAssertEqual(lines.first, "1:8: " + refusal)
        XCTAssertTrue(lines.contains("3:12: the parameter pack 'each Column' (variadic generics) is not supported in nbrun cells"), "\(lines)")
    }

    func testTheLibrarysResultCompilesAsACell() {
        XCTAssertEqual(diagnosticLines(LibraryTypes.result.source), [])
    }

    func testResultsInitializerCatchingAnyErrorIsRefusedAtTheType() {
        // swiftc prints success(7); nbrun cells do not name `any Error`, the failure `init(catching:)` gives.
        XCTAssertEqual(diagnosticLines("""
        func seven() throws -> Int { 7 }
        let r = Result { try seven() }
        let s: Result<Int, Error>? = nil
        """), ["2:9: 'Result(catching:)' (a failure of type 'any Error') is not supported in nbrun cells",
               "3:8: type 'any Error' is not supported in nbrun cells"])
    }

    func testAGenericMethodsResultSpecializationIsTypedByTheChecker() {
        // `r.mapError { … }` gives a `Result<Int, R>` no code made before: the checker lists it and types the call.
        let cell = CellSource(code: """
        enum E: Error { case a }
        struct R: Error { let m: String }
        let r: Result<Int, E> = .failure(.a)
        let x = r.mapError { e in R(m: "\\(e)") }
        print(x)
        """, firstLine: 1)
        let interpreter = Interpreter()
        let compared = interpreter.compileComparingTypes(cell)
        XCTAssertEqual(compared.agreement.missed, [])
        XCTAssertEqual(interpreter.run(compared.cell).text, "failure(main.R(m: \"a\"))\n")
    }

    func testAKeyPathWithoutItsRootTypeIsSwiftcsMistakeAndWritingThroughOneIsRefused() {
        XCTAssertEqual(diagnosticLines("""
        struct P { var x = 1 }
        let k = \\.count
        var p = P()
        p[keyPath: \\P.x] = 2
        p[keyPath: \\P.x] += 1
        print(p[keyPath: \\P.x], [p][keyPath: \\.count])
        """), ["2:9: cannot infer key path type from context; consider explicitly specifying a root type",
               "4:2: 'writing through a key path' is not supported in nbrun cells",
               "5:2: 'writing through a key path' is not supported in nbrun cells"])
    }
}
