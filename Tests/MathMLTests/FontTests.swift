import MathML
import XCTest

/// Math alphabets map to the Unicode Mathematical Alphanumeric Symbols, including the letters that live
/// in the Letterlike Symbols block.
final class FontTests: XCTestCase {
    private func content(_ latex: String) throws -> String {
        let markup = try MathMLConverter.convert(latex, display: false)
        let prefix = #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">"#
        return String(markup.dropFirst(prefix.count).dropLast("</math>".count))
    }

    func testAlphabetsIncludingTheirHoles() throws {
        XCTAssertEqual(try content(#"\mathbb{NZQRC}"#), "<mrow><mi>ℕ</mi><mi>ℤ</mi><mi>ℚ</mi><mi>ℝ</mi><mi>ℂ</mi></mrow>")
        XCTAssertEqual(try content(#"\mathbb{A1}"#), "<mrow><mi>𝔸</mi><mn>𝟙</mn></mrow>")
        XCTAssertEqual(try content(#"\mathcal{BLN}"#), "<mrow><mi>ℬ</mi><mi>ℒ</mi><mi>𝒩</mi></mrow>")
        XCTAssertEqual(try content(#"\mathit{h}"#), "<mi>ℎ</mi>")
        XCTAssertEqual(try content(#"\mathbf{Az9}"#), "<mrow><mi>𝐀</mi><mi>𝐳</mi><mn>𝟗</mn></mrow>")
        XCTAssertEqual(try content(#"\mathfrak{gR}"#), "<mrow><mi>𝔤</mi><mi>ℜ</mi></mrow>")
        XCTAssertEqual(try content(#"\mathsf{A}\mathtt{a}"#), "<mi>𝖠</mi><mi>𝚊</mi>")
    }

    func testGreekInBoldAlphabets() throws {
        XCTAssertEqual(try content(#"\boldsymbol{\alpha\varphi\Sigma}"#), "<mrow><mi>𝜶</mi><mi>𝝋</mi><mi>𝚺</mi></mrow>")
        // \mathbf leaves lowercase Greek alone, as TeX does.
        XCTAssertEqual(try content(#"\mathbf{\alpha\Sigma}"#), "<mrow><mi>α</mi><mi>𝚺</mi></mrow>")
    }

    func testRomanJoinsLettersIntoOneUprightIdentifier() throws {
        XCTAssertEqual(try content(#"\mathrm{ReLU}(x)"#),
                       #"<mi>ReLU</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>"#)
        XCTAssertEqual(try content(#"\mathrm{x}"#), #"<mi mathvariant="normal">x</mi>"#)
        XCTAssertEqual(try content(#"\mathrm{\alpha}"#), #"<mi mathvariant="normal">α</mi>"#)
        XCTAssertEqual(try content(#"\operatorname{f}x"#),
                       #"<mi mathvariant="normal">f</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>x</mi>"#)
    }
}
