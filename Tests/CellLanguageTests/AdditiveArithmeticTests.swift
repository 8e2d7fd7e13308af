import CellLanguage
import XCTest

/// A declared type conforming to `AdditiveArithmetic` (golden `additive_arithmetic`): its requirements and the generic
/// requirement are reported as swiftc reports them (messages and positions from `swiftc -typecheck`).
final class AdditiveArithmeticTests: XCTestCase {
    func testATypeWithoutItsRequirementsDoesNotConform() {
        let withoutZero = """
        struct A: AdditiveArithmetic {
            var x = 0
            static func + (a: A, b: A) -> A { A(x: a.x + b.x) }
            static func - (a: A, b: A) -> A { A(x: a.x - b.x) }
        }
        """
        XCTAssertEqual(diagnosticLines(withoutZero), ["1:8: type 'A' does not conform to protocol 'AdditiveArithmetic'"])
        let withoutMinus = """
        struct P { var x = 0 }
        func sum<T: AdditiveArithmetic>(_ xs: [T]) -> T { xs.reduce(.zero, +) }
        print(sum([P()]))
        struct B: AdditiveArithmetic {
            var x = 0
            static var zero: B { B() }
            static func + (a: B, b: B) -> B { a }
        }
        """
        XCTAssertEqual(diagnosticLines(withoutMinus), [
            "3:7: global function 'sum' requires that 'P' conform to 'AdditiveArithmetic'",
            "4:8: type 'B' does not conform to protocol 'AdditiveArithmetic'",
        ])
    }

    func testAConformingTypeIsEquatableAndMeetsTheGenericRequirement() {
        let code = """
        struct M: AdditiveArithmetic {
            var c: Int
            static let zero = M(c: 0)
            static func + (a: M, b: M) -> M { M(c: a.c + b.c) }
            static func - (a: M, b: M) -> M { M(c: a.c - b.c) }
        }
        func total<T: AdditiveArithmetic>(_ xs: [T]) -> T { var s = T.zero; for x in xs { s += x }; return s }
        var m = M(c: 5)
        m -= M(c: 2)
        print(m == M(c: 3), total([m, m]).c, total([M]()) == .zero)
        """
        XCTAssertEqual(diagnosticLines(code), [])
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "true 6 true\n")
    }
}
