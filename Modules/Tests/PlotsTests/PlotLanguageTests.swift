import XCTest
@testable import Plots

/// Figure descriptions for screen readers follow the page's language.
final class PlotLanguageTests: XCTestCase {
    private func figure() -> Figure {
        var figure = Figure(title: "Prossimo token", xLabel: "token", yLabel: "probabilità")
        figure.bar(categories: ["a", "b"], values: [0.3, 0.7], label: "softmax")
        figure.line(x: [0, 1, 2], y: [1, 2, 3])
        figure.yScale = .log
        return figure
    }

    func testItalianSummaryHasNoEnglishWords() {
        XCTAssertEqual(figure().summary(in: .italian),
                       "Grafico (barre e linee): Prossimo token. 2 serie: barre \"softmax\" con 2 barre; linee con 3 punti. "
                       + "Asse x token, asse y probabilità (scala logaritmica).")
        XCTAssertEqual(figure().summary, "Bar and line chart: Prossimo token. 2 series: bar \"softmax\" with 2 bars; "
                       + "line with 3 points. X axis token, y axis probabilità (log scale).")
    }

    func testRenderedDescriptionUsesTheLanguage() {
        let document = figure().render(language: .italian)
        XCTAssertTrue(document.svg.contains("<desc id=\"\(document.id)-desc\">Grafico (barre e linee)"), document.svg)
        var grid = FigureGrid(title: "Decodifica", columns: 2)
        grid.add(figure())
        XCTAssertTrue(grid.render(language: .italian).summary.hasPrefix("Griglia di 1 grafico in 1 riga: Decodifica. Pannello 1: Grafico"))
    }

    func testLanguageTags() {
        XCTAssertEqual(PlotLanguage(tag: "it"), .italian)
        XCTAssertEqual(PlotLanguage(tag: "it-IT"), .italian)
        XCTAssertEqual(PlotLanguage(tag: "fr"), .english)
        XCTAssertEqual(PlotLanguage(tag: nil), .english)
    }
}
