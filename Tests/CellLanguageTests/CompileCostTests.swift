import CellLanguage
import Diagnostics
import XCTest

/// Compiling costs time linear in the size of the cell, and counts against the cell's time limit.
final class CompileCostTests: XCTestCase {
    func testLongMethodChainsCompileAndRun() {
        // Each link asks for its base's type: before types were remembered per node this doubled with every link
        // (22 links took 10 s), so 200 links would never finish.
        let chain = "xs" + String(repeating: ".reversed()", count: 200)
        let result = Interpreter().execute(CellSource(code: "let xs = [1, 2, 3]\nprint(Array(\(chain)))", firstLine: 1))
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.text, "[1, 2, 3]\n")
        let maps = "[0]" + String(repeating: ".map { $0 + 1 }", count: 60)
        XCTAssertEqual(Interpreter().execute(CellSource(code: "print(\(maps))", firstLine: 1)).text, "[60]\n")
    }

    func testNestedCallsOfANameTheCellAndTheLibraryDeclareCheckEachArgumentOnce() {
        // The choice between the cell's `max`/`exp` and the library's types the arguments; the chosen call reads those
        // types (`TypeChecker.settledArguments`) instead of typing them again, which doubled the work per level
        // (1 s at depth 16; the parser allows about 19).
        func checkedNodes(_ depth: Int) -> Int {
            let maxes = (0..<depth).reduce("1") { "max(\($0), \($1))" }
            let exps = (0..<depth).reduce("x") { inner, _ in "exp(\(inner))" }
            let code = """
                import Foundation
                func max(_ a: Int, _ b: Int, _ c: Int) -> Int { a }
                func exp(_ v: [Double]) -> [Double] { v.map { Foundation.exp($0) } }
                let x = 0.0
                print(\(maxes))
                print(\(exps) > 1)
                """
            let interpreter = Interpreter()
            interpreter.resetCompileCounts(countingSites: false)
            let result = interpreter.execute(CellSource(code: code, firstLine: 1))
            XCTAssertEqual(result.diagnostics, [])
            XCTAssertEqual(result.text, "\(depth - 1)\ntrue\n")
            return interpreter.compileCounts.checkedNodes
        }
        let shallow = checkedNodes(8), deep = checkedNodes(16)
        XCTAssertLessThanOrEqual(deep, 3 * shallow, "checked nodes: \(shallow) at depth 8, \(deep) at depth 16")
    }

    /// Nested closure forms (`prelude`, then `open` repeated `depth` times around `inner`, `close` repeated): each
    /// closure passed to a generic function or method, an overloaded function, an initializer, a standard-library
    /// member. Before the generator read the checker's types for a generic call's closure argument (and scored
    /// overloads without compiling closures whose syntax cannot throw), each level compiled the closures inside it
    /// twice or three times: 2^21 closure compilations at depth 20 (60 s, the compile limit), 32,766 at depth 14.
    private static let nestedClosureForms: [(name: String, prelude: String, open: String, inner: String, close: String)] = [
        ("generic method", "struct B { func apply<T>(_ f: (Int) -> T) -> T { f(1) } }\nlet b = B()", "b.apply { _ in ", "1", " }"),
        ("class's generic method", "final class B { func apply<T>(_ f: (Int) -> T) -> T { f(1) } }\nlet b = B()",
         "b.apply { _ in ", "1", " }"),
        ("generic type's generic method", "struct B<T> { var t: T; func apply<U>(_ f: (T) -> U) -> U { f(t) } }\nlet b = B(t: 1)",
         "b.apply { _ in ", "1", " }"),
        ("static generic method", "struct B { static func apply<T>(_ f: (Int) -> T) -> T { f(1) } }", "B.apply { _ in ", "1", " }"),
        ("generic function", "func apply<T>(_ f: (Int) -> T) -> T { f(1) }", "apply { _ in ", "1", " }"),
        ("closure typed by an earlier argument", "func apply<T>(_ x: T, _ f: (T) -> T) -> T { f(x) }", "apply(1) { x in ", "x", " }"),
        ("annotated closure", "func apply<T, U>(_ f: (T) -> U) -> Int { 1 }", "apply { (x: Int) in ", "x", " }"),
        ("generic initializer", "struct W { var v: Int; init<T>(_ f: (Int) -> T) { v = 1 } }", "W { _ in ", "1", " }.v"),
        ("generic type's initializer", "struct W<T> { var v: T; init(_ f: (Int) -> T) { v = f(1) } }", "W<Int> { _ in ", "1", " }.v"),
        ("overloads told apart by annotations",
         "func run(_ f: (Int) -> Int) -> Int { f(1) }\nfunc run(_ f: (String) -> Int) -> Int { f(\"a\") }",
         "run { (x: Int) in ", "x", " }"),
        ("overloads told apart by parameter counts",
         "func run(_ f: (Int) -> Int) -> Int { f(1) }\nfunc run(_ f: (Int, Int) -> Int) -> Int { f(1, 2) }", "run { x in ", "1", " }"),
        ("overloads taking throwing closures",
         "func run(_ f: () throws -> Int) rethrows -> Int { try f() }\nfunc run(_ f: (Int) throws -> Int) rethrows -> Int { try f(1) }",
         "try run { x in ", "1", " }"),
        ("map", "", "[1].map { _ in ", "1", " }[0]"),
        ("reduce", "", "[1].reduce(0) { _, _ in ", "1", " }"),
        ("called closures", "", "{ ", "1", " }()"),
    ]

    func testNestedClosuresCompileOncePerLevel() {
        // 20 levels (18 with `try`, which nests deeper in the parser); counted, not timed.
        for form in Self.nestedClosureForms {
            let depth = form.open.hasPrefix("try") ? 18 : 20
            let nested = String(repeating: form.open, count: depth) + form.inner + String(repeating: form.close, count: depth)
            let code = form.prelude + "\nlet r = " + nested + "\nprint(r)"
            let interpreter = Interpreter()
            interpreter.resetCompileCounts(countingSites: false)
            let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
            XCTAssertEqual(compiled.diagnostics, [], form.name)
            XCTAssertEqual(interpreter.compileCounts.closures, depth, "\(form.name): \(interpreter.compileCounts.listing)")
            XCTAssertEqual(interpreter.compileCounts.compiledTypeAnswers + interpreter.compileCounts.unansweredTypeRequests, 0, form.name)
            // swiftc prints 1 for each (checked at depth 4; 20 levels exceed its type-checking time for some forms).
            XCTAssertEqual(interpreter.run(compiled).text, "1\n", form.name)
        }
    }

    /// The mix of ordinary lines of the bench's `lines-N` cases (`bench/compile/make_cases.py`), `count` lines.
    private static func ordinaryLines(_ count: Int) -> String {
        // `#` stands for the block's number.
        let block = [
            "let a# = # * 3 + 1", "var b# = Double(a#) / 2.0", "b# += sqrt(b#)", "let s# = \"item \\(a#)\".uppercased()",
            "func f#(_ x: Int) -> Int { x % 7 + # }", "var t# = [a#, f#(a#), s#.count]",
            "for k in 0..<2 { t#.append(k + t#[0]) }", "total += t#.reduce(0, +) + Int(b#) % 5",
            "if total % 2 == 0 { total += 1 } else { total -= 1 }", "let m# = t#.map { $0 * 2 }.filter { $0 > 3 }.count",
        ]
        let lines = (0..<count).map { block[$0 % block.count].replacingOccurrences(of: "#", with: "\($0 / block.count)") }
        return "var total = 0\n" + lines.joined(separator: "\n") + "\nprint(total)"
    }

    func testTrialSnapshotsOfTheCheckerGrowLinearlyWithTheCell() {
        // A snapshot of the checker's state (to undo a trial check) costs a copy of everything checked so far once
        // the check changes it: one per `reduce` made compile time quadratic (nbrun's CPU time on the bench's mix:
        // 0.1 s for 500 lines, 7.3 s for 10,000).
        func counts(_ lines: Int) -> CompileCounts {
            let interpreter = Interpreter()
            interpreter.resetCompileCounts(countingSites: false)
            let compiled = interpreter.compile(CellSource(code: Self.ordinaryLines(lines), firstLine: 1))
            XCTAssertEqual(compiled.diagnostics, [])
            return interpreter.compileCounts
        }
        let small = counts(100), large = counts(400)
        XCTAssertGreaterThan(large.nodes, 3 * small.nodes, "the larger cell compiles about 4× the nodes")
        XCTAssertLessThanOrEqual(large.trialJournalEntries, 4 * small.trialJournalEntries,
                                 "small: \(small.trialJournalEntries), large: \(large.trialJournalEntries)")
    }

    func testCompactMapsTakeNoTrialSnapshotOfTheChecker() {
        // The checker types `compactMap`/`flatMap` with a closure once, without undoing a trial (a snapshot per call
        // made their cells quadratic, as `reduce` was).
        let code = "let words = [\"1\", \"x\", \"3\"]\n"
            + (0..<200).map { "let n\($0) = words.compactMap { Int($0) }.count + [[\($0)]].flatMap { $0 }.count" }.joined(separator: "\n")
        let interpreter = Interpreter()
        interpreter.resetCompileCounts(countingSites: false)
        XCTAssertEqual(interpreter.compile(CellSource(code: code, firstLine: 1)).diagnostics, [])
        XCTAssertEqual(interpreter.compileCounts.trialJournalEntries, 0)
    }

    /// The constructs the checker checks on trial, undoing the check when it does not fit: a prelude, then a line
    /// repeated (`#` its number); `valid`: swiftc compiles it (otherwise each line is a mistake the checker reports).
    private static let trialForms: [(name: String, prelude: String, line: String, valid: Bool)] = [
        ("reduce that may need a Double accumulator", "let xs = [1, 2]", "let r# = xs.reduce(0) { $0 + $1 }", true),
        ("reduce given a Double accumulator", "let xs = [1, 2]", "let r# = xs.reduce(0) { $0 + Double($1) / 2 }", true),
        ("map with [Double] expected", "let xs = [1, 2]", "let d#: [Double] = xs.map { _ in # }", true),
        ("array literal holding nil", "", "let o# = [1, nil, #]", true),
        ("declared prefix operator", "struct V { var x: Int; static prefix func ~ (v: V) -> V { V(x: ~v.x) } }\nlet n = 1",
         "let p# = ~# + ~n", true),
        ("property of a call's class instance", "final class Box { var value = 0 }\nlet shared = Box()\nfunc box() -> Box { shared }",
         "box().value = #", true),
        ("Dictionary(grouping:by:)", "let xs = [1, 2]", "let g# = Dictionary(grouping: xs, by: { $0 % 2 })", true),
        ("property of a call's struct value", "struct S { var v = 0 }\nfunc s() -> S { S() }", "s().v = #", false),
        ("optional chains as swap's arguments", "struct P { var x = 0 }\nvar a: P? = P()\nvar b: P? = P()", "swap(&a?.x, &b?.x)", false),
        ("optional chain in a tuple assignment", "struct P { var x = 0 }\nvar a: P? = P()\nvar n = 0", "(a?.x, n) = (#, 1)", false),
        ("assignment to a call", "func f() -> Int { 1 }", "f() = #", false),
        ("assignment to an operator's result", "var n = 1", "n + 1 = #", false),
        ("assignment to an array literal", "", "[1] = [#]", false),
        ("Dictionary(uniqueKeysWithValues:) of no pairs", "let xs = [1, 2]", "let u# = Dictionary(uniqueKeysWithValues: xs)", false),
    ]

    func testTrialChecksCostWhatTheyChangeNotTheCell() {
        // Each trial copied everything checked so far (a snapshot, undone by assigning it back) before the checker
        // journaled a trial's changes: 110 million entries for 5,000 lines of these constructs, 6.8 s of CPU to
        // compile (21,002 journaled changes and 0.5 s since).
        for form in Self.trialForms {
            func counts(_ lines: Int) -> CompileCounts {
                let code = form.prelude + "\n"
                    + (0..<lines).map { form.line.replacingOccurrences(of: "#", with: "\($0)") }.joined(separator: "\n")
                let interpreter = Interpreter()
                interpreter.resetCompileCounts(countingSites: false)
                let compiled = interpreter.compile(CellSource(code: code, firstLine: 1))
                XCTAssertEqual(compiled.diagnostics.isEmpty, form.valid, "\(form.name): \(compiled.diagnostics.prefix(1))")
                return interpreter.compileCounts
            }
            let small = counts(100), large = counts(400)
            XCTAssertGreaterThan(small.trialJournalEntries, 0, "\(form.name) is checked on trial")
            XCTAssertLessThanOrEqual(Double(large.trialJournalEntries), 4.5 * Double(small.trialJournalEntries),
                                     "\(form.name): 100 lines \(small.trialJournalEntries), 400 lines \(large.trialJournalEntries)")
        }
    }

    func testACellThatCompilesPastItsTimeLimitIsReportedAndDoesNotRun() {
        let code = "//| label: slow\n// a comment\n  print(\"ran\")\n" + (0..<400).map { "let v\($0) = \($0) + 1" }.joined(separator: "\n")
        let interpreter = Interpreter()
        let compiled = interpreter.compile(CellSource(code: code, firstLine: 7, columnOffset: 2), timeoutSeconds: 1e-9)
        XCTAssertEqual(compiled.diagnostics.map(\.message),
                       ["compiling this cell took longer than its time limit (1e-09 s); split it or simplify its expressions"])
        XCTAssertEqual(compiled.diagnostics.first?.location, SourceLocation(line: 9, column: 5), "at the first statement, not a comment")
        XCTAssertEqual(interpreter.run(compiled).text, "")
        // The same cell with its usual limit compiles and runs.
        XCTAssertEqual(Interpreter().execute(CellSource(code: code, firstLine: 1)).text, "ran\n")
    }
}
