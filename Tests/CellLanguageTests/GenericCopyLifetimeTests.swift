import CellLanguage
import XCTest

/// The compiler's tables are keyed by the identity of declaration nodes, so every node it makes while compiling (a
/// generic function's specialized copy, an extension's copy for a generic type's specialization) lives as long as the
/// interpreter: a freed copy's address, reused by a later cell's declaration, once gave that declaration the copy's
/// compiled function (a generic `init` compiled as `findIndex`, "missing return in static method expected to return
/// 'Int?'", or "cannot find type 'U' in scope", depending on what earlier cells had allocated: found by running
/// docs/language.md's examples in order).
final class GenericCopyLifetimeTests: XCTestCase {
    private static let cells = [
        """
        func findIndex<T: Equatable>(of value: T, in array: [T]) -> Int? {
            for (index, item) in array.enumerated() where item == value { return index }
            return nil
        }
        print(findIndex(of: "b", in: ["a", "b"]) as Any, findIndex(of: 2.5, in: [1.0]) as Any, findIndex(of: 1, in: [1]) as Any)
        struct Stack<Element> {
            var items: [Element] = []
            mutating func push(_ item: Element) { items.append(item) }
        }
        extension Stack { var top: Element? { items.last } }
        var words = Stack<String>()
        """,
        """
        extension Stack where Element: Equatable { func isTop(_ item: Element) -> Bool { items.last == item } }
        words.push("a")
        print(words.isTop("a"), findIndex(of: true, in: [false, true]) as Any)
        """,
        """
        struct Queue<Element> {
            var items: [Element]
            func map<U>(_ f: (Element) -> U) -> Queue<U> { Queue<U>(items: items.map(f)) }
            init(items: [Element]) { self.items = items }
            init<S: Sequence>(_ s: S) where S.Element == Element { items = []; for e in s { items.append(e) } }
        }
        print(Queue<Int>([1, 2]).map { $0 * 10 }.items, Queue<String>(["x"]).map { $0 + "!" }.items)
        """,
    ]

    func testDeclarationsOfLaterCellsNeverTakeAFreedCopysPlace() {
        // Different amounts of work before the generic cells change which addresses the allocator hands out.
        for fillers in 0..<24 {
            let interpreter = Interpreter()
            var text = ""
            for index in 0..<fillers {
                let filler = interpreter.execute(CellSource(code: """
                    func pick\(index)<T>(_ x: T) -> [T] { [x, x] }
                    struct Filler\(index) { var a = \(index); func f() -> Int { a } }
                    print(pick\(index)(Filler\(index)().f()).count, pick\(index)("s").count)
                    """, firstLine: 1))
                XCTAssertEqual(filler.diagnostics.map(\.message), [], "filler \(index)")
            }
            for (index, code) in Self.cells.enumerated() {
                let execution = interpreter.execute(CellSource(code: code, firstLine: 100 * (index + 1)))
                XCTAssertEqual(execution.diagnostics.map { "\($0.location?.line ?? 0): \($0.message)" }, [], "after \(fillers) fillers")
                text += execution.text
            }
            XCTAssertEqual(text, "Optional(1) nil Optional(0)\ntrue Optional(1)\n[10, 20] [\"x!\"]\n", "after \(fillers) fillers")
        }
    }
}
