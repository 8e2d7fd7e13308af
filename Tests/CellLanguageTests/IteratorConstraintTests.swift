import CellLanguage
import Diagnostics
import XCTest

/// `associatedtype Iterator: IteratorProtocol where Iterator.Element == Item` is declared (the Swift book's
/// Container); what would need a type conforming to `IteratorProtocol` is refused, never run. And a generic call
/// whose argument has an error reports it (swiftc 6, `-emit-sil`, for the positions).
final class IteratorConstraintTests: XCTestCase {
    let container = """
    protocol Container {
       associatedtype Item
       mutating func append(_ item: Item)
       var count: Int { get }
       subscript(i: Int) -> Item { get }
       associatedtype Iterator: IteratorProtocol where Iterator.Element == Item
       func makeIterator() -> Iterator
    }
    """

    func testAProtocolMayRequireAnIterator() {
        XCTAssertEqual(diagnosticLines(container + "\nprint(1)"), [])
    }

    func testAConformingTypeNeedingAnIteratorIsRefused() {
        let source = container + """

        struct Counter: IteratorProtocol { var n = 0; mutating func next() -> Int? { n += 1; return n }  }
        struct Box: Container {
          var items: [Int] = []
          mutating func append(_ item: Int) { items.append(item) }
          var count: Int { items.count }
          subscript(i: Int) -> Int { items[i] }
          func makeIterator() -> Counter { Counter() }
        }
        """
        XCTAssertFalse(diagnosticLines(source).isEmpty)
    }

    func testGenericFunctionsOverIteratorsAreRefused() {
        XCTAssertFalse(diagnosticLines("func f<T: IteratorProtocol>(_ t: T) { print(1) }\nf([1].makeIterator())").isEmpty)
        XCTAssertFalse(diagnosticLines(container + "\nfunc g<C: Container>(_ c: C) { var it = c.makeIterator(); _ = it.next() }")
            .isEmpty)
    }

    func testErrorsInArgumentsOfGenericCallsAreReported() {
        let source = """
        func f<T: Equatable>(_ t: T) { print("f") }
        f(1)
        f(zzz)
        func g<T, U>(_ t: T, _ u: U) {}
        g(1, [1].nope(2))
        """
        XCTAssertEqual(diagnosticLines(source), [
            "3:3: cannot find 'zzz' in scope",
            "5:10: value of type '[Int]' has no member 'nope'",
        ])
    }
}
