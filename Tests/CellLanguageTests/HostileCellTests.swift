import CellLanguage
import Diagnostics
import Foundation
import XCTest

/// Hostile and careless cells (issue 19, round two): overflowing ranges, hostile format strings, collections
/// touched while a closure modifies them, very deep values, a run's memory budget, natives and the deadline, and
/// errors inside user `<`, `==` and `description`. Each ends in a reported error or the right output, never a crash.
final class HostileCellTests: XCTestCase {
    private func run(_ code: String, limits: ExecutionLimits = .init(), timeout: Double? = nil) -> CellExecution {
        Interpreter(limits: limits).execute(CellSource(code: code, firstLine: 1), timeoutSeconds: timeout)
    }

    private func assertError(_ code: String, _ message: String, line: Int, column: Int, output: String = "",
                             limits: ExecutionLimits = .init(), file: StaticString = #filePath, lineNumber: UInt = #line) {
        let result = run(code, limits: limits)
        XCTAssertEqual(result.diagnostics.map(\.message), [message], file: file, line: lineNumber)
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: line, column: column), file: file, line: lineNumber)
        XCTAssertEqual(result.text, output, file: file, line: lineNumber)
    }

    // MARK: Int arithmetic on ranges

    func testRangeCountsThatOverflowAreErrors() {
        assertError("print(\"a\")\nprint((0...Int.max).count)",
                    "arithmetic overflow in 'count': the range 0...9223372036854775807 has more than 9223372036854775807 elements",
                    line: 2, column: 21, output: "a\n")
        assertError("let r = Int.min..<Int.max\nprint(r.count)",
                    "arithmetic overflow in 'count': the range -9223372036854775808..<9223372036854775807 has more than 9223372036854775807 elements",
                    line: 2, column: 9)
        XCTAssertEqual(run("print((0..<Int.max).count, (Int.max...Int.max).count, (5..<5).count)").text,
                       "9223372036854775807 1 0\n")
    }

    func testClosedRangeEndsAtIntMaxAreOutOfRangeNotACrash() {
        assertError("let xs = [1, 2]\nprint(xs[0...Int.max])", "Array index is out of range", line: 2, column: 9)
        assertError("let xs = [1, 2]\nprint(xs[...Int.max])", "Array index is out of range", line: 2, column: 9)
        assertError("var xs = [1, 2]\nxs[1...Int.max] = [3]", "Array replace: subrange extends past the end", line: 2, column: 3)
        XCTAssertEqual(run("var n = 0\nfor _ in Int.min..<Int.min { n += 1 }\nfor _ in Int.max...Int.max { n += 1 }\nprint(n)").text, "1\n")
        XCTAssertEqual(run("print(Array(stride(from: Int.max - 2, through: Int.max, by: 2)), 1 << Int.min, 1 >> Int.min)").text,
                       "[9223372036854775805, 9223372036854775807] 0 0\n")
    }

    // MARK: Format strings

    func testHostileFormatWidthsAreErrors() {
        assertError("print(String(format: \"%2147483648d\", 1))",
                    "String(format:): width 2147483648 is too large (at most 10000)", line: 1, column: 7)
        assertError("print(String(format: \"%.99999999999999999999f\", 1.0))",
                    "String(format:): precision 99999999999999999999 is too large (at most 10000)", line: 1, column: 7)
        assertError("print(String(format: \"%999999999d\", 1))",
                    "String(format:): width 999999999 is too large (at most 10000)", line: 1, column: 7)
        XCTAssertEqual(run("print(String(format: \"[%5d|%-4d|%.3f|%08.2f]\", 42, 7, 3.14159, 2.5))").text,
                       "[   42|7   |3.142|00002.50]\n")
    }

    // MARK: Exclusive access

    func testTouchingAnArrayFromTheClosureThatModifiesItIsAnError() {
        let message = { (operation: String) in
            "simultaneous accesses to an array: the closure of '\(operation)' reads or modifies the array that '\(operation)' is modifying"
        }
        assertError("var xs = [1, 2, 3]\nxs.removeAll { _ in xs.append(1); return true }\nprint(xs)",
                    message("removeAll(where:)"), line: 2, column: 4)
        assertError("var xs = [3, 1, 2]\nxs.sort { a, b in xs.append(9); return a < b }", message("sort(by:)"), line: 2, column: 4)
        assertError("class C { var xs = [3, 1, 2] }\nlet c = C()\nc.xs.sort { a, b in c.xs.append(9); return a < b }",
                    message("sort(by:)"), line: 3, column: 6)
        assertError("var xs = [3, 1, 2]\nxs.sort { a, b in xs.count > 0 && a < b }", message("sort(by:)"), line: 2, column: 4)
        assertError("var xs = [3, 1, 2]\nxs.sort { a, b in xs = []; return a < b }", message("sort(by:)"), line: 2, column: 4)
        assertError("var xs = [3, 1, 2]\nxs.sort { a, b in print(xs); return a < b }", message("sort(by:)"), line: 2, column: 4)
        assertError("""
            var ps: [P] = []
            struct P: Comparable {
                var x: Int
                static func < (a: P, b: P) -> Bool { ps.removeLast(); return a.x < b.x }
            }
            ps = [P(x: 2), P(x: 1)]
            ps.sort()
            """, message("sort()"), line: 7, column: 4)
    }

    /// Reading the array (a copy, a print, a count, through a function or an object) is an overlapping access too:
    /// Swift traps at the read, so nothing the closure prints from then on is shown; what came before is.
    func testReadingAnArrayFromTheClosureThatModifiesItIsAnError() {
        let message = { (operation: String) in
            "simultaneous accesses to an array: the closure of '\(operation)' reads or modifies the array that '\(operation)' is modifying"
        }
        assertError("var xs = [3, 1, 2]\nxs.sort { a, b in let copy = xs; return copy.isEmpty || a < b }\nprint(xs)",
                    message("sort(by:)"), line: 2, column: 4)
        assertError("var xs = [3, 1, 2]\nprint(\"start\")\nxs.removeAll { _ in print(\"in\"); print(xs.count); return true }",
                    message("removeAll(where:)"), line: 3, column: 4, output: "start\nin\n")
        assertError("var xs = [3, 1, 2]\nfunc total() -> Int { xs.reduce(0, +) }\nxs.sort { a, b in print(total()); return a < b }",
                    message("sort(by:)"), line: 3, column: 4)
        assertError("class C { var xs = [3, 1, 2] }\nlet c = C()\nc.xs.sort { a, b in print(c.xs); return a < b }",
                    message("sort(by:)"), line: 3, column: 6)
        assertError("class C { var xs = [3, 1, 2] }\nlet c = C()\nc.xs.sort { a, b in let ys = c.xs; print(\"n\", ys.count); return a < b }",
                    message("sort(by:)"), line: 3, column: 6)
        // A struct whose field is being modified is read (Swift traps on the read of `s`).
        assertError("struct S { var xs = [3, 1, 2] }\nvar s = S()\ns.xs.removeAll { _ in print(s); return false }",
                    message("removeAll(where:)"), line: 3, column: 6)
        // A local array used in the closure literal is swiftc's compile-time error, at the receiver.
        assertError("func f() {\n    var xs = [3, 1, 2]\n    xs.sort { a, b in let c = xs; return c.isEmpty || a < b }\n    print(xs)\n}\nf()",
                    "overlapping accesses to 'xs', but modification requires exclusive access; consider copying to a local variable",
                    line: 3, column: 5)
        assertError("func f() {\n    var xs = [3, 1, 2]\n    xs.removeAll { _ in print(xs.count); return true }\n}\nf()",
                    "overlapping accesses to 'xs', but modification requires exclusive access; consider copying to a local variable",
                    line: 3, column: 5)
        // Reached through a nested function, it is Swift's run-time trap.
        assertError("func f() {\n    var xs = [3, 1, 2]\n    func g() -> Int { xs.count }\n    xs.sort { a, b in g() > 0 && a < b }\n}\nf()",
                    message("sort(by:)"), line: 4, column: 8)
        // Other arrays, and the array once the method is over, are not affected.
        XCTAssertEqual(run("var xs = [3, 1, 2]\nlet ys = [7]\nxs.sort { a, b in ys.count > 0 && a < b }\nlet copy = xs\nprint(copy, ys)").text,
                       "[1, 2, 3] [7]\n")
    }

    /// Swift copies the collection for `for-in`, `map`, `filter` and `reduce`: changing it inside is legal there.
    func testIteratingACopyWhileChangingTheOriginalIsLegal() {
        XCTAssertEqual(run("var xs = [1, 2, 3]\nfor x in xs { xs.append(x) }\nprint(xs)").text, "[1, 2, 3, 1, 2, 3]\n")
        XCTAssertEqual(run("var xs = [1, 2, 3]\nlet ys = xs.map { x -> Int in xs.append(x); return x }\nprint(xs, ys)").text,
                       "[1, 2, 3, 1, 2, 3] [1, 2, 3]\n")
        XCTAssertEqual(run("var xs = [1, 2, 3]\nlet s = xs.reduce(0) { a, x in xs.removeAll(); return a + x }\nprint(xs, s)").text,
                       "[] 6\n")
        XCTAssertEqual(run("var xs = [1, 2, 3]\nlet ys = xs.filter { _ in xs = []; return true }\nprint(xs, ys)").text,
                       "[] [1, 2, 3]\n")
        // Other properties of the object stay readable while one of them is sorted.
        XCTAssertEqual(run("class C { var xs = [3, 1, 2]; var k = 2 }\nlet c = C()\nc.xs.sort { a, b in a * c.k < b * c.k }\nc.xs.removeAll { $0 == c.k }\nprint(c.xs)").text,
                       "[1, 3]\n")
    }

    // MARK: Deep values

    /// Freeing a long chain on a small stack (the test's thread, like the CLI's main thread at the end of a run).
    func testLongChainsAreFreedWithoutRecursion() {
        for code in [
            "class Node { var next: Node?; init(_ n: Node?) { next = n } }\nvar head: Node? = nil\nfor _ in 0..<100_000 { head = Node(head) }",
            "struct T { var kids: [T] }\nvar t = T(kids: [])\nfor _ in 0..<100_000 { t = T(kids: [t]) }",
        ] {
            var interpreter: Interpreter? = Interpreter()
            let result = interpreter!.execute(CellSource(code: code + "\nprint(\"built\")", firstLine: 1))
            XCTAssertEqual(result.text, "built\n")
            interpreter = nil
        }
        // Replacing the head inside the cell frees the old chain there.
        XCTAssertEqual(run("class Node { var next: Node?; init(_ n: Node?) { next = n } }\nvar head: Node? = nil\nfor _ in 0..<100_000 { head = Node(head) }\nhead = nil\nprint(\"freed\")").text,
                       "freed\n")
    }

    func testPrintingAVeryDeepValueIsAClearError() {
        assertError("struct T { var kids: [T] }\nvar t = T(kids: [])\nfor _ in 0..<20_000 { t = T(kids: [t]) }\nlet s = \"\\(t)\"",
                    "cannot print a value nested more than 10000 levels deep", line: 4, column: 12)
        assertError("struct T { var kids: [T] }\nvar t = T(kids: [])\nfor _ in 0..<20_000 { t = T(kids: [t]) }\nprint(t)",
                    "cannot print a value nested more than 10000 levels deep", line: 4, column: 7)
        XCTAssertEqual(run("struct T { var kids: [T] }\nvar t = T(kids: [])\nfor _ in 0..<3 { t = T(kids: [t]) }\nprint(t)").text,
                       "T(kids: [main.T(kids: [main.T(kids: [main.T(kids: [])])])])\n")
    }

    func testEqualityOfDeepValues() {
        let result = run("struct T: Equatable { var kids: [T] }\nvar t = T(kids: [])\nvar u = T(kids: [])\nfor _ in 0..<30_000 { t = T(kids: [t]); u = T(kids: [u]) }\nprint(t == u, [t].contains(u))\nu = T(kids: [u])\nprint(t == u)")
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "true true\nfalse\n")
    }

    // MARK: Errors inside user code called by the library

    func testErrorsInsideUserComparisonsAndDescriptionsAreReported() {
        assertError("struct P: Comparable {\n    var x: Int\n    static func < (a: P, b: P) -> Bool { a.x / (b.x - b.x) < 0 }\n}\nprint([P(x: 2), P(x: 1)].sorted().map { $0.x })",
                    "division by zero", line: 3, column: 46)
        assertError("struct P: Comparable {\n    var x: Int\n    static func < (a: P, b: P) -> Bool { a.x / (b.x - b.x) < 0 }\n}\nprint([P(x: 2), P(x: 1)].min()!.x)",
                    "division by zero", line: 3, column: 46)
        assertError("struct P: Equatable {\n    var x: Int\n    static func == (a: P, b: P) -> Bool { [1][a.x] == b.x }\n}\nprint([P(x: 2)].contains(P(x: 1)))",
                    "Index out of range", line: 3, column: 46)
        assertError("struct P: CustomStringConvertible {\n    var x: Int\n    var description: String { \"\\([1][x])\" }\n}\nprint(\"ok\")\nprint(P(x: 3))",
                    "Index out of range", line: 3, column: 37, output: "ok\n")
        assertError("struct P: CustomStringConvertible {\n    var x: Int\n    var description: String { \"\\([1][x])\" }\n}\nlet s = \"v: \\(P(x: 3))\"",
                    "Index out of range", line: 3, column: 37)
        // A declared `==` is the one `contains`, `firstIndex(of:)` and `==` on arrays use.
        XCTAssertEqual(run("struct P: Equatable {\n    var x: Int; var tag: String\n    static func == (a: P, b: P) -> Bool { a.x == b.x }\n}\nlet ps = [P(x: 1, tag: \"a\")]\nprint(ps.contains(P(x: 1, tag: \"b\")), ps == [P(x: 1, tag: \"c\")], ps.firstIndex(of: P(x: 1, tag: \"z\")) ?? -1)").text,
                       "true true 0\n")
    }

    // MARK: Wildcard parameters

    func testWildcardParametersMayRepeat() {
        let result = run("let f: (Int, Int) -> Int = { _, _ in 1 }\nprint(f(1, 2), [1, 2, 3].reduce(0) { _, _ in 7 })\nfunc g(_ _: Int, _ b: Int, _ _: Int) -> Int { b }\nprint(g(1, 2, 3))")
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "1 7\n2\n")
    }

    // MARK: The run's memory budget

    /// Resident memory now, so a budget a little above it is hit quickly.
    private func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    func testTheRunsMemoryBudgetStopsDoublingStringsAndManyArrays() throws {
        #if !os(Linux)
        throw XCTSkip("reads /proc/self/statm")
        #else
        let limits = ExecutionLimits(maxMemoryBytes: residentBytes() + (128 << 20))
        for (code, line, column) in [("var s = \"ab\"\nfor _ in 0..<40 { s += s }", 2, 21),
                                     ("var s = \"ab\"\nfor _ in 0..<40 { s = s + s }", 2, 25),
                                     ("var all: [[Int]] = []\nfor _ in 0..<20 { all.append([Int](repeating: 1, count: 2_000_000)) }", 2, 30),
                                     ("var xs = [1]\nwhile true { xs += xs }", 2, 17)] {
            let result = run(code, limits: limits)
            XCTAssertEqual(result.diagnostics.count, 1, code)
            XCTAssertTrue(result.diagnostics.first?.message.hasPrefix("memory limit exceeded: the run would use more than ") ?? false,
                          "\(code): \(result.diagnostics.map(\.message))")
            XCTAssertTrue(result.diagnostics.first?.message.hasSuffix(" (a run's budget; raise it with nbrun --memory-limit <GiB>)") ?? false)
            XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: line, column: column), code)
        }
        #endif
    }

    // MARK: Natives and the deadline

    func testLargeRepeatedStringsAreBuiltCorrectly() {
        let result = run("let s = String(repeating: \"èa\", count: 600_001)\nprint(s.count, s.hasPrefix(\"èaèa\"), s.hasSuffix(\"aèa\"), s.replacingOccurrences(of: \"è\", with: \"\").count)\nlet t = String(repeating: \"ab\", count: 700_000).replacingOccurrences(of: \"ba\", with: \"-\")\nprint(t.count, t.prefix(6))")
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        XCTAssertEqual(result.text, "1200002 true true 600001\n700001 a-----\n")
    }

    /// A loop of native calls that never check the deadline themselves still stops near the time limit.
    func testALoopOfSlowNativeCallsStopsAtTheDeadline() {
        let interpreter = Interpreter()
        interpreter.register(NativeFunction("slow", parameters: [], returns: .int) { _ in
            let start = Date()
            var spins = 0
            while Date().timeIntervalSince(start) < 0.02 { spins &+= 1 }
            return .int(spins)
        })
        let start = Date()
        let result = interpreter.execute(CellSource(code: "var n = 0\nfor _ in 0..<1_000 { n += slow() > 0 ? 1 : 0 }", firstLine: 1),
                                         timeoutSeconds: 0.3)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cell timed out after 0.3 s"])
        XCTAssertEqual(result.diagnostics.first?.location?.line, 2)
        XCTAssertLessThan(Date().timeIntervalSince(start), 15)   // 1,000 calls of 20 ms would take 20 s
    }
}
