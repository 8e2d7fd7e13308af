import CellLanguage
import Diagnostics
import XCTest

/// Operator declarations and operator functions with `inout` operands: the mistakes swiftc reports, at its
/// positions, and declarations that hold for the notebook's later cells.
final class OperatorDeclarationTests: XCTestCase {
    private let vector = """
    struct V {
        var x = 0
        static func += (l: inout V, r: V) { l.x += r.x }
        static prefix func +++ (v: inout V) -> V { v += v; return v }
    }
    prefix operator +++
    """

    func testMutatingOperatorsOnConstantsAreReportedAsSwiftcDoes() {
        // swiftc 6: `a += V()` and `+++a` on a `let`.
        XCTAssertEqual(diagnosticLines(vector + "\nlet a = V()\na += V()\nlet b = +++a"), [
            "8:3: left side of mutating operator isn't mutable: 'a' is a 'let' constant",
            "9:9: cannot pass immutable value to mutating operator: 'a' is a 'let' constant",
        ])
    }

    func testOperatorsDeclaredInACellServeLaterCells() {
        let interpreter = Interpreter()
        let first = interpreter.execute(CellSource(code: """
        infix operator <~: AdditionPrecedence
        postfix operator ---
        extension Int {
            static func <~ (left: Int, right: Int) -> Int { left * 10 + right }
            static postfix func --- (x: Int) -> Int { x - 1 }
        }
        """, firstLine: 1))
        XCTAssertTrue(first.succeeded, "\(first.diagnostics.map(\.message))")
        let second = interpreter.execute(CellSource(code: "print(1 <~ 2 * 3, 5---)", firstLine: 10))
        XCTAssertEqual(second.diagnostics.map(\.message), [])
        XCTAssertEqual(second.text, "16 4\n")
    }

    func testUndeclaredOperatorsAndNestedDeclarationsAreRefused() {
        XCTAssertEqual(diagnosticLines("print(1 <~ 2)"), ["1:9: operator '<~' is not supported in nbrun cells"])
        XCTAssertEqual(diagnosticLines("func f() {\n    prefix operator +++\n}"),
                       ["2:5: 'operator' is not supported in nbrun cells"])
    }

    /// swiftc 6 refuses an operator function whose operator is neither Swift's nor declared, at its name.
    func testOperatorFunctionsWithoutDeclarationAreRefusedAsSwiftcDoes() {
        XCTAssertEqual(diagnosticLines("""
            infix operator +-: AdditionPrecedence
            prefix operator +++
            struct V {
                var x: Int
                static func +- (a: V, b: V) -> V { V(x: a.x - b.x) }
                static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
                static prefix func - (a: V) -> V { V(x: -a.x) }
                static prefix func +++ (a: V) -> V { V(x: a.x + 3) }
                static func +++ (a: V, b: V) -> V { a }
                static postfix func ^^ (a: V) -> V { a }
                static prefix func <> (a: V) -> V { a }
            }
            """), [
            "9:17: operator implementation without matching operator declaration",
            "10:25: operator implementation without matching operator declaration",
            "11:24: operator implementation without matching operator declaration",
        ])
    }
}
