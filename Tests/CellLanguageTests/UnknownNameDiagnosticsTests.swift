@testable import CellLanguage
import XCTest

/// Unknown names the generator found alone before session 29 (`Compiler.unknownName` reported `cannot find 'x' in
/// scope`; it now only says it cannot build them): each is the checker's, at swiftc's position with swiftc's message
/// (swiftc 6's errors for these programs).
final class UnknownNameDiagnosticsTests: XCTestCase {
    /// In an `extension Array` body, a name neither Array nor any declaration has: in a method, a computed property and
    /// a subscript.
    func testUnknownNamesInAnArrayExtension() {
        assertCheckerReports("""
        extension Array {
            func firstTwo() -> [Element] { Array(prefx(2)) }
            var secondOrNil: Element? { coutn > 1 ? self[1] : nil }
            subscript(safe i: Int) -> Element? { i < coutn ? self[i] : nil }
        }
        print([1, 2, 3].firstTwo())
        """, [
            "2:42: cannot find 'prefx' in scope",
            "3:33: cannot find 'coutn' in scope",
            "4:46: cannot find 'coutn' in scope",
        ])
    }

    /// In an `extension Collection` body.
    func testUnknownNamesInACollectionExtension() {
        assertCheckerReports("""
        extension Collection {
            var second: Element? { dropFrst().first }
            func twice() -> Int { cout * 2 }
        }
        print([1, 2].second as Any, "ab".twice())
        """, [
            "2:28: cannot find 'dropFrst' in scope",
            "3:27: cannot find 'cout' in scope",
        ])
    }

    /// In an `extension Int` mutating method and computed property.
    func testUnknownNamesInAnIntExtension() {
        assertCheckerReports("""
        extension Int {
            mutating func bump() { self += stepp }
            var doubled: Int { slef * 2 }
        }
        var n = 1
        n.bump()
        """, [
            "2:36: cannot find 'stepp' in scope",
            "3:24: cannot find 'slef' in scope",
        ])
    }

    /// In the body of one of two nested functions of the same name (overloads).
    func testUnknownNamesInANestedOverload() {
        assertCheckerReports("""
        func outer() {
            func f(_ x: Int) -> Int { x + 1 }
            func f(_ x: String) -> String { x + valu }
            print(f(1), f("a"))
        }
        outer()
        """, [
            "3:41: cannot find 'valu' in scope",
        ])
    }

    /// A default argument value that names nothing: of a function, a method and an initializer.
    func testUnknownNamesAsDefaultArgumentValues() {
        assertCheckerReports("""
        func g(_ x: Int? = nilq) { print(x as Any) }
        struct S {
            func h(y: String? = nilq) {}
            init(z: Int? = nilq) {}
        }
        g()
        """, [
            "1:20: cannot find 'nilq' in scope",
            "3:25: cannot find 'nilq' in scope",
            "4:20: cannot find 'nilq' in scope",
        ])
    }

    /// A misspelt static property assigned to.
    func testAMisspeltStaticPropertyAssigned() {
        assertCheckerReports("""
        struct LevelTracker {
            static var highest = 1
        }
        LevelTracker.highestx = 5
        print(LevelTracker.highest)
        """, [
            "4:14: type 'LevelTracker' has no member 'highestx'",
        ])
    }

    /// A parameter renamed in an `extension Sequence` method: its old name is unknown in the body, though a local of
    /// another function has it (golden `collection_extensions` 15:24 with `p` renamed `px`).
    func testARenamedParameterInASequenceExtension() {
        let program = """
        extension Sequence {
            func counted(where px: (Element) -> Bool) -> Int { reduce(0) { p($1) ? $0 + 1 : $0 } }
        }
        func check(_ xs: [Int]) {
            var previous: Int? = nil
            for x in xs {
                if let p = previous, x < p { print(p) }
                previous = x
            }
        }
        print([1, 2].counted { $0 > 1 })
        """
        assertCheckerReports(program, ["2:68: cannot find 'p' in scope"])
        XCTAssertEqual(Interpreter().compile(CellSource(code: program, firstLine: 1)).diagnostics.map(\.notes), [["did you mean 'px'?"]])
    }

    /// A static property read through a type parameter whose protocol has no such requirement (golden
    /// `static_properties_declaration_order` 18:16 with the requirement renamed `namex`).
    func testAMissingStaticMemberOfATypeParameter() {
        assertCheckerReports("""
        protocol Activation {
            static var namex: String { get }
        }
        struct Neuron<A: Activation> {
            var weight: Double
            func describe() -> String { "neuron(\\(A.name), w=\\(weight))" }
        }
        struct ReLU: Activation {
            static let namex = "relu"
        }
        print(Neuron<ReLU>(weight: 1).describe())
        """, [
            "6:45: type 'A' has no member 'name'",
        ])
    }

    /// Valid Swift: names the library gives inside extensions of its types (`Element.zero`, `isEmpty`, `index`,
    /// `startIndex`, `isMultiple`) are no unknown names.
    func testLibraryMembersInExtensionsAreNoUnknownNames() {
        let program = """
        extension Array where Element: Numeric {
            var total: Element { reduce(Element.zero, +) }
        }
        extension Collection {
            var middle: Element? { isEmpty ? nil : self[index(startIndex, offsetBy: count / 2)] }
        }
        extension Int {
            var isEvenNumber: Bool { isMultiple(of: 2) }
            func times(_ f: () -> Void) { for _ in 0..<self { f() } }
        }
        print([1, 2, 3].total, [4, 5, 6].middle ?? 0, 4.isEvenNumber)
        3.times { print("hi") }
        """
        XCTAssertEqual(diagnosticLines(program), [])
    }

    /// A name some other library type has as a member, used in an extension of a library type or protocol that has
    /// no such member (it was an internal error: the names rule gave up on every library member name). One extension
    /// per program: beside an `extension Array` the rule still gives up on the array's member names (`first`).
    func testOtherLibraryTypesMembersInAnExtensionAreUnknownNames() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("extension Int {\n    func f() -> Int { first }\n}", ["2:23: cannot find 'first' in scope"])
        assertCheckerReports("extension String {\n    func g() -> Int { magnitude }\n}", ["2:23: cannot find 'magnitude' in scope"])
        assertCheckerReports("extension Array where Element == Int {\n    func h() -> Int { uppercased().count }\n}",
                             ["2:23: cannot find 'uppercased' in scope"])
        assertCheckerReports("extension Double {\n    func k() -> Double { squareRoot() + sorted() }\n}",
                             ["2:41: cannot find 'sorted' in scope"])
        assertCheckerReports("extension Collection {\n    func m() -> Int { count + uppercased().count }\n}",
                             ["2:31: cannot find 'uppercased' in scope"])
    }
}
