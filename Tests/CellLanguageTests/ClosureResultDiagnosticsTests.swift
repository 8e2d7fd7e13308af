import XCTest
@testable import CellLanguage

/// Results misused: an assignment as the single expression of a closure (or a function) whose result is a value (its
/// `()` is no such value: nbrun ran `run { n += 1 }` and returned 0, a silent wrong answer before session 30), and a
/// mutating method called on a call's result.
final class ClosureResultDiagnosticsTests: XCTestCase {
    func testAnAssignmentIsNoClosuresOrFunctionsResult() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), at the assignment's operator. `Void`, `Any` and an
        // inferred result take it.
        assertCheckerReports("""
        func run(_ f: () -> Int) -> Int { f() }
        var n = 0
        print(run { n += 1 })
        let f: () -> Int = { n += 1 }
        let g: () -> Int? = { n = 2 }
        let h: () -> Void = { n += 1 }
        let k: () -> Any = { n += 1 }
        func m() -> Int { n += 1 }
        let xs = [1, 2].map { _ in n += 1 }
        print(xs.count, h(), k())
        """, [
            "3:15: cannot convert value of type '()' to closure result type 'Int'",
            "4:24: cannot convert value of type '()' to closure result type 'Int'",
            "5:25: cannot convert value of type '()' to closure result type 'Int?'",
            "8:21: cannot convert return expression of type '()' to return type 'Int'",
        ])
    }

    /// A declared mutating method called on what a call returned (an internal error before session 30).
    func testAMutatingMethodOnACallsResultIsRefused() {
        // Expected lines: swiftc 6.3.1 (`swiftc -swift-version 5`), at the method's name.
        assertCheckerReports("""
        struct Counter {
            private(set) var value = 0
            mutating func increment(by n: Int = 1) -> Self { value += n; return self }
            func peek() -> Self { self }
        }
        var c = Counter()
        print(c.increment().increment(by: 3).value)
        print(c.peek().increment().value, Counter().increment().value)
        """, [
            "7:21: cannot use mutating member on immutable value: function call returns immutable value",
            "8:16: cannot use mutating member on immutable value: function call returns immutable value",
            "8:45: cannot use mutating member on immutable value: function call returns immutable value",
        ])
    }
}
