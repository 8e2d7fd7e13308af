@testable import CellLanguage
import Diagnostics
import XCTest

/// The checker's diagnostics for changes of constants (`TypeChecker+ConstantDiagnostics`) and for statements
/// (`TypeChecker+StatementDiagnostics`): each mistake is reported by the checker, before generation, with swiftc's
/// message at swiftc's position (swiftc 6's errors for this program), and the generator does not report it again.
final class ConstantAndStatementDiagnosticsTests: XCTestCase {
    private static let program = """
    struct P { var x: Int }
    func work() -> Int {
        let a = [1, 2]; a[0] = 1; a[1] += 2
        let b = 3; b = 4; b += 1
        let c = P(x: 1); c.x = 5; c.x += 1
        let e = [P(x: 1)]; e[0].x = 3
        let f = ["a": 1]; f["a"] = 2
        let h = [1]; h.append(2)
        let i = 1; var j = 2; swap(&i, &j)
        let o = [[1]]; o[0][0] = 2
        for q in 5 { print(q) }
        for (m, n) in [1, 2] { print(m, n) }
        for (k, l) in [(1, 2, 3)] { print(k, l) }
        return
    }
    func none() { return 1 }
    func fails() throws { throw 1 }
    """

    private static let swiftc = [
        "3:22: cannot assign through subscript: 'a' is a 'let' constant",
        "3:36: left side of mutating operator isn't mutable: 'a' is a 'let' constant",
        "4:16: cannot assign to value: 'b' is a 'let' constant",
        "4:25: left side of mutating operator isn't mutable: 'b' is a 'let' constant",
        "5:24: cannot assign to property: 'c' is a 'let' constant",
        "5:35: left side of mutating operator isn't mutable: 'c' is a 'let' constant",
        "6:29: cannot assign to property: 'e' is a 'let' constant",
        "7:24: cannot assign through subscript: 'f' is a 'let' constant",
        "8:20: cannot use mutating member on immutable value: 'h' is a 'let' constant",
        "9:32: cannot pass immutable value as inout argument: 'i' is a 'let' constant",
        "10:24: cannot assign through subscript: 'o' is a 'let' constant",
        "11:14: for-in loop requires 'Int' to conform to 'Sequence'",
        "12:19: tuple pattern cannot match values of non-tuple type 'Int'",
        "13:19: pattern cannot match values of type '(Int, Int, Int)'",
        "14:5: non-void function should return a value",
        "16:22: unexpected non-void return value in void function",
        "17:29: thrown expression type 'Int' does not conform to 'Error'",
    ]

    func testTheCheckerReportsEachMistakeAndTheGeneratorNoneAgain() {
        XCTAssertEqual(diagnosticLines(Self.program), Self.swiftc)
        let interpreter = Interpreter()
        _ = interpreter.compile(CellSource(code: Self.program, firstLine: 1))
        XCTAssertEqual(interpreter.compileCounts.checkerDiagnostics, Self.swiftc.count, "the checker reports every mistake")
    }

    /// Assignments to what is no place (`TypeChecker+PlaceDiagnostics`), swiftc 6's errors for this program.
    func testTheCheckerReportsChangesOfWhatIsNoPlace() {
        let program = """
        struct Point { var x: Int }
        func cr1() -> [Int] { [1] }
        func cr2() -> Point { Point(x: 1) }
        func work() {
            cr1()[0] = 1; cr2().x += 1; cr1().append(1)
            Point(x: 1).x = 2; abs(1) = 2; (1 + 2) = 3
            1 = 2; [1] = [2]; work = work
            var a: Point? = nil; var b = 0; (a?.x, b) = (1, 2)
            var c: Point? = nil; swap(&a?.x, &c?.x)
            let d = 1; (d, b) = (1, 2)
        }
        """
        let swiftc = [
            "5:10: cannot assign through subscript: 'cr1' returns immutable value",
            "5:27: left side of mutating operator isn't mutable: 'cr2' returns immutable value",
            "5:39: cannot use mutating member on immutable value: 'cr1' returns immutable value",
            "6:17: cannot assign to property: function call returns immutable value",
            "6:24: expression is not assignable: 'abs' returns immutable value",
            "6:39: cannot assign to value: binary operator returns immutable value",
            "7:5: cannot assign to value: literals are not mutable",
            "7:12: cannot assign to immutable expression of type '[Int]'",
            "7:23: cannot assign to value: 'work' is a function",
            "8:41: cannot assign to immutable expression of type 'Int?'",
            "9:31: cannot pass immutable value of type 'Int?' as inout argument",
            "9:38: cannot pass immutable value of type 'Int?' as inout argument",
            "10:17: cannot assign to value: 'd' is a 'let' constant",
        ]
        XCTAssertEqual(diagnosticLines(program), swiftc)
        let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.agreement.checked, swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(compared.agreement.internalErrors, [])
    }

    /// Changes of what has a getter alone (`TypeChecker+GetOnlyDiagnostics`), `swap` without `&`, a destructuring
    /// with another number of elements, and calls of throwing functions (`TypeChecker+ThrowDiagnostics`), swiftc 6's
    /// errors for this program.
    func testTheCheckerReportsGetOnlyChangesAndUnhandledThrows() {
        let program = """
        struct Box { var v = 0; var twice: Int { v * 2 }; var list: [Int] { [v] }; subscript(i: Int) -> Int { v } }
        func fails() throws {}
        func work() {
            var p: Int { 1 }
            p = 2
            var r = Box(); r.twice += 1; r[0] = 1; r.list.append(4)
            var xs = [1]; xs.count = 2; xs.first! = 2; xs.first! += 1
            var d = [1]; var e = [2]; swap(&d, e)
            let (a, b) = (1, "x", 3)
            print(p, r, xs, d, e, a, b)
        }
        func unhandled() {
            fails()
        }
        func untried() {
            try fails()
        }
        func passes() throws {
            fails()
        }
        """
        let swiftc = [
            "5:5: cannot assign to value: 'p' is a get-only property",
            "6:28: left side of mutating operator isn't mutable: 'twice' is a get-only property",
            "6:35: cannot assign through subscript: subscript is get-only",
            "6:51: cannot use mutating member on immutable value: 'list' is a get-only property",
            "7:22: cannot assign to property: 'count' is a get-only property",
            "7:41: cannot assign through '!': 'first' is a get-only property",
            "7:58: left side of mutating operator isn't mutable: 'first' is a get-only property",
            "8:40: passing value of type '[Int]' to an inout parameter requires explicit '&'",
            "9:18: '(Int, String, Int)' is not convertible to '(Int, String)', tuples have a different number of elements",
            "13:5: call can throw, but it is not marked with 'try' and the error is not handled",
            "16:5: errors thrown from here are not handled",
            "19:5: call can throw but is not marked with 'try'",
        ]
        XCTAssertEqual(diagnosticLines(program), swiftc)
        let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.agreement.checked, swiftc.count, "the checker reports every mistake")
        XCTAssertEqual(compared.agreement.internalErrors, [])
    }

    /// An enum case pattern with another number of values than the case's payload, at the payload's `(` (swiftc 6).
    func testTheCheckerReportsACasePatternOfTheWrongLength() {
        let program = """
        enum Pair { case two(Int, Int) }
        func work(_ p: Pair) {
            switch p { case .two(let a, let b, let c): print(a, b, c) }
        }
        """
        XCTAssertEqual(diagnosticLines(program), ["3:25: tuple pattern has the wrong length for tuple type '(Int, Int)'"])
        let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.agreement.checked, 1)
        XCTAssertEqual(compared.agreement.internalErrors, [])
    }

    /// A `switch` over a number without `default`, and a throwing call in a `defer` body (swiftc 6's errors; the
    /// `try?` handles its call).
    func testTheCheckerReportsAnIncompleteSwitchAndAThrowFromADefer() {
        let program = """
        func fails() throws {}
        func work(_ n: Int) {
            switch n { case 1: print(1) }
            defer { try? fails() }
        }
        func later() throws {
            defer { try fails() }
        }
        """
        let swiftc = ["3:5: switch must be exhaustive", "7:17: call can throw, but errors cannot be thrown out of a defer body"]
        XCTAssertEqual(diagnosticLines(program), swiftc)
        let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.agreement.checked, swiftc.count)
        XCTAssertEqual(compared.agreement.internalErrors, [])
    }

    /// Places the checker leaves to the generator: a constant set up later, a class instance's property, a `var`.
    func testTheCheckerStaysSilentWhereTheChangeIsAllowed() {
        let program = """
        class C { var y = 0 }
        func work() {
            let n: Int
            n = 3
            let g = C(); g.y = 2
            var v = [1]; v[0] = 2; v.append(3)
            print(n, g.y, v)
        }
        """
        let compared = Interpreter().compileComparingDiagnostics(CellSource(code: program, firstLine: 1))
        XCTAssertEqual(compared.agreement.checked, 0)
        XCTAssertEqual(compared.cell.diagnostics.filter { $0.severity == .error }.count, 0)
    }
}
