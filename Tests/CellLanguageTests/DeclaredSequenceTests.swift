import CellLanguage
import XCTest

/// Declared `Sequence` and `IteratorProtocol` types (golden `declared_sequences`): their requirements reported as
/// swiftc reports them, and `next()` called only as often as Swift calls it.
final class DeclaredSequenceTests: XCTestCase {
    func testTypesWithoutTheirRequirementsDoNotConform() {
        // Messages and positions from `swiftc -typecheck`.
        XCTAssertEqual(diagnosticLines("""
        struct S: IteratorProtocol { var n = 0 }
        struct Q: Sequence { var n = 0 }
        struct R { }
        for x in R() { print(x) }
        """), [
            "1:8: type 'S' does not conform to protocol 'IteratorProtocol'",
            "2:8: type 'Q' does not conform to protocol 'Sequence'",
            "4:10: for-in loop requires 'R' to conform to 'Sequence'",
        ])
    }

    func testNextIsCalledOnlyUntilTheAnswerIsKnown() {
        // swiftc prints the same: a loop left with `break` and `first(where:)` stop calling `next()`; `Array` and
        // `map` call it until nil.
        let code = """
        final class Log { var calls = 0 }
        let log = Log()
        struct Counter: Sequence, IteratorProtocol {
            var n = 0
            let limit: Int
            mutating func next() -> Int? { log.calls += 1; n += 1; return n <= limit ? n : nil }
        }
        for x in Counter(limit: 100) { if x == 3 { break } }
        print(log.calls)
        print(Counter(limit: 100).first { $0 > 4 }!, log.calls)
        print(Counter(limit: 100).contains { $0 == 2 }, Counter(limit: 100).allSatisfy { $0 < 2 }, log.calls)
        print(Array(Counter(limit: 3)), Counter(limit: 2).map { $0 * 10 }, log.calls)
        """
        XCTAssertEqual(diagnosticLines(code), [])
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text,
                       "3\n5 8\ntrue false 12\n[1, 2, 3] [10, 20] 19\n")
    }
}
