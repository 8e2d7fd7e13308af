import XCTest
@testable import CellLanguage

/// Misspelled argument labels (issue 12: the checker decides every mistake), reported by the checker as swiftc reports
/// them. Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5 -typecheck`).
final class ArgumentLabelDiagnosticsTests: XCTestCase {
    func testMisspelledLabelsOfBuiltinFunctionsAndInitializers() {
        // The declaration needing the fewest labels changed is diagnosed (`LibraryFunctions.table`); several tie for
        // one argument of `String` (but `init(_:)` alone takes a Double).
        assertCheckerReports("""
        import Foundation
        let x = 2.0
        let n = 3
        print(1, terminatorx: "")
        print("a", "b", separator: "", terminatorx: "|")
        debugPrint(1, separatorx: "")
        let s1 = String(formatx: "%.2f", x)
        let s2 = String(formatx: "%d and %d", n, n)
        let s3 = String(formatx: "abc")
        let s4 = String(repeatingx: "a", count: n)
        let s5 = String(repeating: "a", countx: n)
        let s6 = String(describingx: [1, 2])
        let s7 = String(describingx: 2.0)
        let s8 = String(n, radixx: 16)
        let i1 = Int("ff", radixx: 16)
        """, [
            "4:6: incorrect argument label in call (have '_:terminatorx:', expected '_:terminator:')",
            "5:6: incorrect argument label in call (have '_:_:separator:terminatorx:', expected '_:_:separator:terminator:')",
            "6:11: incorrect argument label in call (have '_:separatorx:', expected '_:separator:')",
            "7:16: incorrect argument label in call (have 'formatx:_:', expected 'format:_:')",
            "8:16: incorrect argument label in call (have 'formatx:_:_:', expected 'format:_:_:')",
            "9:10: no exact matches in call to initializer",
            "10:16: incorrect argument label in call (have 'repeatingx:count:', expected 'repeating:count:')",
            "11:16: incorrect argument label in call (have 'repeating:countx:', expected 'repeating:count:')",
            "12:10: no exact matches in call to initializer",
            "13:16: extraneous argument label 'describingx:' in call",
            "14:16: incorrect argument label in call (have '_:radixx:', expected '_:radix:')",
            "15:13: incorrect argument label in call (have '_:radixx:', expected '_:radix:')",
        ])
    }

    func testMisspelledLabelsOfArrayRepeatingCount() {
        // `Array` declares `init(repeating:count:)` twice: swiftc finds no exact match, but ranks them when the call
        // is nested in or holds another array initializer's call.
        assertCheckerReports("""
        let n = 3
        let a1 = [Int](repeating: 0, countx: 6)
        let a2: [Double] = Array(repeatingx: 0, count: n)
        var a3: [Double] = []
        a3 = .init(repeating: 0.5, countx: n)
        let a4 = [[Int]](repeatingx: [Int](repeating: 0, count: n), count: n)
        let a5 = Array(repeating: Array(repeatingx: ".", count: 3), count: 2)
        """, [
            "2:10: no exact matches in call to initializer",
            "3:20: no exact matches in call to initializer",
            "5:7: no exact matches in call to initializer",
            "6:17: incorrect argument label in call (have 'repeatingx:count:', expected 'repeating:count:')",
            "7:32: incorrect argument label in call (have 'repeatingx:count:', expected 'repeating:count:')",
        ])
    }

    func testWellLabelledBuiltinCallsAreAccepted() {
        // swiftc accepts all of them.
        assertCheckerReports("""
        import Foundation
        let n = 3
        print(1, 2, separator: ", ", terminator: "\\n")
        debugPrint("a", terminator: "")
        print(String(format: "%d", n), String(repeating: "a", count: n), String(describing: [n]), String(n, radix: 2))
        print(Int("ff", radix: 16) as Any, [Int](repeating: 0, count: n), Array(repeating: 1.5, count: 2), String())
        """, [])
    }

    func testMisspelledLabelsOfDeclaredFunctionsTypesAndCases() {
        // Generic functions and types, memberwise and contextual initializers, enum cases, failable initializers
        // inherited from a superclass: each declaration's labels, misspelled.
        assertCheckerReports("""
        func findIndex<T: Equatable>(of value: T, in items: [T]) -> Int? { items.firstIndex(of: value) }
        func area(width: Double, height: Double) -> Double { width * height }
        struct Point { var x: Double; var y: Double }
        struct Pair<A, B> { var first: A; var second: B }
        enum Shape { case circle(radius: Double), square(side: Double) }
        class Base { init?(name: String) { if name.isEmpty { return nil } } }
        class Item: Base { let count: Int; init?(name: String, count: Int) { self.count = count; super.init(name: name) } }
        print(findIndex(ofx: 2, in: [1, 2]) as Any)
        print(area(width: 1, heightx: 2))
        var p = Point(x: 1, y: 2)
        p = .init(xx: 2, y: 3)
        let q = Pair<Int, String>(first: 1, secondx: "a")
        let s: Shape = .circle(radiusx: 1)
        let t = Shape.square(sidex: 2)
        let i = Item(name: "a", countx: 1)
        """, [
            "8:16: incorrect argument label in call (have 'ofx:in:', expected 'of:in:')",
            "9:11: incorrect argument label in call (have 'width:heightx:', expected 'width:height:')",
            "11:10: incorrect argument label in call (have 'xx:y:', expected 'x:y:')",
            "12:26: incorrect argument label in call (have 'first:secondx:', expected 'first:second:')",
            "13:23: incorrect argument label in call (have 'radiusx:', expected 'radius:')",
            "14:21: incorrect argument label in call (have 'sidex:', expected 'side:')",
            "15:13: incorrect argument label in call (have 'name:countx:', expected 'name:count:')",
        ])
    }

    func testMisspelledLabelsOfStandardLibraryMethods() {
        // A method Swift declares twice with the same labels (`drop(while:)` on Sequence and Collection), or several
        // as close, finds no exact match; a literal rules `firstIndex(where:)` out; an array literal's `joined` has
        // more declarations than a typed array's.
        assertCheckerReports("""
        let xs = [3, 1, 2]
        let text = "a;b"
        print(xs.sorted(byx: >), xs.firstIndex(ofx: 1) as Any)
        print(text.split(whereSeparatorx: { $0 == ";" }))
        print(text.drop(whilex: { $0 == "a" }))
        print(["a", "b"].joined(separatorx: "-"))
        """, [
            "3:16: incorrect argument label in call (have 'byx:', expected 'by:')",
            "3:39: incorrect argument label in call (have 'ofx:', expected 'of:')",
            "4:12: no exact matches in call to instance method 'split'",
            "5:12: no exact matches in call to instance method 'drop'",
            "6:18: no exact matches in call to instance method 'joined'",
        ])
    }

    func testMisspelledLabelsOfExtensionGenericAndCallableMethods() {
        // An array extension's generic method, a String method called on implicit `self` in an extension, the
        // `callAsFunction` a literal selects, a generic method, a protocol extension's generic mutating method.
        // (swiftc reports line 5 last, after the top-level code.)
        assertCheckerReports("""
        extension Array {
            func paired<U>(with other: [U]) -> [(Element, U)] { Array<(Element, U)>(zip(self, other)) }
        }
        extension String {
            var firstWord: String { String(split(separatorx: " ").first ?? "") }
        }
        struct Scale {
            var factor: Double
            func callAsFunction(_ x: Double) -> Double { x * factor }
            func callAsFunction(values xs: [Double]) -> [Double] { xs.map { $0 * factor } }
        }
        struct Box { func has<T: Equatable>(_ a: T, in b: [T]) -> Bool { b.contains(a) } }
        protocol Model { var w: Double { get set } }
        extension Model {
            mutating func fit<T: BinaryFloatingPoint>(_ x: T, rate: Double) { w += Double(x) * rate }
        }
        struct Line: Model { var w = 0.0 }
        let double = Scale(factor: 2)
        print(["a", "b"].paired(withx: [1, 2]))
        print(double(valuesx: [1, 2]))
        print(Box().has(2, inx: [2.5, 2.0]))
        var m = Line()
        m.fit(1.0, ratex: 0.5)
        """, [
            "5:41: incorrect argument label in call (have 'separatorx:', expected 'separator:')",
            "19:24: incorrect argument label in call (have 'withx:', expected 'with:')",
            "20:13: incorrect argument label in call (have 'valuesx:', expected 'values:')",
            "21:16: incorrect argument label in call (have '_:inx:', expected '_:in:')",
            "23:6: incorrect argument label in call (have '_:ratex:', expected '_:rate:')",
        ])
    }
}
