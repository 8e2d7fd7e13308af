import CellLanguage
import Diagnostics
import XCTest

/// Overloads told apart by parameter types (the choices themselves are checked against swiftc by
/// `Golden/overloads_by_type.swift`): swiftc's errors when no overload fits or two fit equally well.
final class OverloadTests: XCTestCase {
    private func errors(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.filter { $0.severity == .error }
            .map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)" }
    }

    /// The program and the errors are swiftc's (`swiftc -typecheck`), except the initializer's message, to which
    /// swiftc appends a space.
    func testNoMatchAndAmbiguityAtSwiftcsPositions() {
        let program = """
        struct S {
            func m(_ x: Int) -> String { "m Int" }
            func m(_ x: String) -> String { "m String" }
            static func s(_ x: Double) -> String { "s Double" }
            static func s(_ x: Bool) -> String { "s Bool" }
            init(_ x: Int) {}
            init(_ x: String) {}
        }
        let s = S(1)
        _ = s.m(true)
        _ = S.s("x")
        _ = S(2.5)
        func q(_ x: Int?) {}
        func q(_ x: String?) {}
        q(nil)
        func z(_ x: Int) {}
        func z(_ x: String) {}
        z(true)
        """
        XCTAssertEqual(errors(program), [
            "10:7: no exact matches in call to instance method 'm'",
            "11:7: no exact matches in call to static method 's'",
            "12:5: no exact matches in call to initializer",
            "15:1: ambiguous use of 'q'",
            "18:1: no exact matches in call to global function 'z'",
        ])
    }

    /// A trailing closure for a parameter that takes no function: swiftc's error at the closure (it once compiled to
    /// nothing and printed `()`).
    func testTrailingClosureForANonFunctionParameter() {
        XCTAssertEqual(errors("func c(_ x: Int) -> Int { x }\nprint(c { 6 })"),
                       ["2:9: trailing closure passed to parameter of type 'Int' that does not accept a closure"])
        XCTAssertEqual(errors("struct W { func c(_ x: Int) -> Int { x } }\nprint(W().c { 6 })"),
                       ["2:13: trailing closure passed to parameter of type 'Int' that does not accept a closure"])
    }

    /// Two declarations with the same labels and parameter types stay a redeclaration; generic overloads with the
    /// same labels in one cell are refused (never one silently replacing the other).
    func testRedeclarationsAndGenericOverloads() {
        XCTAssertEqual(errors("func f(_ x: Int) {}\nfunc f(_ x: Int) {}"), ["2:6: invalid redeclaration of 'f'"])
        XCTAssertEqual(errors("func f(callback: () -> Int) {}\nfunc f(callback: () throws -> Int) {}"), [])
        XCTAssertEqual(errors("func f() -> Int { 1 }\nfunc f() -> String { \"a\" }"),
                       ["2:6: 'overloads told apart by their return type only' is not supported in nbrun cells"])
        XCTAssertEqual(errors("func g<T: Equatable>(_ x: T) -> String { \"e\" }\nfunc g<T>(_ x: T) -> String { \"a\" }"),
                       ["2:6: 'generic overloads with the same argument labels' is not supported in nbrun cells"])
    }

    /// A cell's global function overloads the library's of the same name (the choices themselves are checked against
    /// swiftc by `Golden/library_function_overloads.swift`). The program and the errors are swiftc's
    /// (`swiftc -typecheck`): a call neither takes is refused as swiftc refuses it, at its position.
    func testCallsNeitherTheCellsNorTheLibrarysFunctionTakes() {
        let program = """
        import Foundation
        func exp(_ v: [Double]) -> [Double] { v }
        func tanh(_ x: Double) -> Double { x }
        func sqrt(_ x: Double) -> Double { x }
        func hypot(_ v: [Double], _ w: [Double]) -> Double { 0 }
        func abs(_ v: [Int]) -> [Int] { v }
        func max(_ a: Int, _ b: Int, _ c: Int) -> Int { a }
        func pow(_ v: [Double]) -> [Double] { v }
        _ = exp("a")
        _ = exp([1], 2)
        _ = exp(x: 1.0)
        _ = tanh(1)
        _ = sqrt(1)
        _ = hypot(true, 2)
        _ = abs("s")
        _ = max(1, "a")
        _ = max(1)
        let t: String = exp(1.0)
        let u: Int = max(1, 2)
        _ = pow("a")
        """
        XCTAssertEqual(errors(program), [
            "9:5: no exact matches in call to global function 'exp'",
            "10:14: extra argument in call",
            "11:8: extraneous argument label 'x:' in call",
            "12:5: ambiguous use of 'tanh'",
            "14:5: no exact matches in call to global function 'hypot'",
            "15:5: no exact matches in call to global function 'abs'",
            "16:5: conflicting arguments to generic parameter 'T' ('Int' vs. 'String')",
            "17:10: missing argument for parameter #2 in call",
            "18:17: cannot convert value of type 'Double' to specified type 'String'",
            "20:9: cannot convert value of type 'String' to expected argument type '[Double]'",
        ])
    }
}
