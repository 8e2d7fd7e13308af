import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Plots

/// Empty, single-point, non-finite and constant data: warnings, never a broken file.
final class EdgeCaseTests: XCTestCase {
    private func assertWellFormed(_ doc: SVGDocument, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNoThrow(try XMLDocument(xmlString: doc.svg, options: []), file: file, line: line)
        XCTAssertFalse(doc.svg.contains("nan"), file: file, line: line)
        XCTAssertFalse(doc.svg.contains("inf"), file: file, line: line)
    }

    func testEmptyFigureWarns() {
        let doc = Figure(title: "Vuoto").render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, ["the figure has no data"])
    }

    func testEmptySeriesWarns() {
        var fig = Figure()
        fig.line(x: [], y: [])
        fig.scatter(x: [], y: [])
        let doc = fig.render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, ["line series 1: no points", "scatter series 2: no points"])
    }

    func testSinglePointGetsARange() {
        let doc = ChartFixtures.singlePoint().render()
        assertWellFormed(doc)
        XCTAssertTrue(doc.svg.contains(">3.0<") || doc.svg.contains(">3<"), "a tick near the point")
    }

    func testNonFiniteValuesAreSkippedWithWarnings() {
        let doc = ChartFixtures.nonFinite().render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, [
            "line series 1 'con buchi': skipped 2 points with NaN or infinite values",
            "scatter series 2 'punti': skipped 3 points with NaN or infinite values",
        ])
        // The line is broken at the gaps: three subpaths.
        let linePath = doc.svg.components(separatedBy: "\n").first { $0.contains("stroke-linejoin") } ?? ""
        XCTAssertEqual(linePath.filter { $0 == "M" }.count, 3)
    }

    func testNonPositiveValuesOnLogAxesAreSkipped() {
        var fig = Figure(yScale: .log)
        fig.scatter(x: [1, 2, 3], y: [10, 0, -1])
        let doc = fig.render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, ["scatter series 1: skipped 2 points with NaN, infinite or non-positive (log axis) values"])
    }

    func testConstantDataIsCentred() {
        let doc = ChartFixtures.constant().render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, [])
        XCTAssertTrue(doc.svg.contains(">5.0<"))
    }

    func testConstantHeatmapAndHistogram() {
        var fig = Figure()
        fig.heatmap([[2, 2], [2, 2]], showValues: true)
        assertWellFormed(fig.render())
        var hist = Figure()
        hist.histogram([3, 3, 3])
        let doc = hist.render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, [])
    }

    func testMalformedGridsAreSkipped() {
        var fig = Figure()
        fig.contour(x: [0, 1, 2], y: [0, 1], z: [[1, 2, 3]])
        fig.decisionRegions(x: [0, 2, 1], y: [0, 1], classes: [[0, 1, 0], [1, 1, 0]])
        let doc = fig.render()
        assertWellFormed(doc)
        XCTAssertEqual(doc.warnings, [
            "filled contour series 1: the grid must have 2 rows of 3 values; series skipped",
            "decision regions series 2: grid coordinates must be finite and increasing; series skipped",
        ])
    }

    func testMismatchedLengthsWarn() {
        var fig = Figure()
        fig.scatter(x: [1, 2, 3], y: [1, 2])
        fig.bar(categories: ["a", "b"], values: [1])
        let doc = fig.render()
        assertWellFormed(doc)
        XCTAssertTrue(doc.warnings.contains("scatter series 1: x has 3 values and y has 2; extra values ignored"))
        XCTAssertTrue(doc.warnings.contains("bar series 2: 2 categories and 1 values; extra ignored"))
    }

    func testAbsurdSizesAreClamped() {
        let doc = Figure(width: 10, height: .nan).render()
        assertWellFormed(doc)
        XCTAssertTrue(doc.svg.contains("viewBox=\"0 0 160 420\""))
        XCTAssertEqual(doc.warnings.first, "figure size 10×0 adjusted to 160×420")
    }

    func testLimitsClipTheLine() {
        var fig = Figure(xLimits: 0...1, yLimits: 0...1)
        fig.line(x: [-10, 10], y: [-10, 10])
        let doc = fig.render()
        XCTAssertTrue(doc.svg.contains("clip-path=\"url(#\(doc.id)-clip)\""))
        XCTAssertEqual(doc.warnings, [])
    }

    func testSummaryDescribesTheChart() {
        XCTAssertEqual(ChartFixtures.regression().summary,
                       "Scatter and line chart: Regressione lineare. 2 series: scatter \"Dati\" with 40 points; "
                       + "line \"y = 2x + 1\" with 2 points. X axis Superficie, y axis Prezzo.")
    }
}

/// Extreme magnitudes and grids of figures.
final class RobustnessTests: XCTestCase {
    func testExtremeMagnitudesNeverBreakTheFile() throws {
        var fig = Figure(xScale: .log)
        fig.scatter(x: [1e-300, 1e300], y: [-1e308, 1e308])
        fig.histogram([-1e308, 1e308])
        fig.line(x: [1, 2], y: [.greatestFiniteMagnitude, -.greatestFiniteMagnitude])
        fig.annotate("qui", x: .nan, y: 1)
        let doc = fig.render()
        XCTAssertNoThrow(try XMLDocument(xmlString: doc.svg, options: []))
        XCTAssertTrue(doc.warnings.contains("annotation 'qui' has a position that cannot be shown; skipped"))
        XCTAssertTrue(doc.warnings.contains("histogram series 2: values span too wide a range to bin; series skipped"))
    }

    func testGridPlacesPanelsAndPrefixesWarnings() throws {
        var grid = FigureGrid(title: "Griglia", columns: 2)
        var a = Figure(title: "A", width: 300, height: 200)
        a.scatter(x: [1, .nan], y: [1, 2])
        grid.add(a)
        grid[1, 1] = Figure(title: "D", width: 300, height: 200)
        XCTAssertEqual(grid.figures.count, 4)
        XCTAssertEqual(grid.rows, 2)
        XCTAssertEqual(grid[0, 0]?.title, "A")
        XCTAssertNil(grid[5, 0])
        let doc = grid.render()
        XCTAssertNoThrow(try XMLDocument(xmlString: doc.svg, options: []))
        XCTAssertTrue(doc.svg.contains("viewBox=\"0 0 600 440\""))
        XCTAssertTrue(doc.svg.contains("<g transform=\"translate(300 240)\">"))
        XCTAssertEqual(doc.warnings.first, "panel 1: scatter series 1: skipped 1 point with NaN or infinite values")
        XCTAssertTrue(doc.svg.contains("id=\"\(doc.id)-p3-clip\""))
        XCTAssertFalse(doc.svg.contains("id=\"\(doc.id)-p1-clip\""), "blank filler panels are not drawn")
    }

    func testExplicitColoursAreSkippedByThePalette() {
        var fig = Figure()
        fig.line(y: [1, 2], color: Palette.light[0])
        fig.line(y: [2, 3])
        let doc = fig.render()
        XCTAssertEqual(doc.svg.components(separatedBy: "stroke=\"\(Palette.light[0])\"").count - 1, 1)
        XCTAssertTrue(doc.svg.contains("stroke=\"\(Palette.light[1])\""))
    }
}
