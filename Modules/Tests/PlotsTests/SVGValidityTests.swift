import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Plots

/// Every fixture parses as XML and carries the accessibility and scaling attributes.
final class SVGValidityTests: XCTestCase {
    /// An attribute's value (looked up by name: `attribute(forName:)` misses attributes of elements in the
    /// default namespace on Linux).
    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    func testEveryFixtureIsWellFormedXML() throws {
        for (name, document) in ChartFixtures.all {
            do {
                let xml = try XMLDocument(xmlString: document.svg, options: [])
                let root = try XCTUnwrap(xml.rootElement(), name)
                XCTAssertEqual(root.name, "svg", name)
                XCTAssertEqual(attribute(root, "role"), "img", name)
                XCTAssertEqual(attribute(root, "id"), document.id, name)
                XCTAssertNotNil(attribute(root, "viewBox"), name)
                XCTAssertNil(attribute(root, "width"), name)
                XCTAssertEqual(attribute(root, "style"), "max-width:100%;height:auto", name)
                XCTAssertEqual(root.elements(forName: "title").count, 1, name)
                XCTAssertEqual(root.elements(forName: "desc").count, 1, name)
            } catch {
                XCTFail("\(name) is not well-formed XML: \(error)")
            }
        }
    }

    func testTitleAndCaptionBecomeTitleAndDesc() throws {
        var fig = Figure(title: "Prezzi & <case>")
        fig.scatter(x: [1, 2], y: [3, 4], label: "a \"b\" 'c'")
        let doc = fig.render(caption: "Didascalia <importante>")
        XCTAssertTrue(doc.svg.contains("<title id=\"\(doc.id)-title\">Prezzi &amp; &lt;case&gt;</title>"))
        XCTAssertTrue(doc.svg.contains("<desc id=\"\(doc.id)-desc\">Didascalia &lt;importante&gt;</desc>"))
        XCTAssertTrue(doc.svg.contains("a &quot;b&quot; &#39;c&#39;"))
        XCTAssertNoThrow(try XMLDocument(xmlString: doc.svg, options: []))
    }

    func testControlCharactersAreRemovedFromText() throws {
        let fig = Figure(title: "a\u{1}b\u{0}c\u{7}")
        let doc = fig.render()
        XCTAssertTrue(doc.svg.contains(">abc</title>"))
        XCTAssertNoThrow(try XMLDocument(xmlString: doc.svg, options: []))
    }

    func testWithoutCaptionTheDescIsTheSummary() {
        let doc = ChartFixtures.bars().render()
        XCTAssertTrue(doc.svg.contains("<desc id=\"\(doc.id)-desc\">Bar chart: Frequenza dei token. 1 series: bar with 6 bars."))
    }

    func testIdsDependOnContentAndAreUniquePerFigure() throws {
        let docs = ChartFixtures.all.map(\.document)
        XCTAssertEqual(Set(docs.map(\.id)).count, docs.count)
        for doc in docs {
            XCTAssertNotNil(doc.id.range(of: "^plot-[0-9a-f]{12}$", options: .regularExpression))
            // Every id attribute in the document starts with the document id.
            let ids = doc.svg.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            XCTAssertTrue(ids.allSatisfy { $0.hasPrefix(doc.id) }, doc.id)
            XCTAssertEqual(Set(ids).count, ids.count, "duplicate id in \(doc.id)")
        }
        let seeded = ChartFixtures.bars().render(idSeed: "cell-2")
        XCTAssertNotEqual(seeded.id, ChartFixtures.bars().render().id)
    }

    func testCoordinatesAreRoundedToHundredths() {
        for (name, document) in ChartFixtures.all {
            let long = document.svg.range(of: "[0-9]\\.[0-9]{3,}", options: .regularExpression)
            XCTAssertNil(long, "\(name) has a number with more than two decimals")
        }
    }

    func testRegressionPlotIsSmallAndDark() {
        let doc = ChartFixtures.regression().render(caption: "40 punti")
        XCTAssertLessThan(doc.svg.utf8.count, 12 * 1024)
        XCTAssertTrue(doc.svg.contains("fill=\"#111111\""), "dark background")
        XCTAssertTrue(doc.svg.contains("stroke=\"#ffd700\""), "gold points")
        XCTAssertTrue(doc.svg.contains("stroke=\"#90ee90\""), "light-green line")
        XCTAssertEqual(doc.warnings, [])
    }
}
