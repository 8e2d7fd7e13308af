import CellLanguage
import XCTest

/// The type checker's coverage of the forms the lessons in `Notebooks/` write: operators as function values, `map`
/// where `[Double]` is expected, slices converted and mapped, built-in initializers named as functions,
/// `split(separator:)` with a string literal and `==` between arrays. Every node the generator records is typed
/// alike (the generator's closures around operators and initializer references are its own, not recorded).
final class TypeCheckNotebookFormsTests: XCTestCase {
    private func agreement(_ code: String) -> TypeCheckAgreement {
        Interpreter().compileComparingTypes(CellSource(code: code, firstLine: 1)).agreement
    }

    func testTheLessonsFormsAreTyped() {
        let result = agreement("""
        func softmax(_ v: [Double]) -> [Double] {
            let e = v.map { exp($0 - v.max()!) }
            let total = e.reduce(0, +)
            return e.map { $0 / total }
        }
        let xs = [3.0, 1.0, 2.0]
        let best = xs.sorted(by: >)[0]
        var rows: [[Double]] = []
        rows.append((0..<3).map { _ in 1 })
        let ones: [Double] = (0..<2).map { _ in 1 }
        let halves: [Double] = xs.map { $0 / 2 }
        let first = Array(xs.prefix(2))
        let labels = [0, 1].prefix(2).map { String(format: "%.1f", xs[$0]) }.joined(separator: ", ")
        let words = "a b\\nc".split(separator: "\\n").map(String.init)
        let numbers = ["1", "x"].map(Int.init)
        let same = softmax(xs) == softmax(xs) && [[1], [2]] != [[2]]
        print(best, rows, ones, halves, first, labels, words, numbers, same)
        """)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
        XCTAssertGreaterThan(result.recorded, 90)
    }

    func testASpecializationNamedOnlyInAFunctionBodyIsTyped() {
        // `Stack<String>` named only inside `f` is made before the checker runs, as a top-level name's is.
        let result = agreement("""
        struct Stack<Element> {
            var items: [Element] = []
            mutating func push(_ x: Element) { items.append(x) }
        }
        func f() -> Int {
            var s = Stack<String>()
            s.push("x")
            return s.items.count
        }
        print(f())
        """)
        XCTAssertEqual(result.disagreements, [])
        XCTAssertEqual(result.missed, [])
    }
}
