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
}
