import Foundation
import TestSupport
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Diagrams

final class MermaidSVGTests: XCTestCase {
    private func assertWellFormed(_ svg: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNoThrow(try XMLDocument(xmlString: svg, options: []), file: file, line: line)
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    func testSeedDiagramsRenderAsWellFormedInlineSVG() throws {
        for source in [SeedDiagrams.decoder, SeedDiagrams.legend] {
            let svg = try Mermaid.svg(from: source)
            assertWellFormed(svg)
            XCTAssertTrue(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""))
            XCTAssertFalse(svg.contains("<?xml"))
            XCTAssertFalse(svg.contains("<!DOCTYPE"))
            XCTAssertFalse(svg.contains("<!--"))
            XCTAssertFalse(svg.contains("pt\""), "no fixed width/height in points")
            XCTAssertTrue(svg.contains("role=\"img\""))
            XCTAssertTrue(svg.contains("style=\"width:100%;max-width:"))
            XCTAssertEqual(count("<title", in: svg), 1, "only the accessible title remains")
            XCTAssertFalse(svg.contains("Times"), "the page font replaces Graphviz's default")
        }
    }

    func testDecoderSeedKeepsLabelsColoursAndStyles() throws {
        let svg = try Mermaid.svg(from: SeedDiagrams.decoder)
        XCTAssertTrue(svg.contains(">📝 Prompt:</text>"))
        XCTAssertTrue(svg.contains(">&#39;Il gatto è&#39;</text>") || svg.contains(">'Il gatto è'</text>"))
        XCTAssertTrue(svg.contains(">➕ Add &amp; Norm</text>"))
        XCTAssertTrue(svg.contains(">🔷 Decoder Layer 1</text>"))
        XCTAssertTrue(svg.contains(">Yes</text>"))
        XCTAssertTrue(svg.contains("fill=\"#e3f2fd\" stroke=\"#1565c0\""), "inputStage classDef")
        XCTAssertTrue(svg.contains("fill=\"#f8f4ff\" stroke=\"#6a1b9a\" stroke-width=\"2\" stroke-dasharray"), "subgraph class")
        XCTAssertEqual(count("class=\"cluster\"", in: svg), 3)
        XCTAssertEqual(count("class=\"node shape_", in: svg), 26)
        XCTAssertEqual(count("class=\"edge\"", in: svg), 28)
        XCTAssertEqual(count("stroke-dasharray=\"5,2\"", in: svg), 3 + 3, "three dotted links, three dashed boxes")
        XCTAssertTrue(svg.contains("<polygon fill=\"#fff3e0\" stroke=\"#f57c00\" stroke-width=\"2\" points=\""), "diamond")
    }

    func testLegendSeedUsesBoldLargerText() throws {
        let svg = try Mermaid.svg(from: SeedDiagrams.legend)
        XCTAssertEqual(count("class=\"cluster\"", in: svg), 9)
        XCTAssertEqual(count("class=\"node shape_", in: svg), 18)
        XCTAssertTrue(svg.contains("font-weight=\"bold\""))
        XCTAssertTrue(svg.contains("font-size=\"15.75\""), "18px relative to mermaid's 16px")
        XCTAssertTrue(svg.contains(">📋 Descrizione dei Blocchi</text>"))
    }

    func testOutputIsDeterministicAndIDsArePrefixedPerDiagram() throws {
        // Graphviz keeps state between layouts; renders of other diagrams in between must not matter.
        let first = try Mermaid.svg(from: SeedDiagrams.decoder)
        let other = try Mermaid.svg(from: "graph LR\n A --> B")
        _ = try Mermaid.svg(from: SeedDiagrams.legend)
        let second = try Mermaid.svg(from: SeedDiagrams.decoder)
        XCTAssertEqual(first, second)
        XCTAssertEqual(try Mermaid.svg(from: SeedDiagrams.legend), try Mermaid.svg(from: SeedDiagrams.legend))
        let ids: (String) -> Set<String> = { svg in
            var result = Set<String>()
            var rest = Substring(svg)
            while let range = rest.range(of: " id=\"") {
                rest = rest[range.upperBound...]
                if let end = rest.firstIndex(of: "\"") { result.insert(String(rest[..<end])) }
            }
            return result
        }
        let firstIDs = ids(first)
        let otherIDs = ids(other)
        XCTAssertFalse(firstIDs.isEmpty)
        XCTAssertTrue(firstIDs.isDisjoint(with: otherIDs))
        let prefix = "mmd-" + StableHash.hex(SeedDiagrams.decoder).prefix(10) + "-"
        XCTAssertTrue(firstIDs.allSatisfy { $0.hasPrefix(prefix) }, "\(firstIDs.sorted().prefix(3))")
        let custom = try Mermaid.svg(from: "graph LR\n A --> B", options: DiagramOptions(idPrefix: "fig3"))
        XCTAssertTrue(ids(custom).allSatisfy { $0.hasPrefix("fig3-") })
        XCTAssertEqual(Mermaid.sanitizedIDPrefix("fig 2\"<x>"), "fig-2--x-")
        XCTAssertEqual(Mermaid.sanitizedIDPrefix("3d"), "d3d")
        XCTAssertEqual(StableHash.hex(""), "cbf29ce484222325")
        XCTAssertEqual(StableHash.hex("a"), "af63dc4c8601ec8c")
    }

    func testLabelTextIsEscaped() throws {
        let svg = try Mermaid.svg(
            from: #"flowchart LR\n  A["<b>x</b> & <script>alert(1)</script> #quot;q#quot; \N"] -->|"a<b>&c"| B"#
                .replacingOccurrences(of: "\\n", with: "\n"))
        assertWellFormed(svg)
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(svg.contains("x &amp; &lt;script&gt;"))
        XCTAssertTrue(svg.contains("&quot;q&quot;"))
        XCTAssertTrue(svg.contains(" \\N</text>"), "a backslash sequence is text, not a Graphviz escape")
        XCTAssertTrue(svg.contains(">a&amp;c</text>"), "formatting tags removed from the link text, & escaped")
        let lookalike = try Mermaid.svg(from: "flowchart LR\n  A[\"url(#x) id=x\"]")
        XCTAssertTrue(lookalike.contains(">url(#x) id=x</text>"), "text that looks like markup is not rewritten")
    }

    func testAltTextDescribesTheLinks() throws {
        let svg = try Mermaid.svg(from: "graph LR\n A[Start] -->|go| B(End)\n C\n")
        XCTAssertTrue(svg.contains(">Diagramma: Start → End (go); C</title>"), svg)
        let english = try Mermaid.svg(from: "graph LR\n A --- B", options: DiagramOptions(altTextPrefix: "Diagram"))
        XCTAssertTrue(english.contains(">Diagram: A — B</title>"))
        let accessible = try Mermaid.svg(from: "graph LR\n accTitle: Due nodi\n accDescr: Collegati\n A --> B")
        XCTAssertTrue(accessible.contains(">Diagramma: Due nodi</title>"))
        XCTAssertTrue(accessible.contains("<desc id=\""))
        XCTAssertTrue(accessible.contains(">Collegati</desc>"))
    }

    func testShapesAndLinkStylesReachGraphviz() throws {
        let svg = try Mermaid.svg(
            from: """
                flowchart LR
                  a[rect] --> b(round) -.-> c([stadium]) ==> d[[sub]] --o e[(db)]
                  e --x f((circle)) <--> g{diamond} --- h{{hex}} ~~~ i>asym]
                  j[/para/] --> k[\\trap/]
                  style a fill:#abcdef,stroke:rgb(255,0,0),stroke-width:3px,color:white
                  linkStyle 0 stroke:#00ff00,stroke-width:4px
                """)
        assertWellFormed(svg)
        XCTAssertTrue(svg.contains("fill=\"#abcdef\" stroke=\"#ff0000\" stroke-width=\"3\""))
        XCTAssertTrue(svg.contains("fill=\"white\""), "text colour")
        XCTAssertTrue(svg.contains("stroke=\"#00ff00\" stroke-width=\"4\""))
        XCTAssertTrue(svg.contains("<ellipse"), "circle shape")
        XCTAssertTrue(svg.contains("<path"), "rounded and cylinder shapes are paths")
        XCTAssertTrue(svg.contains("stroke-width=\"3\" d=\"") || svg.contains("stroke-width=\"3\""), "thick link")
        XCTAssertEqual(count("class=\"edge\"", in: svg), 8, "nine links, one of them invisible")
    }

    func testShapesGraphvizLacksAreRedrawn() throws {
        let svg = try Mermaid.svg(from: "flowchart LR\n  a([stadium]) --> b[[subroutine]] --> c>asymmetric] --> d(((double)))")
        assertWellFormed(svg)
        XCTAssertTrue(svg.contains("class=\"node shape_stadium\">\n<rect fill=\"#ececff\" stroke=\"#9370db\" x=\""), svg)
        XCTAssertTrue(svg.contains("\" height=\"36\" rx=\"18\" ry=\"18\"/>"), "a pill: corner radius is half the height")
        XCTAssertEqual(count("<polyline fill=\"none\" stroke=\"#9370db\"", in: svg), 2, "the subroutine's two bars")
        XCTAssertTrue(svg.contains("class=\"node shape_asymmetric\">\n<polygon"))
        XCTAssertEqual(count("<ellipse", in: svg), 2, "double circle")
    }

    func testOutlineRedrawing() {
        let box = NodeOutlineRefiner.Box(minX: 10, minY: -40, maxX: 110, maxY: -10)
        XCTAssertEqual(
            NodeOutlineRefiner.redraw(shape: "stadium", attributes: "fill=\"red\"", box: box),
            "<rect fill=\"red\" x=\"10\" y=\"-40\" width=\"100\" height=\"30\" rx=\"15\" ry=\"15\"/>")
        XCTAssertEqual(
            NodeOutlineRefiner.redraw(shape: "asymmetric", attributes: "fill=\"red\"", box: box),
            "<polygon fill=\"red\" points=\"10,-40 110,-40 110,-10 10,-10 25,-25 10,-40\"/>")
        XCTAssertEqual(NodeOutlineRefiner.format(-3.14159), "-3.14")
        XCTAssertEqual(NodeOutlineRefiner.format(2.5), "2.5")
        XCTAssertEqual(NodeOutlineRefiner.format(0.05), "0.05")
    }

    func testStyleErrorsPointAtTheirLine() {
        do {
            _ = try Mermaid.svg(from: "flowchart LR\n  A --> B\n  classDef bad fill:#12345z\n  class A bad\n")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.line, 3)
            XCTAssertTrue(error.message.contains("'#12345z' is not a colour"), error.message)
        }
        do {
            _ = try Mermaid.svg(from: "flowchart LR\n  A --> B\n  style B fill:notacolour\n")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.line, 3)
        }
        do {
            _ = try Mermaid.svg(from: "flowchart LR\n  A --> B\n  style B stroke-width:thick\n")
            XCTFail("expected an error")
        } catch {
            XCTAssertTrue(error.message.contains("not a length"), error.message)
        }
    }

    func testColourSyntaxes() {
        let known: (String) -> Bool = { ["red", "white", "lightblue"].contains($0) }
        XCTAssertEqual(ColorValue.graphvizColor("#f9f", isKnownName: known), "#ff99ff")
        XCTAssertEqual(ColorValue.graphvizColor("#F9F8", isKnownName: known), "#ff99ff88")
        XCTAssertEqual(ColorValue.graphvizColor("#123456", isKnownName: known), "#123456")
        XCTAssertEqual(ColorValue.graphvizColor("rgb(255, 128, 0)", isKnownName: known), "#ff8000")
        XCTAssertEqual(ColorValue.graphvizColor("rgba(0,0,0,0.5)", isKnownName: known), "#00000080")
        XCTAssertEqual(ColorValue.graphvizColor("Red", isKnownName: known), "red")
        XCTAssertEqual(ColorValue.graphvizColor("none", isKnownName: known), "transparent")
        XCTAssertNil(ColorValue.graphvizColor("#12345", isKnownName: known))
        XCTAssertNil(ColorValue.graphvizColor("bluish", isKnownName: known))
        XCTAssertNil(ColorValue.graphvizColor("hsl(10, 20%, 30%)", isKnownName: known))
    }

    func testParallelRendersAgree() throws {
        let sources = [SeedDiagrams.decoder, SeedDiagrams.legend, "graph LR\n A --> B --> C"]
        let expected = try sources.map { try Mermaid.svg(from: $0) }
        let results = ResultsBox(count: 12)
        DispatchQueue.concurrentPerform(iterations: 12) { index in
            results.set(index, try? Mermaid.svg(from: sources[index % sources.count]))
        }
        for index in 0..<12 {
            XCTAssertEqual(results.get(index), expected[index % sources.count])
        }
    }

    func testRenderingTheSeedIsFast() throws {
        // CPU seconds (a loaded machine does not matter): a guard against runaway layout, not a speed target.
        let seconds = try ProcessCPUTime.measure { for _ in 0..<5 { _ = try Mermaid.svg(from: SeedDiagrams.decoder) } }.seconds
        XCTAssertLessThan(seconds / 5, 0.5, "well under a second per diagram")
    }
}

/// Thread-safe slots for results computed concurrently.
private final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String?) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }
}
