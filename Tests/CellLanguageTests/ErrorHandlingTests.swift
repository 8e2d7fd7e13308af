import CellLanguage
import Diagnostics
import XCTest

/// Error handling beyond the golden programs (`Golden/errors_*.swift`): swiftc's compile errors for unmarked and
/// unhandled throwing calls at swiftc's positions, errors escaping a cell or a `try!` as run-time errors, and the
/// constructs that stay refused.
final class ErrorHandlingTests: XCTestCase {
    private func errors(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.filter { $0.severity == .error }
            .map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-"): \($0.message)" }
    }

    /// The program and the errors are swiftc's (`swiftc -typecheck`), sorted by position.
    func testUnmarkedAndUnhandledErrorsAtSwiftcsPositions() {
        let program = """
        enum E: Error { case a, b(code: Int) }
        func f(_ x: Int) throws -> Int { if x > 0 { throw E.b(code: x) }; return x }
        func g() -> Int {
            let v = f(1)
            return v
        }
        func h() -> Int {
            _ = try f(1)
            throw E.a
        }
        struct S { func m() throws -> Int { 1 } }
        let s = S()
        print(s.m())
        func k() {
            do { _ = try f(1) } catch E.a { print("a") }
        }
        func l() {
            do { throw E.a } catch E.b { print("b") }
        }
        throw 3
        """
        let swiftc = [
            "4:13: call can throw, but it is not marked with 'try' and the error is not handled",
            "8:9: errors thrown from here are not handled",
            "9:5: error is not handled because the enclosing function is not declared 'throws'",
            "13:7: call can throw but is not marked with 'try'",
            "15:14: errors thrown from here are not handled because the enclosing catch is not exhaustive",
            "18:10: error is not handled because the enclosing catch is not exhaustive",
            "20:7: thrown expression type 'Int' does not conform to 'Error'",
        ]
        let found = errors(program).sorted { a, b in
            a.split(separator: ":").prefix(2).map { Int($0)! }.lexicographicallyPrecedes(b.split(separator: ":").prefix(2).map { Int($0)! })
        }
        XCTAssertEqual(found, swiftc)
    }

    /// swiftc's errors (`swiftc -typecheck`) for leaving a `defer` body.
    func testNothingLeavesADeferBody() {
        let program = """
        enum E: Error { case a }
        func f() throws -> Int { 1 }
        func g() throws -> Int {
            defer { return }
            defer { throw E.a }
            defer { _ = try f() }
            for _ in 0..<2 { defer { break } }
            for _ in 0..<2 { defer { for _ in 0..<2 { break } } }
            return 1
        }
        """
        XCTAssertEqual(errors(program).sorted(), [
            "4:13: 'return' cannot transfer control out of a defer statement",
            "5:13: errors cannot be thrown out of a defer body",
            "6:21: call can throw, but errors cannot be thrown out of a defer body",
            "7:30: 'break' cannot transfer control out of a defer statement",
        ])
    }

    func testErrorEscapingTheCellIsARuntimeError() {
        let result = Interpreter().execute(CellSource(code: """
        enum VendingMachineError: Error { case insufficientFunds(coinsNeeded: Int) }
        print("before")
        throw VendingMachineError.insufficientFunds(coinsNeeded: 5)
        """, firstLine: 1))
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(result.text, "before\n")
        // swiftc's program stops with `Fatal error: Error raised at top level: main.VendingMachineError.insufficientFunds(coinsNeeded: 5)`.
        XCTAssertEqual(result.diagnostics.map(\.message),
                       ["error raised at top level: main.VendingMachineError.insufficientFunds(coinsNeeded: 5)"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 1))
    }

    func testForcedTryOfAFailingCallIsARuntimeError() {
        let result = Interpreter().execute(CellSource(code: """
        struct Failure: Error { var code: Int }
        func load() throws -> Int { throw Failure(code: 2) }
        let x = try! load()
        """, firstLine: 1))
        XCTAssertFalse(result.succeeded)
        // swiftc: `Fatal error: 'try!' expression unexpectedly raised an error: main.Failure(code: 2)`.
        XCTAssertEqual(result.diagnostics.map(\.message), ["'try!' expression unexpectedly raised an error: main.Failure(code: 2)"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 3, column: 9))
    }

    func testAnErrorCaughtInALaterCellOfTheNotebook() {
        let interpreter = Interpreter()
        var output = ""
        for code in ["enum Oops: Error { case bad }\nfunc risky() throws { throw Oops.bad }",
                     "do { try risky() } catch { print(\"caught\", error) }"] {
            let result = interpreter.execute(CellSource(code: code, firstLine: 1))
            XCTAssertTrue(result.succeeded, "\(result.diagnostics)")
            output += result.text
        }
        XCTAssertEqual(output, "caught bad\n")
    }

    /// The statements nbrun refuses are the type checker's to report: beside another mistake the checker reports
    /// (where the generator's own reports are dropped), each is still reported at its position.
    func testRefusedStatementsAreReportedByTheChecker() {
        let program = """
        enum E: Error { case a(Int), b(Int) }
        func f() throws {}
        do { try f() } catch E.a(let x), E.b(let x) { print(x) } catch {}
        do { try f() } catch let e as Int { print(e) } catch {}
        switch 3 {
        case 1: fallthrough
        case let y: print(y)
        }
        switch 3 {
        case 1: print(1)
        default: fallthrough
        }
        let c = { () -> Void in throw E.a(1) }
        let n: Int = "x"
        """
        XCTAssertEqual(errors(program), [
            "3:16: 'bindings in a catch clause with several patterns' is not supported in nbrun cells",
            "4:26: catching a type that does not conform to 'Error' is not supported in nbrun cells",
            "7:1: 'fallthrough into a case that binds names' is not supported in nbrun cells",
            "11:1: 'fallthrough' in the last case is not supported in nbrun cells",
            "14:14: cannot convert value of type 'String' to specified type 'Int'",
        ])
    }

    func testAClosureWithoutAContextThatLetsAnErrorOutThrows() {
        // swiftc accepts it (a throwing closure) and asks for `try` where it is called, as the checker does.
        XCTAssertEqual(errors("enum E: Error { case a }\nlet g = { throw E.a }"), [])
        XCTAssertEqual(errors("enum E: Error { case a }\nlet g = { throw E.a }\ng()"),
                       ["3:1: call can throw but is not marked with 'try'"])
    }

    /// A `rethrows` function throws only through its parameter: the program and the errors are swiftc's
    /// (`swiftc -typecheck`).
    func testRethrowingFunctionsAtSwiftcsPositions() {
        let program = """
        enum E: Error { case bad }
        func thrower() throws -> Int { throw E.bad }
        func r1(_ op: () throws -> Int) rethrows -> Int { throw E.bad }
        func r2(_ op: () throws -> Int) rethrows -> Int { return try thrower() }
        func r3(_ x: Int) rethrows -> Int { return x }
        func r4(_ op: () throws -> Int) rethrows -> Int { return try op() }
        print(r4 { 1 })
        print(r4 { try thrower() })
        print(r4(thrower))
        """
        XCTAssertEqual(errors(program), [
            "3:51: a function declared 'rethrows' may only throw if its parameter does",
            "4:62: call can throw, but the error is not handled; a function declared 'rethrows' may only throw if its parameter does",
            "5:19: 'rethrows' function must take a throwing function argument",
            "8:7: call can throw but is not marked with 'try'",
            "9:7: call can throw but is not marked with 'try'",
        ])
    }

    /// Throwing function types: no conversion to a non-throwing type, and their calls need `try` (swiftc's errors).
    func testThrowingFunctionTypesAtSwiftcsPositions() {
        let program = """
        func thrower() throws -> Int { 1 }
        func takes(_ op: () -> Int) -> Int { op() }
        _ = takes(thrower)
        let t: () throws -> Int = { 7 }
        print(t())
        let u: () -> Int = t
        func make() -> () throws -> Int { thrower }
        let v: () -> Int = make()
        """
        XCTAssertEqual(errors(program), [
            "3:11: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
            "5:7: call can throw but is not marked with 'try'",
            "6:20: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
            "8:20: invalid conversion from throwing function of type '() throws -> Int' to non-throwing function type '() -> Int'",
        ])
    }

    /// A throwing function value given to a rethrowing standard-library member (`xs.map(parse)`): the call throws,
    /// reported as swiftc reports it (`swiftc -typecheck`).
    func testThrowingFunctionValuesPassedToRethrowingMembers() {
        let program = """
        enum ParseFailure: Error { case bad }
        func parse(_ s: String) throws -> Int { guard let v = Int(s) else { throw ParseFailure.bad }; return v }
        let g: (String) throws -> Int = parse
        let h = ["1", "2"].map(g)
        func inner() -> [Int] { try ["3"].map(parse) }
        func outer() throws -> [Int] { ["4"].map(parse) }
        """
        XCTAssertEqual(errors(program), [
            "4:9: call can throw but is not marked with 'try'",
            "5:25: errors thrown from here are not handled",
            "6:32: call can throw but is not marked with 'try'",
        ])
    }
}
