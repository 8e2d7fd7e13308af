import NotebookFormat
import XCTest

/// Inline formulas the way authors write them in wrapped prose.
final class InlineMathTests: XCTestCase {
    private func paragraphs(_ text: String) throws -> [[Inline]] {
        try NotebookParser.parse(source: text, path: "lesson.md").blocks.compactMap { block in
            if case .paragraph(let content, _) = block { return content }
            return nil
        }
    }

    private func formulas(_ inlines: [Inline]) -> [String] {
        inlines.compactMap { inline in
            if case .math(let latex, false) = inline { return latex }
            return nil
        }
    }

    func testFormulaBrokenAcrossTwoLinesIsOneFormula() throws {
        let found = try paragraphs("con $N_c \\approx 8{,}8 \\cdot\n10^{13}$, $\\alpha_N \\approx 0{,}076$ e altro\ntesto.\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(formulas(found[0]), ["N_c \\approx 8{,}8 \\cdot\n10^{13}", "\\alpha_N \\approx 0{,}076"])
        XCTAssertFalse(found[0].map(\.plainText).joined().contains("$"))
    }

    func testDollarsThatCannotCloseStayText() throws {
        let prices = try paragraphs("costa $5 al mese\ne $10 all'anno.\n")
        XCTAssertEqual(formulas(prices[0]), [])
        let paragraphEnd = try paragraphs("un $x aperto\n\naltro $ paragrafo.\n")
        XCTAssertEqual(paragraphEnd.flatMap(formulas), [])
    }
}
