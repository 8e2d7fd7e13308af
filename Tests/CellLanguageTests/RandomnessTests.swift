import CellLanguage
import XCTest

/// Random calls without `using:` draw from a stream seeded from the cell's code (the same page at every render);
/// with `using: &generator` they draw what swiftc's program draws (`Golden/random_number_generators.swift`).
final class RandomnessTests: XCTestCase {
    private func run(_ code: String, in interpreter: Interpreter = Interpreter()) -> String {
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics, [])
        let result = interpreter.run(compiled)
        XCTAssertEqual(result.diagnostics, [])
        return result.text
    }

    func testACellDrawsTheSameNumbersAtEveryRun() {
        let cell = "print((0..<20).map { _ in Int.random(in: 0..<1000) }, Double.random(in: 0..<1), [1, 2, 3, 4].shuffled())"
        let interpreter = Interpreter()
        let first = run(cell, in: interpreter)
        XCTAssertEqual(run(cell, in: interpreter), first, "a rerun in the same session")
        XCTAssertEqual(run(cell), first, "a fresh interpreter")
        let other = run(cell + " // another cell", in: interpreter)
        XCTAssertNotEqual(other, first, "another cell's code seeds another stream")
    }

    func testDrawsStayInTheirRangesAndReachBothEnds() {
        let code = """
        var ints = Set<Int>(), inside = true
        for _ in 0..<2000 {
            let i = Int.random(in: -2...2), j = Int.random(in: 5..<8)
            let x = Double.random(in: -1..<1), y = Double.random(in: 2...3)
            ints.insert(i)
            inside = inside && (5..<8).contains(j) && x >= -1 && x < 1 && y >= 2 && y <= 3
        }
        var heads = 0
        for _ in 0..<2000 where Bool.random() { heads += 1 }
        print(ints.sorted(), inside, heads > 900 && heads < 1100)
        print([7].randomElement()!, [Int]().randomElement() == nil, Array(1...50).shuffled().sorted() == Array(1...50))
        """
        XCTAssertEqual(run(code), "[-2, -1, 0, 1, 2] true true\n7 true true\n")
    }

    func testMistakesAreReportedAsSwiftcReportsThem() {
        XCTAssertEqual(diagnosticLines("struct G: RandomNumberGenerator { var s = 1 }"), [
            "1:8: type 'G' does not conform to protocol 'RandomNumberGenerator'",
        ])
        XCTAssertEqual(diagnosticLines("var x = 3\nprint(Int.random(in: 0..<3, using: &x))"), [
            "2:11: static method 'random(in:using:)' requires that 'Int' conform to 'RandomNumberGenerator'",
        ])
        let generator = "struct L: RandomNumberGenerator { var s: UInt64; mutating func next() -> UInt64 { s &+= 1; return s } }\n"
        XCTAssertEqual(diagnosticLines(generator + "let g = L(s: 1)\nprint(Int.random(in: 0..<3, using: &g))"), [
            "3:36: cannot pass immutable value as inout argument: 'g' is a 'let' constant",
        ])
        XCTAssertEqual(diagnosticLines(generator + "var g = L(s: 1)\nprint(Int.random(in: 0..<3, using: g))"), [
            "3:36: passing value of type 'L' to an inout parameter requires explicit '&'",
        ])
    }

    func testAnEmptyRangeStopsTheCell() {
        let interpreter = Interpreter()
        let result = interpreter.run(interpreter.compile(CellSource(code: "let n = 0\nprint(Int.random(in: 0..<n))", firstLine: 1)))
        XCTAssertEqual(result.diagnostics.map(\.message), ["Can't get random value with an empty range"])
    }
}
