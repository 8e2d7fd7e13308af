import CellLanguage
import Diagnostics
import XCTest

/// Protocols with associated types and `where` clauses on them: the mistakes swiftc reports, at swiftc's positions
/// and in its words, and the forms nbrun refuses at theirs.
final class AssociatedTypeDiagnosticsTests: XCTestCase {
    private let container = """
    protocol Container {
        associatedtype Item
        mutating func append(_ item: Item)
        var count: Int { get }
        subscript(i: Int) -> Item { get }
    }
    struct IntStack: Container {
        var items: [Int] = []
        typealias Item = Int
        mutating func append(_ item: Int) { items.append(item) }
        var count: Int { items.count }
        subscript(i: Int) -> Int { items[i] }
    }
    struct Stack<Element>: Container {
        var items: [Element] = []
        mutating func append(_ item: Element) { items.append(item) }
        var count: Int { items.count }
        subscript(i: Int) -> Element { items[i] }
    }

    """

    /// The diagnostics of `code` placed after the `Container` declarations, with lines counted from `code`'s start.
    private func describe(_ code: String) -> [String] {
        let offset = container.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        return diagnosticLines(container + code).map { line in
            guard let colon = line.firstIndex(of: ":"), let number = Int(line[..<colon]) else { return line }
            return "\(number - offset)" + line[colon...]
        }
    }

    func testTheDeclarationsAlone() {
        XCTAssertEqual(describe(""), [])
    }

    func testATypeWhoseAssociatedTypeCannotBeInferredDoesNotConform() {
        XCTAssertEqual(describe("struct S: Container { var count: Int { 3 } }"),
                       ["1:8: type 'S' does not conform to protocol 'Container'"])
    }

    func testAnAssociatedTypeMustMeetItsConstraint() {
        XCTAssertEqual(describe("""
        protocol Scored { associatedtype Score: Comparable; var score: Score { get } }
        struct Flag: Scored { var score: Bool }
        """), ["2:8: type 'Flag' does not conform to protocol 'Scored'"])
    }

    func testSameTypeRequirementsAreCheckedAtTheCall() {
        XCTAssertEqual(describe("""
        func same<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool where C1.Item == C2.Item { true }
        print(same(Stack<String>(), IntStack()))
        """), ["2:7: global function 'same' requires the types 'String' and 'Int' be equivalent"])
    }

    func testConformanceRequirementsOnAssociatedTypesAreCheckedAtTheCall() {
        XCTAssertEqual(describe("""
        struct Token {}
        func check<C: Container>(_ c: C) where C.Item: Equatable {}
        check(Stack<Token>())
        """), ["3:1: global function 'check' requires that 'Token' conform to 'Equatable'"])
    }

    func testTwoContainersItemsAreDifferentTypesWithoutAWhereClause() {
        XCTAssertEqual(describe("""
        func f<C1: Container, C2: Container>(_ x: C1, _ y: C2) -> Bool { x[0] == y[0] }
        """), ["1:71: binary operator '==' cannot be applied to operands of type 'C1.Item' and 'C2.Item'"])
    }

    func testAClassConstraintIsCheckedAtTheCall() {
        XCTAssertEqual(describe("""
        class K {}
        func h<X: K>(_ x: X) {}
        h(3)
        """), ["3:1: global function 'h' requires that 'Int' inherit from 'K'"])
    }

    func testAProtocolWithAssociatedTypesIsRefusedAsAType() {
        XCTAssertEqual(describe("let c: Container = IntStack()"), [
            "1:8: protocol 'Container' with associated types as a type (use it as a generic constraint) is not supported in nbrun cells",
        ])
    }

    func testConformanceRequirementsInAnAssociatedTypesWhereClauseAreRefused() {
        XCTAssertEqual(describe("""
        protocol Sized {
            associatedtype Size: Container where Size.Item: Equatable
        }
        """), ["2:42: 'this generic requirement' is not supported in nbrun cells"])
    }
}

/// Constrained extensions, extensions of protocols with associated types and `extension Array: P {}`.
final class ConstrainedExtensionDiagnosticsTests: XCTestCase {
    func testAnArrayConformanceNeedsRequirementsArraysMeet() {
        XCTAssertEqual(diagnosticLines("""
        protocol Named { var name: String { get } }
        extension Array: Named {}
        """), ["2:1: type 'Array<Element>' does not conform to protocol 'Named'"])
    }

    func testAProtocolWhereClauseConstrainsConformingTypes() {
        XCTAssertEqual(diagnosticLines("""
        protocol Box { associatedtype Item; var item: Item { get } }
        protocol SortedBox: Box where Item: Comparable {}
        struct Flag: SortedBox { var item: Bool }
        struct Word: SortedBox { var item: String }
        """), ["3:8: type 'Flag' does not conform to protocol 'SortedBox'"])
    }

    func testAConstrainedExtensionIsAbsentWhereItsClauseFails() {
        XCTAssertEqual(diagnosticLines("""
        struct Stack<Element> { var items: [Element] = [] }
        extension Stack where Element: Equatable {
            func isTop(_ item: Element) -> Bool { items.last == item }
        }
        struct Token {}
        print(Stack<Int>(items: [1]).isTop(1))
        print(Stack<Token>(items: []).isTop(Token()))
        """), ["7:31: value of type 'Stack<Token>' has no member 'isTop'"])
    }

    func testAConstrainedExtensionIsCheckedWithItsConstraintsOnly() {
        XCTAssertEqual(diagnosticLines("""
        struct Stack<Element> { var items: [Element] = [] }
        extension Stack where Element: Equatable {
            func isTop(_ item: Element) -> Bool { items.last == item }
            func isLess(_ a: Element, _ b: Element) -> Bool { a < b }
        }
        """), ["4:57: binary operator '<' cannot be applied to two 'Element' operands"])
    }

    func testWhereClausesNbrunCannotConstrainAreRefused() {
        XCTAssertEqual(diagnosticLines("""
        extension Int where Self == Int { func f() {} }
        struct P { func f() -> Int where Self == P { 1 } }
        """), [
            "1:21: 'generic where clause' is not supported in nbrun cells",
            "2:34: 'generic where clause' is not supported in nbrun cells",
        ])
    }

    func testAProtocolExtensionWithAssociatedTypesIsCheckedOnce() {
        XCTAssertEqual(diagnosticLines("""
        protocol Box { associatedtype Item; var item: Item { get } }
        extension Box {
            func doubled() -> Item { item + item }
        }
        """), ["3:35: binary operator '+' cannot be applied to two 'Self.Item' operands"])
    }
}

/// A generic type's type arguments inferred from its initializer's arguments.
final class GenericTypeInferenceDiagnosticsTests: XCTestCase {
    func testAnInferredTypeArgumentMustMeetItsConstraint() {
        XCTAssertEqual(diagnosticLines("""
        struct Token {}
        struct Holder<T: Equatable> { var value: T }
        let ok = Holder(value: 1)
        let bad = Holder(value: Token())
        """), ["4:11: generic struct 'Holder' requires that 'Token' conform to 'Equatable'"])
    }

    func testTypeArgumentsTheArgumentsDoNotDetermineAreRefused() {
        XCTAssertEqual(diagnosticLines("""
        struct Box<T> { var value: T? }
        let b = Box(value: nil)
        """), ["2:9: 'a generic type without type arguments' is not supported in nbrun cells"])
    }
}

/// Opaque result types.
final class OpaqueTypeDiagnosticsTests: XCTestCase {
    func testReturnsOfDifferentTypesAreRefused() {
        XCTAssertEqual(diagnosticLines("""
        protocol Shape { func draw() -> String }
        struct A: Shape { func draw() -> String { "a" } }
        struct B: Shape { func draw() -> String { "b" } }
        func pick(_ x: Bool) -> some Shape {
            if x { return A() }
            return B()
        }
        """), [
            "4:6: function declares an opaque return type 'some Shape', but the return statements in its body do not "
                + "have matching underlying types",
        ])
    }

    func testOpaqueResultsOfProtocolsWithAssociatedTypesNeedAConformingUnderlyingType() {
        // Expected lines: swiftc 6.3.1 (a body that only traps gives `Never`: `TypeChecker.underlyingResultBody`).
        XCTAssertEqual(diagnosticLines("""
        protocol Box { associatedtype Item }
        func make() -> some Box { fatalError() }
        func other() -> some Box { return 1 }
        """), [
            "2:27: return type of global function 'make()' requires that 'Never' conform to 'Box'",
            "3:35: return type of global function 'other()' requires that 'Int' conform to 'Box'",
        ])
    }
}
