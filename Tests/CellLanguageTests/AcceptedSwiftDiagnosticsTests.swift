import XCTest
@testable import CellLanguage

/// The mistakes beside the valid Swift session 28 made run (`Golden/literal_joins.swift`,
/// `Golden/throwing_closure_literals.swift`): closures written `throws`, function types naming their parameters, a
/// tuple of places with a constant in it, a mixed array literal joined with another array — at swiftc's positions.
final class AcceptedSwiftDiagnosticsTests: XCTestCase {
    func testFunctionTypesWithArgumentLabelsAreRefusedAtTheLabel() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`); `_ x` names a parameter without a label.
        XCTAssertEqual(diagnosticLines("""
        let e: (x: Int) -> Int = { $0 + 1 }
        func h(_ f: (a: Int, _ b: Int) throws -> Int) {}
        let k: ((y: Int) -> Int)? = nil
        let d: (_ x: Int) throws -> Int = { $0 + 1 }
        """), [
            "1:9: function types cannot have argument labels; use '_' before 'x'",
            "2:14: function types cannot have argument labels; use '_' before 'a'",
            "3:10: function types cannot have argument labels; use '_' before 'y'",
        ])
    }

    func testClosuresWrittenThrowsAreThrowingClosures() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): not a non-throwing function, and called with `try`,
        // even where the body throws nothing (a library method given one rethrows).
        assertCheckerReports("""
        let f: (Int) -> Int = { (x: Int) throws -> Int in x }
        let ys = [1, 2].map { (x: Int) throws -> Int in x }
        let g = { (x: Int) throws -> Int in x + 1 }
        let n = g(2)
        """, [
            "1:23: invalid conversion from throwing function of type '(Int) throws -> Int' to non-throwing function type '(Int) -> Int'",
            "2:10: call can throw but is not marked with 'try'",
            "4:9: call can throw but is not marked with 'try'",
        ])
    }

    func testAConstantAmongTheTuplesPlacesIsRefusedAfterAnInoutParameter() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): the `inout` parameters are places, the other one a
        // constant, at its name.
        assertCheckerReports("""
        func swapPair(_ a: inout Int, _ b: Int) { (a, b) = (b, a) }
        func order(_ a: inout Int, _ b: inout Int, _ c: Int) { (a, b, c) = (c, a, b) }
        """, [
            "1:47: cannot assign to value: 'b' is a 'let' constant",
            "2:63: cannot assign to value: 'c' is a 'let' constant",
        ])
    }

    func testAMixedArrayLiteralHasNoOtherArithmeticWithAnArray() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): `+` joins it with any array as an `[Any]`; `-`, `*`
        // have no operator for it, at the operator; alone it is to be annotated.
        assertCheckerReports("""
        let q: [Double] = [0.5]
        let joined = ["s", 2] + q
        let r = ["s", 2] - q
        let r2 = ["s", 2] * q
        let r4 = ["s", 2] - ["t", 3]
        let t = ["s", 2, 3]
        """, [
            "3:18: binary operator '-' cannot be applied to operands of type '[Any]' and '[Double]'",
            "4:19: binary operator '*' cannot be applied to operands of type '[Any]' and '[Double]'",
            "5:19: binary operator '-' cannot be applied to two '[Any]' operands",
            "6:9: heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional",
        ])
    }

    func testTypeOfWithAnotherLabelIsAnIncorrectLabelAtTheParenthesis() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`).
        assertCheckerReports("""
        let x = 3
        print(type(ofx: x))
        let t = type(value: x)
        """, [
            "2:11: incorrect argument label in call (have 'ofx:', expected 'of:')",
            "3:13: incorrect argument label in call (have 'value:', expected 'of:')",
        ])
    }

    func testStrideLabelsOneOffAreIncorrectLabelsAndTheMiddleOneMatchesNeither() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`): one label off one of the two functions, at the `(`;
        // the middle one (`to`/`through`) off both, at `stride`.
        assertCheckerReports("""
        for i in stride(from: 0, to: 10, byx: 2) { print(i) }
        for i in stride(fromx: 0, through: 10, by: 2) { print(i) }
        for i in stride(from: 0, tox: 10, by: 2) { print(i) }
        let a = stride(from: 0, upTo: 5, by: 1)
        let b = stride(from: 0, to: 5, step: 1)
        """, [
            "1:16: incorrect argument label in call (have 'from:to:byx:', expected 'from:to:by:')",
            "2:16: incorrect argument label in call (have 'fromx:through:by:', expected 'from:through:by:')",
            "3:10: no exact matches in call to global function 'stride'",
            "4:9: no exact matches in call to global function 'stride'",
            "5:15: incorrect argument label in call (have 'from:to:step:', expected 'from:to:by:')",
        ])
    }
}
