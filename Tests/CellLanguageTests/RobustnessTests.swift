import CellLanguage
import Diagnostics
import XCTest

/// Malformed, unsupported and hostile cells: every one ends in diagnostics or output, never a crash.
final class RobustnessTests: XCTestCase {
    private let snippets = [
        "", "   \n\n", "let", "let x =", "func", "func f(", "}", "{", "((((((", "print(", "\"unterminated",
        "let x: = 3", "var 1x = 2", "x = ", "for in 0..<3 {}", "for i in { }", "while {}", "if { } else",
        "let a = [1, 2", "let d = [1: ]", "switch 3 { }", "switch 3 { case: }", "struct { }", "enum E { case }",
        "class C { init( }", "let t = (1, ", "let s = \"\\(\"", "let s = \"\\u{ZZ}\"", "print(1 +)", "print(+)",
        "let x = 1 +++ 2", "infix operator +++", "import", "#if DEBUG\n#endif", "@main struct A {}",
        "let x = y", "x.y.z()", "print(undefined[0])", "let f = { $0 }", "let g = { (a) in a }",
        "func f() -> Int { }", "func f(_ x: Int) { return x }", "let x: Int = \"s\"", "let a: [Int] = [\"x\"]",
        "var a = [1]; a.append(contentsOf: 3)", "let d: [String: Int] = [1: 2]", "let o: Int? = 3; print(o + 1)",
        "let x = 1; x += 1", "func f(a: Int, a: Int) {}", "struct P { var x: Int }; var p = P(); p.y = 1",
        "enum E { case a }; let e: E = .b", "let r = 1.0...2.0", "for x in 3 {}", "let s = Set([1])",
        "protocol P {}; struct S: P {}", "extension Int {}", "func g<T>(_ x: T) {}", "async let x = 1",
        "try foo()", "throw E.a", "let k = \\String.count", "let r = /a+/", "actor A {}", "defer {}",
        "let x = 10 / 0", "let y = Int.max + 1", "var xs: [Int] = []; print(xs[0])", "let x = [Int](repeating: 0, count: -1)",
        "let s = String(repeating: \"a\", count: -2)", "print(String(format: \"%d %d\", 1))", "print(String(format: \"%s\", \"a\"))",
        "print(String(format: \"%@\", 1.5))", "let c = Character(\"ab\")", "var a = [1]; a.removeFirst(); a.removeFirst()",
        "let d = Dictionary(uniqueKeysWithValues: [(1, 1), (1, 2)])", "print(stride(from: 0, to: 10, by: 0))",
        "func r() -> Int { r() }; print(r())", "let z: Int? = nil; print(z!)", "print(Int(Double.nan))",
        "print([1, 2, 3][5...])", "print([1, 2][1..<5])", "var s = 0; for i in 0..<10 where i > s { s = i / (i - 5) }",
        "let f: (Int) -> Int = { x in x }; print(f(1, 2))", "print(abs(Int.min))", "print(-Int.min)", "print(Int.min / -1)",
        "print(Int.min % -1)", "print(1 << 70, -1 >> 70)", "print((0..<0).map { $0 }, (5...5).count)",
        String(repeating: "(", count: 2000) + "1" + String(repeating: ")", count: 2000),
        "let x = " + Array(repeating: "1", count: 3000).joined(separator: " + "),
        String(repeating: "if true { ", count: 300) + String(repeating: "}", count: 300),
    ]

    func testNoSnippetCrashes() {
        for snippet in snippets {
            let interpreter = Interpreter(limits: ExecutionLimits(timeoutSeconds: 5))
            let result = interpreter.execute(CellSource(code: snippet, firstLine: 3, columnOffset: 1))
            for diagnostic in result.diagnostics {
                XCTAssertFalse(diagnostic.message.isEmpty, "empty message for \(snippet)")
                if let location = diagnostic.location {
                    XCTAssertGreaterThanOrEqual(location.line, 3, "\(snippet): \(diagnostic.message)")
                    XCTAssertGreaterThanOrEqual(location.column, 2, "\(snippet): \(diagnostic.message)")
                }
            }
        }
    }

    func testSnippetsRunTogetherInOneNotebookDoNotCrashEither() {
        let interpreter = Interpreter(limits: ExecutionLimits(timeoutSeconds: 5))
        let cells = snippets.enumerated().map { CellSource(code: $0.element, firstLine: 1 + $0.offset * 10) }
        let compiled = cells.map(interpreter.compile)
        for cell in compiled { _ = interpreter.run(cell) }
        XCTAssertTrue(compiled.contains { $0.hasErrors })
    }
}
