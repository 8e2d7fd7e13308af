import MathML
import XCTest

/// The Italian decimal comma written `8{,}8` is one number, as in TeX, not "8, 8".
final class DecimalCommaTests: XCTestCase {
    private func body(_ latex: String) throws -> String {
        let markup = try MathMLConverter.convert(latex, display: false)
        let start = try XCTUnwrap(markup.range(of: "\">")).upperBound
        let end = try XCTUnwrap(markup.range(of: "</math>", options: .backwards)).lowerBound
        return String(markup[start..<end])
    }

    func testBracedCommaBetweenDigitsIsADecimalComma() throws {
        XCTAssertEqual(try body("8{,}8"), "<mn>8,8</mn>")
        XCTAssertEqual(try body("0{,}125 \\cdot 2"), "<mn>0,125</mn><mo>⋅</mo><mn>2</mn>")
        XCTAssertEqual(try body("3.5"), "<mn>3.5</mn>")
    }

    func testOtherCommasStayPunctuation() throws {
        XCTAssertFalse(try body("8,8").contains("<mn>8,8</mn>"))
        XCTAssertFalse(try body("8{,}x").contains("<mn>8,</mn>"))
        XCTAssertFalse(try body("1.5{,}2").contains("<mn>1.5,2</mn>"))   // one separator per number
    }
}
