import XCTest

@testable import Diagrams

final class FlowchartParserTests: XCTestCase {
    private func parse(_ source: String) throws -> Flowchart { try FlowchartParser.parse(source) }

    private func assertError(
        _ source: String, line: Int, contains text: String, file: StaticString = #filePath, lineNumber: UInt = #line
    ) {
        do {
            _ = try FlowchartParser.parse(source)
            XCTFail("expected an error containing '\(text)'", file: file, line: lineNumber)
        } catch {
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: lineNumber)
            XCTAssertTrue(error.message.contains(text), "\(error)", file: file, line: lineNumber)
        }
    }

    func testHeaderKeywordsAndDirections() throws {
        let cases: [(String, FlowDirection)] = [
            ("graph TD", .topToBottom), ("graph TB", .topToBottom), ("flowchart BT", .bottomToTop),
            ("flowchart LR", .leftToRight), ("graph RL;", .rightToLeft), ("flowchart", .topToBottom),
        ]
        for (header, direction) in cases {
            XCTAssertEqual(try parse("\(header)\n  A --> B").direction, direction, header)
        }
    }

    func testEveryNodeShape() throws {
        let chart = try parse(
            #"""
            flowchart LR
              a[rect] --> b(round) --> c([stadium]) --> d[[subroutine]] --> e[(database)]
              f((circle)) --> g{diamond} --> h{{hexagon}} --> i>asym] --> j(((double)))
              k[/lean right/] --> l[\lean left\] --> m[/trap\] --> n[\inv trap/]
              plain
            """#)
        let shapes = Dictionary(uniqueKeysWithValues: chart.nodes.map { ($0.id, $0.shape) })
        XCTAssertEqual(shapes["a"], .rectangle)
        XCTAssertEqual(shapes["b"], .rounded)
        XCTAssertEqual(shapes["c"], .stadium)
        XCTAssertEqual(shapes["d"], .subroutine)
        XCTAssertEqual(shapes["e"], .cylinder)
        XCTAssertEqual(shapes["f"], .circle)
        XCTAssertEqual(shapes["g"], .diamond)
        XCTAssertEqual(shapes["h"], .hexagon)
        XCTAssertEqual(shapes["i"], .asymmetric)
        XCTAssertEqual(shapes["j"], .doubleCircle)
        XCTAssertEqual(shapes["k"], .parallelogram)
        XCTAssertEqual(shapes["l"], .parallelogramAlt)
        XCTAssertEqual(shapes["m"], .trapezoid)
        XCTAssertEqual(shapes["n"], .trapezoidAlt)
        XCTAssertEqual(shapes["plain"], .rectangle)
        XCTAssertEqual(chart.node("e")?.label, "database")
        XCTAssertEqual(chart.node("plain")?.label, "plain")
        XCTAssertEqual(chart.edges.count, 11)
    }

    func testQuotedLabelsLineBreaksAndEntities() throws {
        let chart = try parse(
            #"""
            graph TD
              A["text with (parens) and [brackets]"] --> B["one<br>two<br/>three<br />four"]
              C["#quot;quoted#quot; &amp; #35;1 &lt;tag&gt;"] --> D["<b>bold</b> and <i>italic</i>"]
              E[Node-1 label] --> F("emoji 📝 è")
            """#)
        XCTAssertEqual(chart.node("A")?.label, "text with (parens) and [brackets]")
        XCTAssertEqual(chart.node("B")?.label, "one\ntwo\nthree\nfour")
        XCTAssertEqual(chart.node("C")?.label, "\"quoted\" & #1 <tag>")
        XCTAssertEqual(chart.node("D")?.label, "bold and italic")
        XCTAssertEqual(chart.node("E")?.label, "Node-1 label")
        XCTAssertEqual(chart.node("F")?.label, "emoji 📝 è")
        XCTAssertEqual(LabelText.decode("a\u{01}b\tc"), "a b c", "control characters cannot appear in XML")
    }

    func testLinkKinds() throws {
        let chart = try parse(
            """
            flowchart LR
              a1 --> b1
              a2 --- b2
              a3 -.-> b3
              a4 -.- b4
              a5 ==> b5
              a6 === b6
              a7 ~~~ b7
              a8 <--> b8
              a9 --o b9
              a10 --x b10
              a11 ---> b11
              a12 -...-> b12
              a13 ====> b13
            """)
        let edges = chart.edges
        XCTAssertEqual(edges.count, 13)
        func check(
            _ index: Int, _ stroke: LinkStroke, _ start: ArrowHead, _ end: ArrowHead, _ length: Int,
            line: UInt = #line
        ) {
            XCTAssertEqual(edges[index].stroke, stroke, line: line)
            XCTAssertEqual(edges[index].startHead, start, line: line)
            XCTAssertEqual(edges[index].endHead, end, line: line)
            XCTAssertEqual(edges[index].length, length, line: line)
            XCTAssertEqual(edges[index].from, "a\(index + 1)", line: line)
            XCTAssertEqual(edges[index].to, "b\(index + 1)", line: line)
        }
        check(0, .solid, .none, .arrow, 1)
        check(1, .solid, .none, .none, 1)
        check(2, .dotted, .none, .arrow, 1)
        check(3, .dotted, .none, .none, 1)
        check(4, .thick, .none, .arrow, 1)
        check(5, .thick, .none, .none, 1)
        check(6, .invisible, .none, .none, 1)
        check(7, .solid, .arrow, .arrow, 1)
        check(8, .solid, .none, .circle, 1)
        check(9, .solid, .none, .cross, 1)
        check(10, .solid, .none, .arrow, 2)
        check(11, .dotted, .none, .arrow, 3)
        check(12, .thick, .none, .arrow, 3)
    }

    func testLinkTexts() throws {
        let chart = try parse(
            """
            graph TD
              A -- inline text --> B
              B -->|pipe text| C
              C -. dotted text .-> D
              D == thick text ==> E
              E ---|open pipe| F
              F -- "quoted -- text" --- G
              G -.->|"a|b"| H
            """)
        XCTAssertEqual(chart.edges.map(\.label), [
            "inline text", "pipe text", "dotted text", "thick text", "open pipe", "quoted -- text", "a|b",
        ])
        XCTAssertEqual(chart.edges.map(\.stroke), [.solid, .solid, .dotted, .thick, .solid, .solid, .dotted])
        XCTAssertEqual(chart.edges.map(\.endHead), [.arrow, .arrow, .arrow, .arrow, .none, .none, .arrow])
    }

    func testChainsAndAmpersandsAndSemicolons() throws {
        let chart = try parse("graph LR; A --> B --> C; X & Y --> Z & W;  %% comment here is a statement\n")
        let pairs = chart.edges.map { "\($0.from)>\($0.to)" }
        XCTAssertEqual(pairs, ["A>B", "B>C", "X>Z", "X>W", "Y>Z", "Y>W"])
        XCTAssertEqual(chart.nodes.map(\.id), ["A", "B", "C", "X", "Y", "Z", "W"])
    }

    func testTrailingCommentsAndVeryLongLinks() throws {
        let chart = try parse("flowchart TD\n  A --> B %% why\n  B ------------------------> C\n")
        XCTAssertEqual(chart.edges.count, 2)
        XCTAssertEqual(chart.edges[1].length, FlowchartParser.maximumLinkLength)
    }

    func testCommentsAreIgnored() throws {
        let chart = try parse(
            """
            %% leading comment
            flowchart TD
              %% A --> Z
              A --> B
                %% indented comment
            """)
        XCTAssertEqual(chart.nodes.map(\.id), ["A", "B"])
    }

    func testSubgraphTitlesNestingAndDirection() throws {
        let chart = try parse(
            """
            flowchart TB
              subgraph outer [Outer box]
                direction LR
                subgraph inner["Inner (quoted)"]
                  a1 --> a2
                end
                b1
              end
              subgraph plain
                c1
              end
              subgraph Two words
                d1
              end
              outer --> plain
            """)
        XCTAssertEqual(chart.subgraphs.map(\.id), ["outer", "inner", "plain", "subGraph3"])
        XCTAssertEqual(chart.subgraphs.map(\.title), ["Outer box", "Inner (quoted)", "plain", "Two words"])
        XCTAssertEqual(chart.subgraph("outer")?.direction, .leftToRight)
        XCTAssertEqual(chart.subgraph("outer")?.members, [.subgraph("inner"), .node("b1")])
        XCTAssertEqual(chart.subgraph("inner")?.members, [.node("a1"), .node("a2")])
        XCTAssertEqual(chart.rootMembers, [.subgraph("outer"), .subgraph("plain"), .subgraph("subGraph3")])
        XCTAssertNil(chart.node("outer"), "a subgraph used as a link end is not a node")
        XCTAssertEqual(chart.edges.map { "\($0.from)>\($0.to)" }, ["a1>a2", "outer>plain"])
    }

    func testNodeBelongsToInnermostFirstClosedSubgraphThatMentionsIt() throws {
        let chart = try FlowchartParser.parse(SeedDiagrams.decoder)
        // E is declared at the top level and then linked inside Decoder Layer 1: mermaid draws it inside.
        XCTAssertEqual(chart.subgraph("DecoderLayer1")?.members.first, .node("E"))
        // I1 is mentioned in layers 1 and 2: the first subgraph to end keeps it.
        XCTAssertTrue(chart.subgraph("DecoderLayer1")?.members.contains(.node("I1")) == true)
        XCTAssertFalse(chart.subgraph("DecoderLayer2")?.members.contains(.node("I1")) == true)
        XCTAssertFalse(chart.rootMembers.contains(.node("E")))
        XCTAssertTrue(chart.rootMembers.contains(.node("S")))
    }

    func testClassesAndStyles() throws {
        let chart = try parse(
            """
            flowchart LR
              A:::hot --> B --> C
              subgraph box [Box]
                D
              end
              classDef hot fill:#f9f,stroke:#333,stroke-width:4px,color:#000
              classDef cold,calm fill:rgb(0, 0, 255)
              classDef default stroke:#111
              class B,C cold
              class box calm
              style C fill:red,stroke-dasharray: 5 5
              linkStyle 1 stroke:#ff3,stroke-width:3px
            """)
        XCTAssertEqual(chart.node("A")?.classes, ["hot"])
        XCTAssertEqual(chart.node("B")?.classes, ["cold"])
        XCTAssertEqual(chart.subgraph("box")?.classes, ["calm"])
        XCTAssertEqual(chart.classDefinitions["hot"]?.value("stroke-width"), "4px")
        XCTAssertEqual(chart.classDefinitions["calm"]?.value("fill"), "rgb(0, 0, 255)")
        XCTAssertEqual(chart.node("C")?.style.value("fill"), "red")
        XCTAssertEqual(chart.node("C")?.style.value("stroke-dasharray"), "5 5")
        XCTAssertEqual(chart.edges[1].style.value("stroke"), "#ff3")
        XCTAssertTrue(chart.edges[0].style.properties.isEmpty)
    }

    func testSeedDiagramsParse() throws {
        let decoder = try FlowchartParser.parse(SeedDiagrams.decoder)
        XCTAssertEqual(decoder.direction, .topToBottom)
        XCTAssertEqual(decoder.nodes.count, 26)
        XCTAssertEqual(decoder.edges.count, 28)
        XCTAssertEqual(decoder.subgraphs.map(\.id), ["DecoderLayer1", "DecoderLayer2", "DecoderLayerN"])
        XCTAssertEqual(decoder.node("A")?.label, "📝 Prompt:\n'Il gatto è'")
        XCTAssertEqual(decoder.node("Q")?.shape, .diamond)
        XCTAssertEqual(decoder.edges.filter { $0.stroke == .dotted }.count, 3)
        XCTAssertEqual(decoder.edges.filter { !$0.label.isEmpty }.map(\.label), ["Yes", "No"])
        XCTAssertEqual(decoder.subgraph("DecoderLayer2")?.classes, ["decoderLayerBg"])

        let legend = try FlowchartParser.parse(SeedDiagrams.legend)
        XCTAssertEqual(legend.nodes.count, 18)
        XCTAssertEqual(legend.subgraphs.count, 9)
        XCTAssertEqual(legend.subgraph("Legend")?.direction, .topToBottom)
        XCTAssertEqual(legend.subgraph("Row1")?.direction, .leftToRight)
        XCTAssertEqual(legend.subgraph("Row1")?.members, [
            .subgraph("OutputDesc"), .subgraph("DecoderDesc"), .subgraph("InputDesc"),
        ])
        XCTAssertEqual(legend.edges.map { "\($0.from)>\($0.to)" }, ["Row1>Row2"])
        XCTAssertEqual(legend.node("E1")?.classes, ["largeText"])
    }

    func testFrontMatterTitleAndAccessibility() throws {
        let chart = try parse(
            """
            ---
            title: "Il mio grafo"
            ---
            flowchart LR
              accTitle: Titolo accessibile
              accDescr: Una descrizione
              A --> B
            """)
        XCTAssertEqual(chart.title, "Il mio grafo")
        XCTAssertEqual(chart.accessibleTitle, "Titolo accessibile")
        XCTAssertEqual(chart.accessibleDescription, "Una descrizione")
    }

    func testErrorsCarryLinesRelativeToTheDiagram() {
        assertError("sequenceDiagram\n  A->>B: hi", line: 1, contains: "unsupported mermaid diagram type 'sequenceDiagram'")
        assertError("\n\npie title x", line: 3, contains: "unsupported mermaid diagram type 'pie'")
        assertError("flowchart TD\n  A --> B\n  B -->\n", line: 3, contains: "expected a node after '-->'")
        assertError("flowchart TD\n  A -.-> ", line: 2, contains: "expected a node after '-.->'")
        assertError("flowchart TD\n  A & --> B", line: 2, contains: "expected a node after '&'")
        assertError("flowchart XY\n A", line: 1, contains: "unknown direction 'XY'")
        assertError("flowhcart TD\n A", line: 1, contains: "expected 'flowchart' or 'graph'")
        assertError("flowchart TD\n  A[unclosed --> B\n", line: 2, contains: "expected ']' to close the label of node 'A'")
        assertError("flowchart TD\n  A[\"never closed]\n", line: 2, contains: "never closed")
        assertError("flowchart TD\n  subgraph S\n    A\n", line: 2, contains: "subgraph 'S' is never closed")
        assertError("flowchart TD\n  A\n  end\n", line: 3, contains: "'end' without a matching 'subgraph'")
        assertError("flowchart TD\n  A\n  class A missing\n", line: 3, contains: "no 'classDef' defines the class 'missing'")
        assertError("flowchart TD\n  A\n  style Q fill:#fff\n", line: 3, contains: "unknown node 'Q'")
        assertError("flowchart TD\n  A-->B\n  linkStyle 4 stroke:red\n", line: 3, contains: "linkStyle 4")
        assertError("flowchart TD\n  A -- text B\n", line: 2, contains: "expected '-->' or '---'")
        assertError("flowchart TD\n  A B\n", line: 2, contains: "unexpected 'B' after node 'A'")
        assertError("flowchart TD\n  classDef x fill\n", line: 2, contains: "expected 'property:value'")
        assertError("flowchart TD\n  A\n  click A callback\n", line: 3, contains: "not supported")
        assertError("", line: 1, contains: "empty mermaid diagram")
    }

    func testErrorColumnPointsAtTheProblem() {
        do {
            _ = try FlowchartParser.parse("flowchart TD\n  A --> B -->\n")
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 14)
            XCTAssertEqual(error.description, "2:14: expected a node after '-->'")
        }
    }
}
