import XCTest

@testable import Diagrams

/// The work budget of a diagram: `&` groups expand to every pair, and Graphviz's layout time grows much faster.
final class DiagramBudgetTests: XCTestCase {
    func testExpandedGroupsOverTheLinkBudgetAreRefusedAtTheirLine() {
        // 2.8 KB of source, 40 000 links: Graphviz never finished.
        let left = (0..<200).map { "A\($0)" }.joined(separator: " & ")
        let right = (0..<200).map { "B\($0)" }.joined(separator: " & ")
        let source = "flowchart LR\n  X --> Y\n  \(left) --> \(right)\n"
        XCTAssertThrowsError(try Mermaid.svg(from: source)) { error in
            guard let error = error as? MermaidError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.line, 3)
            XCTAssertEqual(error.column, 3 + left.count + 1)
            XCTAssertEqual(error.message,
                           "the diagram has more than 500 links (this statement alone adds 40000); split it into smaller diagrams")
        }
    }

    func testTooManyNodesAreRefused() {
        let source = "flowchart TD\n" + (0..<501).map { "  N\($0)\n" }.joined()
        XCTAssertThrowsError(try FlowchartParser.parse(source)) { error in
            XCTAssertEqual((error as? MermaidError)?.message, "the diagram has more than 500 nodes; split it into smaller diagrams")
            XCTAssertEqual((error as? MermaidError)?.line, 502)
        }
    }

    func testDiagramsWithinTheBudgetAreParsed() throws {
        let left = (0..<20).map { "A\($0)" }.joined(separator: " & ")
        let right = (0..<25).map { "B\($0)" }.joined(separator: " & ")
        let chart = try FlowchartParser.parse("flowchart LR\n  \(left) --> \(right)\n")
        XCTAssertEqual(chart.edges.count, 500)
        XCTAssertEqual(chart.nodes.count, 45)
    }
}
