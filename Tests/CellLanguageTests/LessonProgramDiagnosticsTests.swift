import CellLanguage
import Diagnostics
import XCTest

/// The mistakes around the valid lesson programs session 21 made run (`Golden/generic_sequence_closures`,
/// `Golden/implicitly_unwrapped_places`…), in swiftc's words and at its positions (each checked against swiftc).
final class LessonProgramDiagnosticsTests: XCTestCase {
    private let count = """
    func count<S: Sequence>(_ s: S, where p: (S.Element) -> Bool) -> Int {
        var n = 0
        for x in s where p(x) { n += 1 }
        return n
    }

    """

    func testAClosureTypedByAnAssociatedTypeReportsItsOwnMistakeOnce() {
        XCTAssertEqual(diagnosticLines(count + "print(count([1, 2], where: { $0.count > 1 }))"),
                       ["6:33: value of type 'Int' has no member 'count'"])
    }

    func testAnArgumentWithoutTheAssociatedTypeMissesTheConstraint() {
        XCTAssertEqual(diagnosticLines(count + "print(count(5) { $0 > 1 })"),
                       ["6:7: global function 'count(_:where:)' requires that 'Int' conform to 'Sequence'"])
        XCTAssertEqual(diagnosticLines("""
        func apply<S: Sequence, T>(_ s: S, _ f: (S.Element) -> T) -> [T] { s.map(f) }
        print(apply(5) { $0 })
        """), ["2:7: global function 'apply' requires that 'Int' conform to 'Sequence'"])
    }

    func testAFunctionWithLabelsIsNamedWithThemInAConstraintMistake() {
        XCTAssertEqual(diagnosticLines("""
        struct P {}
        func f<T: Equatable>(x: T) {}
        f(x: P())
        func g<T: Equatable>(_ a: T, b: Int) {}
        g(P(), b: 1)
        struct B { func m<T: Equatable>(x: T) {} }
        B().m(x: P())
        """), ["3:1: global function 'f(x:)' requires that 'P' conform to 'Equatable'",
               "5:1: global function 'g(_:b:)' requires that 'P' conform to 'Equatable'",
               "7:5: instance method 'm(x:)' requires that 'P' conform to 'Equatable'"])
    }

    func testAnAssociatedTypeATypeParameterDoesNotHaveIsNoMemberType() {
        XCTAssertEqual(diagnosticLines("""
        func f<S>(_ s: S, _ p: (S.Element) -> Bool) -> Int { 0 }
        func g<S: Sequence>(_ s: S) -> S.Item? { return nil }
        """), ["1:27: 'Element' is not a member type of type 'S'", "2:34: 'Item' is not a member type of type 'S'"])
    }

    func testAMissingMemberThroughAnImplicitlyUnwrappedVariableNamesTheWrappedType() {
        XCTAssertEqual(diagnosticLines("""
        final class C { var v = 0 }
        var c: C! = C()
        c.w = 2
        c.v = "a"
        """), ["3:3: value of type 'C' has no member 'w'", "4:7: cannot assign value of type 'String' to type 'Int'"])
    }
}
