import MathML
import XCTest

/// Errors: messages and positions (0-based offset, 1-based line and column inside the formula).
final class ErrorTests: XCTestCase {
    private func error(_ latex: String, display: Bool = false) -> MathError? {
        do {
            _ = try MathMLConverter.convert(latex, display: display)
            return nil
        } catch {
            return error
        }
    }

    private func assertError(
        _ latex: String, _ message: String, column: Int, line: Int = 1, file: StaticString = #filePath, lineNumber: UInt = #line
    ) {
        guard let error = error(latex) else {
            XCTFail("expected an error for \(latex)", file: file, line: lineNumber)
            return
        }
        XCTAssertEqual(error.message, message, latex, file: file, line: lineNumber)
        XCTAssertEqual(error.column, column, "column for \(latex)", file: file, line: lineNumber)
        XCTAssertEqual(error.line, line, "line for \(latex)", file: file, line: lineNumber)
    }

    func testUnknownCommandPointsAtTheBackslash() {
        assertError(#"x + \frak{g}"#, #"unknown command '\frak'"#, column: 5)
        assertError(#"\alpha\betta"#, #"unknown command '\betta'"#, column: 7)
    }

    func testUnbalancedBraces() {
        assertError(#"\frac{a}{b"#, "missing '}' to close this '{'", column: 9)
        assertError(#"a}"#, "unexpected '}' without a matching '{'", column: 2)
        assertError(#"\text{abc"#, "missing '}' to close this '{'", column: 6)
    }

    func testLeftAndRight() {
        assertError(#"x \right)"#, #"'\right' without '\left'"#, column: 3)
        assertError(#"\left( x"#, #"missing '\right' for this '\left'"#, column: 1)
        assertError(#"a \middle| b"#, #"'\middle' without '\left'"#, column: 3)
        assertError(#"\left x \right)"#, #"'\left' must be followed by a delimiter such as '(' or '.', not 'x'"#, column: 7)
        assertError(#"\left"#, #"'\left' must be followed by a delimiter such as '(' or '.', not nothing"#, column: 6)
    }

    func testScripts() {
        assertError("x^1^2", "double superscript", column: 4)
        assertError("x_1_2", "double subscript", column: 4)
        assertError("x^", "missing superscript after '^'", column: 3)
        assertError("x_}", "missing subscript after '_'", column: 3)
        assertError(#"\frac{a}"#, #"missing denominator for '\frac'"#, column: 9)
        assertError(#"x\limits"#, #"'\limits' must follow an operator such as '\sum'"#, column: 2)
    }

    func testEnvironments() {
        assertError(#"\begin{pmatrix} a"#, #"missing '\end{pmatrix}' for this '\begin'"#, column: 1)
        assertError(#"\begin{pmatrix} a \end{bmatrix}"#, #"'\end{bmatrix}' does not match '\begin{pmatrix}'"#, column: 19)
        assertError(#"\begin{tabular} a \end{tabular}"#, "unknown environment 'tabular'", column: 1)
        assertError(#"\end{x}"#, #"'\end' without '\begin'"#, column: 1)
        assertError(#"x + \begin{array}{c|c} a \end{array}"#, "vertical rules ('|') in 'array' are not supported", column: 5)
        assertError(#"\begin{array}{cx} a \end{array}"#, "unknown column type 'x' in 'array' (use l, c or r)", column: 1)
        assertError(#"{a & b}"#, "'&' is only allowed in an environment such as 'aligned' or 'pmatrix'", column: 4)
    }

    func testSpecialCharacters() {
        assertError("50%", #"'%' starts a comment in LaTeX; write '\%' for a percent sign"#, column: 3)
        assertError("#1", ##"write '\#' for a '#' sign"##, column: 1)
        assertError("a $ b", "unexpected '$' inside a formula", column: 3)
        assertError("a\\", #"'\' at the end of the formula"#, column: 2)
        assertError("a\u{1}b", "unexpected control character U+0001", column: 2)
        assertError(#"\text{\foo}"#, #"unsupported command '\foo' inside '\text'"#, column: 7)
        assertError(#"\sqrt[3{x}"#, "missing ']' to close this '['", column: 6)
    }

    func testPositionsInMultiLineFormulasAndAfterWideCharacters() {
        assertError("a = b \\\\\nc = \\frak", #"unknown command '\frak'"#, column: 5, line: 2)
        // Columns count characters, not bytes: "è" and "😀" are one column each.
        assertError(#"\text{è😀} \nope"#, #"unknown command '\nope'"#, column: 11)
        XCTAssertEqual(error(#"\text{è😀} \nope"#)?.offset, 10)
    }

    func testErrorDescriptionIsLineColonColumnColonMessage() {
        XCTAssertEqual(error(#"\frak"#)?.description, #"1:1: unknown command '\frak'"#)
    }
}
