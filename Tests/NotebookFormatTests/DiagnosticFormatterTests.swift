import Diagnostics
import XCTest

final class DiagnosticFormatterTests: XCTestCase {
    func testCompilerStyleWithSourceLineAndCaret() {
        let formatter = DiagnosticFormatter(path: "Notebooks/a.md", source: "one\n\tlet y = slpoe * 2\n")
        let text = formatter.format(.error("cannot find 'slpoe' in scope", at: SourceLocation(line: 2, column: 10),
                                           notes: ["did you mean 'slope'?"]))
        XCTAssertEqual(text, """
        Notebooks/a.md:2:10: error: cannot find 'slpoe' in scope
        \tlet y = slpoe * 2
        \t        ^
        Notebooks/a.md:2:10: note: did you mean 'slope'?

        """)
    }

    func testWholeFileDiagnostic() {
        let formatter = DiagnosticFormatter(path: "x.md", source: "")
        XCTAssertEqual(formatter.format(.error("no such file: 'x.md'", at: nil)), "x.md: error: no such file: 'x.md'\n")
    }

    func testSuggestions() {
        XCTAssertEqual(NameSuggester.suggestion(for: "slpoe", among: ["slope", "intercept", "x"]), "slope")
        XCTAssertEqual(NameSuggester.suggestion(for: "interecpt", among: ["slope", "intercept"]), "intercept")
        XCTAssertNil(NameSuggester.suggestion(for: "banana", among: ["slope", "intercept"]))
        XCTAssertEqual(NameSuggester.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)), 3)
    }
}
