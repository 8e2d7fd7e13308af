import CellLanguage
import XCTest

/// Positions of the diagnostics the position programs (`Positions/`) cannot hold: a warning (they hold errors) and
/// the bracket-nesting limit (which stops a cell before it is parsed, so it cannot stand beside other mistakes).
final class LimitAndWarningPositionTests: XCTestCase {
    /// `1 ?? 2`: swiftc's warning, at the `??`, in every context (positions from swiftc 6 on this program).
    func testNilCoalescingOnANonOptionalWarnsAtTheOperator() {
        let code = """
        let n1 = 1 ?? 2
        func f() { let n2 = 1 ?? 2 }
        let c = { let n3 = 1 ?? 2 }
        struct S { init() { let n4 = 1 ?? 2 }; static func s() { let n5 = 1 ?? 2 }; var v = 0; mutating func m() { let n6 = 1 ?? 2 } }
        func outer() { func inner() { let n7 = 1 ?? 2 }; inner() }
        final class O { func m() { let n8 = 1 ?? 2 } }
        """
        let compiled = Interpreter().compile(CellSource(code: code, firstLine: 1))
        XCTAssertEqual(compiled.diagnostics.filter { $0.severity == .error }, [])
        let warnings = compiled.diagnostics.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.map { "\($0.location!.line):\($0.location!.column)" },
                       ["1:12", "2:23", "3:22", "4:32", "4:69", "4:119", "5:42", "6:39"])
        XCTAssertEqual(Set(warnings.map(\.message)),
                       ["left side of nil coalescing operator '??' has non-optional type 'Int', so the right side is never used"])
    }

    /// More top-level variables than a notebook holds: a limit of the whole cell (no oracle: swiftc has none), so at
    /// its first statement, not at a comment, like the compile-time limit (`CompileCostTests`).
    func testTooManyGlobalsAtTheCellsFirstStatement() {
        let code = "// many constants\n  let g0 = 0\n" + (1...(1 << 15)).map { "let g\($0) = \($0)" }.joined(separator: "\n")
        let diagnostics = Interpreter().compile(CellSource(code: code, firstLine: 5)).diagnostics
        XCTAssertEqual(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" },
                       ["6:3: too many top-level variables in this notebook (limit 32768)"])
    }

    /// Square brackets nested 14 deep (nbrun's limit is 12; swiftc has none, so no oracle): the error is at the
    /// first bracket beyond the limit, in every context, and nothing else is reported.
    func testBracketsTooDeepAtTheFirstBracketBeyondTheLimit() {
        let deep = "let b = " + String(repeating: "[", count: 14) + "1" + String(repeating: "]", count: 14)
        let contexts = [
            deep,
            "func f() {\n    \(deep)\n}",
            "func outer() {\n    func inner() {\n        \(deep)\n    }\n}",
            "let c = {\n    \(deep)\n}",
            "struct S {\n    init() {\n        \(deep)\n    }\n}",
            "struct S {\n    static func s() {\n        \(deep)\n    }\n}",
            "struct S {\n    var v = 0\n    mutating func m() {\n        \(deep)\n    }\n}",
            "final class O {\n    func m() {\n        \(deep)\n    }\n}",
        ]
        for code in contexts {
            let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.firstIndex { $0.contains("[") }!
            let thirteenth = lines[line].indices.filter { lines[line][$0] == "[" }[12]
            let column = lines[line].distance(from: lines[line].startIndex, to: thirteenth) + 1
            let diagnostics = Interpreter().compile(CellSource(code: code, firstLine: 1)).diagnostics
            XCTAssertEqual(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" },
                           ["\(line + 1):\(column): square brackets are nested more than 12 levels deep"], code)
        }
    }
}
