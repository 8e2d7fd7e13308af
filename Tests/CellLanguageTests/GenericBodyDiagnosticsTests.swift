import XCTest
@testable import CellLanguage

/// Mistakes inside generic bodies (generic functions, generic methods of generic types, extensions of generic types,
/// constrained ones and those a later cell declares), reported by the checker once, when it checks the body with the
/// generator's placeholders for its type parameters, whatever specializations the cell uses (issue 12).
final class GenericBodyDiagnosticsTests: XCTestCase {
    func testAFloatingPointTypeParametersBodyIsCheckedBesidesItsDoubleSpecialization() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`). `T: BinaryFloatingPoint` stands for Double in the
        // check with placeholders: the call's `Double` specialization does not stand for that check.
        assertCheckerReports("""
        func mean<T: BinaryFloatingPoint>(_ xs: [T]) -> T {
            let sum: T = 0
            for x in xs {
                sum += x
            }
            return xs.isEmpty ? 0 : sum / T(xs.count)
        }
        print(mean([1.0, 2.0]))
        """, ["4:13: left side of mutating operator isn't mutable: 'sum' is a 'let' constant"])
    }

    func testAGenericMethodOfAGenericTypeIsCheckedOnceWithPlaceholders() {
        // Expected lines: swiftc 6.3.1. `Stack<Int>` is made before the checker runs: its generic method is checked on
        // the specialization with placeholders, not on it (an extension of Int in the cell changes no operator).
        assertCheckerReports("""
        struct Stack<Element> {
            var items: [Element] = []
            func countMatching<T: Equatable>(_ value: T, in values: [T]) -> Int {
                var n = 0
                for v in values where v == value { n += "s" }
                return n + items.count
            }
        }
        extension Int {
            func repeated<T>(_ value: T) -> [T] { Array(repeating: value, count: self) }
        }
        let s = Stack<Int>()
        print(s.countMatching("x", in: ["x", "y"]))
        """, ["5:49: cannot convert value of type 'String' to expected argument type 'Int'"])
    }

    func testAConstrainedExtensionIsCheckedOnAnExistingSpecialization() {
        // Expected lines: swiftc 6.3.1. `where Element == Int` names `Stack<Int>`, which the cell made already.
        assertCheckerReports("""
        struct Stack<Element> {
            var items: [Element] = []
        }
        extension Stack where Element == Int {
            var total: Int { items.reduce("s", +) }
        }
        let s = Stack<Int>(items: [1, 2])
        print(s.total)
        """, ["5:35: cannot convert value of type 'String' to expected argument type 'Int'"])
    }

    func testAnExtensionInALaterCellIsCheckedOnceTheCellsCheckerRan() {
        // Expected lines: swiftc 6.3.1 (both cells as one file: the extension's line is the second cell's).
        let interpreter = Interpreter()
        let first = interpreter.compile(CellSource(code: """
        struct Stack<Element> {
            var items: [Element] = []
        }
        var numbers = Stack<Int>(items: [1, 2])
        """, firstLine: 1))
        XCTAssertEqual(first.diagnostics.map(diagnosticLine), [])
        let second = interpreter.compile(CellSource(code: """
        extension Stack {
            var topItem: Element? {
                return items.isEmpty ? nil : items[items.countx - 1]
            }
        }
        """, firstLine: 5))
        XCTAssertEqual(second.diagnostics.map(diagnosticLine), ["7:50: value of type '[Element]' has no member 'countx'"])
    }

    func testSortingAComparableTypeParametersValuesGivesAnArrayOfThem() {
        // Expected lines: swiftc 6.3.1. `c.sorted()` of a `C: Collection` whose elements are Comparable, and
        // `xs.sorted()` of a `[T]` for `T: Comparable`, are arrays of the elements: their members are checked.
        assertCheckerReports("""
        func firstTwo<C: Collection>(_ c: C) -> [C.Element] where C.Element: Comparable { Array(c.sorted().prefix("s")) }
        func count<C: Collection>(_ c: C) -> Int where C.Element: Comparable { c.sorted().countx }
        func lowest<T: Comparable>(_ xs: [T]) -> T? { xs.sorted().prefix("s").first }
        print(firstTwo([3, 1, 2]), count([1]), lowest([2, 1]) as Any)
        """, [
            "1:107: cannot convert value of type 'String' to expected argument type 'Int'",
            "2:83: value of type '[C.Element]' has no member 'countx'",
            "3:66: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    func testAnOpaqueResultsBodyMistakeIsTheCheckersNotAnUnsupportedResult() {
        // Expected lines: swiftc 6.3.1. A mistake of the body whose underlying type is inferred is reported where
        // swiftc reports it (in a generic body: by its check with placeholders, not by its specializations).
        assertCheckerReports("""
        func repeated<T>(_ value: T, count: Int) -> some Collection {
            return Array(repeating: value, countx: count)
        }
        func evens(upTo limit: Int) -> some Collection {
            stride(from: 0, through: limit, by: "s").map { $0 }
        }
        print(repeated(1, count: 2).count, evens(upTo: 4).count)
        """, [
            "2:12: no exact matches in call to initializer",
            "5:41: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }

    func testAProtocolExtensionsBodyIsCheckedOnceAgainstTheProtocol() {
        // Expected lines: swiftc 6.3.1. The body is checked with `self` of the protocol's type, not per conforming type.
        assertCheckerReports("""
        protocol Item {
            var weight: String { get }
            func price() -> Double
        }
        extension Item {
            func cost() -> Double { price() * Double(weight) }
            func label() -> String { weight + "kg" }
        }
        struct Book: Item {
            var weight: String { "2" }
            func price() -> Double { 1.5 }
        }
        print(Book().label())
        """, ["6:39: value of optional type 'Double?' must be unwrapped to a value of type 'Double'"])
    }

    func testAStridesStepOfAnotherTypeThanItsBoundsIsReportedAtTheStep() {
        // Expected lines: swiftc 6.3.1. An Int stride's step is an Int (number literal bounds are Ints).
        assertCheckerReports("""
        let n = 5
        let d = 2.5
        let a = Array(stride(from: 0, to: n, by: 2)) + Array(stride(from: n, through: 0, by: -1))
        let b = Array(stride(from: 0.0, to: d, by: 0.5)) + Array(stride(from: 0, to: 1, by: 0.25))
        let c = Array(stride(from: 0, to: n, by: 0.5))
        let e = Array(stride(from: 0, to: n, by: d))
        let f = Array(stride(from: 0, through: 5, by: "s"))
        print(a, b)
        """, [
            "5:42: cannot convert value of type 'Double' to expected argument type 'Int'",
            "6:42: cannot convert value of type 'Double' to expected argument type 'Int'",
            "7:47: cannot convert value of type 'String' to expected argument type 'Int'",
        ])
    }
}
