@testable import CellLanguage
import XCTest

/// The checker's diagnostics of `TypeChecker+PlaceholderDiagnostics`: mistakes in generic functions' bodies, worded
/// against their type parameters, reported by the type checker before generation (the generator meets each as already
/// reported), with swiftc's message at swiftc's position (swiftc 6's errors for these programs).
final class PlaceholderDiagnosticsTests: XCTestCase {
    /// Operators, members and conversions a type parameter's library constraints do not give.
    func testTheCheckerReportsWhatATypeParametersConstraintsDoNotGive() {
        let program = """
        func n1<T: Numeric>(_ a: T) -> T { a / 2 }
        func n2<T: Numeric>(_ a: T, _ b: T) -> Bool { a < b }
        func n3<T: AdditiveArithmetic>(_ a: T) -> T { a * a }
        func n4<T: Numeric>(_ a: T) -> T { -a }
        func n5<T: AdditiveArithmetic>(_ a: T) -> T { a + 1 }
        func n6<T: AdditiveArithmetic>(_ a: T) -> T { 1 + a }
        func n7<T: Numeric>(_ a: T) -> Bool { a <= 2 }
        func n8<T: AdditiveArithmetic>(_ a: T) -> T { var t = a; t *= a; return t }
        func n9<T: Equatable>(_ a: T) -> T { .zero }
        func n10<T: Numeric>(_ a: T) -> T { let x: T = 1.5; return x }
        func n11<T: BinaryInteger>(_ a: T) -> T { -a }
        func n12<T: Numeric>(_ a: T) -> Int { a }
        func n13<T>(_ a: T) -> Bool { a != a }
        func n14<T: Equatable>(_ a: T, _ b: T) -> T { a + b }
        func n15<T: AdditiveArithmetic>(_ a: T) -> Bool { a == 2 }
        func n16<T: Numeric>(_ a: T) -> T { a % a }
        func n17<T: Numeric>(_ a: T) -> T { let d: Double = a; return a }
        func n18<T: Equatable>(_ a: T) -> T { .one }
        func n19<T: AdditiveArithmetic>(_ a: T) -> T { a * 2 }
        """
        assertCheckerReports(program, [
            "1:38: binary operator '/' cannot be applied to operands of type 'T' and 'Int'",
            "2:49: binary operator '<' cannot be applied to two 'T' operands",
            "3:49: binary operator '*' cannot be applied to two 'T' operands",
            "4:36: unary operator '-' cannot be applied to an operand of type 'T'",
            "5:51: cannot convert value of type 'Int' to expected argument type 'T'",
            "6:47: cannot convert value of type 'Int' to expected argument type 'T'",
            "7:41: binary operator '<=' cannot be applied to operands of type 'T' and 'Int'",
            "8:60: binary operator '*=' cannot be applied to two 'T' operands",
            "9:39: type 'T' has no member 'zero'",
            "10:48: cannot convert value of type 'Double' to specified type 'T'",
            "11:43: unary operator '-' cannot be applied to an operand of type 'T'",
            "12:39: cannot convert return expression of type 'T' to return type 'Int'",
            "13:33: binary operator '!=' cannot be applied to two 'T' operands",
            "14:49: binary operator '+' cannot be applied to two 'T' operands",
            "15:53: binary operator '==' cannot be applied to operands of type 'T' and 'Int'",
            "16:39: binary operator '%' cannot be applied to two 'T' operands",
            "17:53: cannot convert value of type 'T' to specified type 'Double'",
            "18:40: type 'T' has no member 'one'",
            "19:50: binary operator '*' cannot be applied to operands of type 'T' and 'Int'",
        ])
    }

    /// Valid generic bodies checked with placeholders: the checker reports nothing, and each runs as swiftc runs it.
    func testValidGenericBodiesAreNoMistakes() {
        let program = """
        func a1<T: Numeric>(_ a: T, _ b: T) -> T { a * b + a - b }
        func a2<T: BinaryInteger>(_ a: T) -> Bool { a % 2 == 0 && a > 1 }
        func a3<T: Comparable>(_ a: T, _ b: T) -> T { a < b ? a : b }
        func a5<T: SignedNumeric & Comparable>(_ a: T) -> T { a < 0 ? -a : a }
        func a6<T: AdditiveArithmetic>(_ xs: [T]) -> T { var s = T.zero; for x in xs { s += x }; return s }
        func a7<T: Numeric>(_ a: T) -> T { var t = a; t *= 2; t += 1; return t * 3 }
        func b1<T: Numeric>(_ a: T) -> T { .zero + a }
        func b2<T: BinaryInteger>(_ a: T) -> T { a / 2 - 1 }
        func b3<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b || a != b }
        func b5<T: Numeric>(_ a: T) -> T? { a }
        print(a1(2, 3), a2(4), a3("a", "b"), a5(-2), a6([1.5, 2]), a7(2), b1(2), b2(9), b3(1, 2), b5(1) as Any)
        """
        let interpreter = Interpreter()
        let run = interpreter.execute(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(run.diagnostics.map(\.message), [])
        XCTAssertEqual(run.text, "5 true a 2 3.5 15 2 3 true Optional(1)\n")
        XCTAssertEqual(Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1)).agreement.checked, 0)
    }
}
