import CellLanguage
import Diagnostics
import XCTest

/// Swift's exclusivity check on globals at run time: a global lent to a function (`&global`) or to a mutating method
/// (`global.mutate()`) must not be accessed until the call returns. Each program's expected output is what the
/// program compiled with `swiftc -Onone` printed before it trapped ("Simultaneous accesses to …, but modification
/// requires exclusive access"); nbrun stops at the conflicting access, and only when it happens.
final class ExclusivityTrapTests: XCTestCase {
    private func check(_ code: String, printed: String, line: Int, column: Int, name: String,
                       file: StaticString = #filePath, lineNumber: UInt = #line) {
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertFalse(result.succeeded, file: file, line: lineNumber)
        XCTAssertEqual(result.text, printed, file: file, line: lineNumber)
        XCTAssertEqual(result.diagnostics.map(\.message),
                       ["simultaneous accesses to '\(name)', but modification requires exclusive access"], file: file, line: lineNumber)
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: line, column: column), file: file, line: lineNumber)
    }

    /// A global lent `inout` and read by the callee: only the call whose branch reads it stops, at the read.
    func testInoutGlobalReadOnlyWhenTheBranchRuns() {
        let code = """
            var stepSize = 1
            func increment(_ number: inout Int, _ use: Bool) {
                print("in increment")
                if use {
                    number += stepSize
                }
                print("after")
            }
            var other = 5
            increment(&other, true)
            increment(&stepSize, false)
            print("no trap", stepSize)
            increment(&stepSize, true)
            print("not reached")
            """
        check(code, printed: "in increment\nafter\nin increment\nafter\nno trap 1\nin increment\n", line: 5, column: 19, name: "stepSize")
    }

    /// A mutating method on a global reading that global (directly in its body): stops at the read; the same method
    /// on another variable, and on the global when it does not read it, runs.
    func testMutatingMethodReadingItsGlobal() {
        let code = """
            struct Counter {
                var count = 0
            }
            var total = Counter()
            func peek() -> Int {
                return total.count
            }
            extension Counter {
                mutating func bump(_ look: Bool) {
                    count += 1
                    print("bumped", count)
                    if look {
                        print("reading", peek())
                    }
                }
                mutating func direct() {
                    count += 10
                    print("direct", total.count)
                }
            }
            var spare = Counter()
            spare.bump(true)
            total.bump(false)
            print(total.count)
            total.direct()
            print("not reached")
            """
        check(code, printed: "bumped 1\nreading 0\nbumped 1\n1\n", line: 18, column: 25, name: "total")
    }

    /// A global lent `inout` and assigned by the callee: stops at the assignment.
    func testWriteToLentGlobal() {
        let code = """
            var stepSize = 1
            func bump(_ value: inout Int, write: Bool) {
                value += 1
                if write {
                    stepSize = 10
                }
            }
            bump(&stepSize, write: false)
            print(stepSize)
            bump(&stepSize, write: true)
            print("not reached")
            """
        check(code, printed: "2\n", line: 5, column: 9, name: "stepSize")
    }

    /// Lending ends when the call returns or throws (the `inout` value is written back when it throws), inside
    /// functions too; a mutating method on an element of a global array stops where it reads the array.
    func testLendingEndsAfterEachCall() {
        let code = """
            var stepSize = 1
            var numbers = [1, 2, 3]
            struct Model {
                var weights = [0.5, 1.5]
            }
            var models = [Model(), Model()]
            extension Model {
                mutating func train(_ peek: Bool) {
                    weights[0] += 1
                    if peek {
                        print("models", models.count)
                    }
                }
            }
            func bump(_ value: inout Int, write: Bool) {
                value += 1
                if write {
                    stepSize = 10
                }
            }
            func grow(_ values: inout [Int], look: Bool) {
                values.append(4)
                if look {
                    print("count", numbers.count)
                }
            }
            enum Failure: Error { case stop }
            func failing(_ value: inout Int) throws {
                value += 1
                throw Failure.stop
            }
            func readStep() -> Int { stepSize }
            func outer() {
                bump(&stepSize, write: false)
                print("outer", readStep())
            }
            bump(&stepSize, write: false)
            grow(&numbers, look: false)
            print(stepSize, numbers)
            do {
                try failing(&stepSize)
            } catch {
                print("caught", readStep())
            }
            outer()
            models[0].train(false)
            models[1].train(false)
            print(models[0].weights, models[1].weights)
            var other = [Model()]
            other[0].train(true)
            let action = { print("closure sees", stepSize) }
            func callAction(_ value: inout Int, _ run: Bool) {
                value += 1
                if run { action() }
            }
            callAction(&stepSize, false)
            print("before traps", stepSize)
            models[1].train(true)
            print("not reached")
            """
        check(code, printed: "2 [1, 2, 3, 4]\ncaught 3\nouter 4\n[1.5, 1.5] [1.5, 1.5]\nmodels 2\nbefore traps 5\n", line: 11, column: 29, name: "models")
    }

    /// A property of an object lent `inout` (`&player.score`, also through a struct): the object's property is
    /// lent, not the global holding the reference, so reading another property through the global runs.
    func testPropertyOfAnObjectIsNotTheGlobal() {
        let result = Interpreter().execute(CellSource(code: """
            final class Player {
                var score = 0
                var name = "p"
            }
            var player = Player()
            func add(_ value: inout Int) {
                value += 1
                print("name", player.name)
            }
            add(&player.score)
            print(player.score)
            struct Wrapper {
                var p = Player()
                var n = 0
            }
            var w = Wrapper()
            func addW(_ value: inout Int) {
                value += 1
                print("w.n", w.n)
            }
            addW(&w.p.score)
            print(w.p.score)
            """, firstLine: 1))
        XCTAssertTrue(result.succeeded, "\(result.diagnostics.map(\.message))")
        XCTAssertEqual(result.text, "name p\n1\nw.n 0\n1\n")
    }
}
