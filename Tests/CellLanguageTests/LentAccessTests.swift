import CellLanguage
import Diagnostics
import XCTest

/// What a function may touch while something is lent to it (the book's Memory Safety and Closures chapters), and
/// initializer requirements with failable witnesses: swiftc's errors at swiftc's positions, Swift's run-time stop.
final class LentAccessTests: XCTestCase {
    private func diagnostics(_ code: String) -> [String] {
        Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics.map { diagnostic in
            guard let location = diagnostic.location else { return diagnostic.message }
            return "\(location.line):\(location.column): \(diagnostic.message)"
        }
    }

    /// The book's listing: swiftc refuses the escaping closure (at its brace), not the non-escaping one.
    func testEscapingClosureMustNotCaptureMutatingSelf() {
        let code = """
            var completionHandlers: [() -> Void] = []
            func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
                completionHandlers.append(completionHandler)
            }
            func someFunctionWithNonescapingClosure(closure: () -> Void) {
                closure()
            }
            struct SomeStruct {
                var x = 10
                mutating func doSomething() {
                    someFunctionWithNonescapingClosure { x = 200 }  // OK
                    someFunctionWithEscapingClosure { x = 100 }     // Error
                }
                mutating func explicit() {
                    someFunctionWithEscapingClosure { print(self.x) }
                }
                func reads() {
                    someFunctionWithEscapingClosure { print(x) }
                }
                mutating func other() {
                    someFunctionWithEscapingClosure { print("no self") }
                }
            }
            """
        XCTAssertEqual(diagnostics(code), [
            "12:41: escaping closure captures mutating 'self' parameter",
            "15:41: escaping closure captures mutating 'self' parameter",
        ])
    }

    /// `increment(&stepSize)` whose body reads `stepSize` (directly or through a function it calls) stops the
    /// program, as Swift's exclusivity check does; a copy passed instead runs.
    func testGlobalLentInoutMustNotBeAccessedByTheCallee() {
        let interpreter = Interpreter()
        let prelude = """
            var stepSize = 1
            func helper() -> Int { return stepSize }
            func increment(_ number: inout Int) {
                number += stepSize
            }
            func incrementThroughHelper(_ number: inout Int) {
                number += helper()
            }
            var copyOfStepSize = stepSize
            increment(&copyOfStepSize)
            stepSize = copyOfStepSize
            print("stepSize is now \\(stepSize)")
            """
        let first = interpreter.execute(CellSource(code: prelude, firstLine: 1))
        XCTAssertEqual(first.text, "stepSize is now 2\n")
        XCTAssertTrue(first.succeeded)
        for (call, column) in [("increment(&stepSize)", 1), ("let _ = 0; incrementThroughHelper(&stepSize)", 12)] {
            let result = interpreter.execute(CellSource(code: "print(\"before\")\n" + call, firstLine: 20))
            XCTAssertFalse(result.succeeded)
            XCTAssertEqual(result.text, "before\n")
            XCTAssertEqual(result.diagnostics.map(\.message),
                           ["simultaneous accesses to 'stepSize', but modification requires exclusive access"])
            XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 21, column: column))
        }
    }

    /// A plain `init` requirement is not met by an `init?` (swiftc's error, at the initializer); `init?` and `init!`
    /// requirements are met by every kind of initializer.
    func testFailableInitializerRequirements() {
        XCTAssertEqual(diagnostics("protocol P { init(i: Int) }\nstruct S: P { init?(i: Int) {} }\nstruct T: P { init!(i: Int) {} }"),
                       ["2:15: non-failable initializer requirement 'init(i:)' cannot be satisfied by a failable initializer ('init?')"])
        XCTAssertEqual(diagnostics("""
            protocol P { init?(i: Int) }
            protocol Q { init!(i: Int) }
            class C: P, Q { required init(i: Int) {} }
            struct S: P, Q { init?(i: Int) {} }
            struct T: P, Q { init!(i: Int) {} }
            """), [])
    }
}
