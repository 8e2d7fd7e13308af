import CellLanguage
import Diagnostics
import XCTest

/// `String.Index`, Substrings and implicitly unwrapped optionals: an index out of bounds or a nil read where a value
/// is needed stops the cell as swiftc's program stops; mistakes are swiftc's errors at swiftc's positions.
final class StringIndexTests: XCTestCase {
    private func runtimeError(_ code: String) -> (message: String?, line: Int?, column: Int?, output: String) {
        let result = Interpreter().execute(CellSource(code: code, firstLine: 1))
        XCTAssertFalse(result.succeeded)
        let diagnostic = result.diagnostics.first
        return (diagnostic?.message, diagnostic?.location?.line, diagnostic?.location?.column, result.text)
    }

    func testAnIndexOutOfBoundsIsARuntimeError() {
        // Columns: the subscript's bracket or the method's name, where nbrun reports run-time errors of calls.
        let cases: [(String, Int)] = [
            ("let s = \"ab\"\nprint(\"before\")\nprint(s[s.endIndex])", 8),
            ("let s = \"ab\"\nprint(\"before\")\nprint(s.index(after: s.endIndex))", 9),
            ("let s = \"ab\"\nprint(\"before\")\nprint(s.index(before: s.startIndex))", 9),
            ("let s = \"ab\"\nprint(\"before\")\nprint(s.index(s.startIndex, offsetBy: 3))", 9),
            ("var s = \"ab\"\nprint(\"before\")\ns.remove(at: s.endIndex)", 3),
            ("var s = \"ab\"\nprint(\"before\")\ns.insert(\"x\", at: \"abcdef\".endIndex)", 3),
            ("let s = \"abc\"\nprint(\"before\")\nlet sub = s[s.index(after: s.startIndex)...]\nprint(sub[s.startIndex])", 10),
        ]
        for (code, column) in cases {
            let error = runtimeError(code)
            XCTAssertEqual(error.message, "String index is out of bounds", code)
            XCTAssertEqual(error.line, code.hasPrefix("let s = \"abc\"") ? 4 : 3, code)
            XCTAssertEqual(error.column, column, code)
            XCTAssertEqual(error.output, "before\n", code)
        }
    }

    func testANilImplicitlyUnwrappedOptionalStopsTheCellWhereAValueIsNeeded() {
        let error = runtimeError("var n: Int! = nil\nlet copy = n\nprint(copy == nil)\nlet x: Int = n")
        XCTAssertEqual(error.message, "unexpectedly found nil while implicitly unwrapping an Optional value")
        XCTAssertEqual(error.line, 4)
        XCTAssertEqual(error.output, "true\n")
        let member = runtimeError("class C { var next: C!; var v = 1 }\nlet c = C()\nprint(c.next.v)")
        XCTAssertEqual(member.message, "unexpectedly found nil while implicitly unwrapping an Optional value")
        XCTAssertEqual(member.line, 3)
        let compound = runtimeError("var n: Int! = nil\nn += 1")
        XCTAssertEqual(compound.message, "unexpectedly found nil while implicitly unwrapping an Optional value")
        XCTAssertEqual(compound.line, 2)
    }

    func testIndexMistakesAreSwiftcsErrors() {
        // Expected: swiftc 6's errors for the same program.
        XCTAssertEqual(diagnosticLines("""
        let s = "ab"
        let c = s[0]
        let j = s.startIndex
        let i = j + 1
        let n: Int = j
        var w = "ab"
        w.insert("x", at: 0)
        let k = 2 - j
        """), [
            "2:9: 'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead.",
            "4:9: cannot convert value of type 'String.Index' to expected argument type 'Int'",
            "5:14: cannot convert value of type 'String.Index' to specified type 'Int'",
            "7:19: cannot convert value of type 'Int' to expected argument type 'String.Index'",
            "8:13: cannot convert value of type 'String.Index' to expected argument type 'Int'",
        ])
    }
}
