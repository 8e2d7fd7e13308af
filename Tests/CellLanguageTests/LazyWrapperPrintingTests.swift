import CellLanguage
import Diagnostics
import XCTest

/// The wrappers Swift prints by their structure (`ReversedCollection<…>(_base: …)`, `Slice<…>`) are held as arrays:
/// printing one written directly is refused at its position, never printed as an array; `Array(…)` of it and other
/// uses run.
final class LazyWrapperPrintingTests: XCTestCase {
    func testPrintingAWrapperDirectlyIsRefusedAtItsPosition() {
        let lines = diagnosticLines("""
            let a = [1, 2, 3]
            let s = "hello"
            print(s.reversed().prefix(3))
            print(a, a.reversed())
            let t = "\\(a.enumerated())"
            let u = String(describing: zip(a, a))
            print(stride(from: 0, to: 3, by: 1), s.indices, a.lazy)
            """)
        XCTAssertEqual(lines.map { String($0.prefix { $0 != " " }) },
                       ["3:7:", "4:10:", "5:12:", "6:28:", "7:7:", "7:38:", "7:49:"])
        XCTAssertTrue(lines[0].hasSuffix("'printing Slice<…> values (print Array(…) of them)' is not supported in nbrun cells"))
    }

    func testPrintingAVariableHoldingAWrapperIsRefusedAtItsPosition() {
        // swiftc prints `ReversedCollection<String>(_base: "abc")`, `LazyMapSequence<Array<Int>, Int>(…)`: the
        // variable's type is the wrapper's, unless it is declared with a type (`[Int]`).
        let lines = diagnosticLines("""
            let r = "abc".reversed()
            var m = [1, 2].lazy.map { $0 * 2 }
            let kept: [Int] = [1, 2].reversed()
            func show() { print(r.prefix(1)) }
            print(r, "\\(m)", kept)
            """)
        XCTAssertEqual(lines.map { String($0.prefix { $0 != " " }) }, ["4:21:", "5:7:", "5:13:"])
        XCTAssertTrue(lines[1].hasSuffix("'printing ReversedCollection<…> values (print Array(…) of them)' is not supported in nbrun cells"))
        XCTAssertTrue(lines[2].hasSuffix("'printing LazyMapSequence<…> values (print Array(…) of them)' is not supported in nbrun cells"))
    }

    func testALazyOperationIsNamedAsSwiftcTypesIt() {
        // swiftc's `type(of:)`: LazyMapSequence<Array<Int>, Int>, LazyFilterSequence<Array<Int>>,
        // LazyMapSequence<LazyFilterSequence<…>, Int> and LazySequence<FlattenSequence<…>>.
        let lines = diagnosticLines("""
            let a = [1, 2, 3]
            print(a.lazy.map { $0 }, a.lazy.filter { $0 > 1 }, a.lazy.compactMap { $0 }, a.lazy.flatMap { [$0] })
            print(a.lazy.map { $0 }.filter { $0 > 1 })
            """)
        let names = lines.map { line in String(line.components(separatedBy: "'printing ").last!.prefix { $0 != "<" }) }
        XCTAssertEqual(names, ["LazyMapSequence", "LazyFilterSequence", "LazyMapSequence", "LazySequence", "LazyFilterSequence"])
    }

    func testOtherUsesOfWrappersRun() {
        let result = Interpreter().execute(CellSource(code: """
            let s = "hello"
            print(Array(s.reversed().prefix(3)), String(s.reversed()), a())
            func a() -> [Int] { [1, 2, 3].reversed().map { $0 * 2 } }
            """, firstLine: 1))
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        // swiftc's program prints the same.
        XCTAssertEqual(result.text, "[\"o\", \"l\", \"l\"] olleh [6, 4, 2]\n")
    }
}
