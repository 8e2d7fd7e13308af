import XCTest

@testable import Diagrams

final class LayoutPlanTests: XCTestCase {
    private func plan(_ source: String) throws -> (Flowchart, LayoutPlan) {
        let chart = try FlowchartParser.parse(source)
        return (chart, LayoutPlan(chart))
    }

    func testBackLinksAreFoundInDeclarationOrder() throws {
        let (_, plan) = try plan("flowchart TD\n A --> B --> C --> D\n D -->|again| B\n C --> A\n")
        XCTAssertEqual(plan.edges.map(\.reversed), [false, false, false, true, true])
    }

    func testTheSeedLoopReversesOnlyTheYesLink() throws {
        let (chart, plan) = try plan(SeedDiagrams.decoder)
        let reversed = plan.edges.filter(\.reversed).map { chart.edges[$0.edgeIndex] }
        XCTAssertEqual(reversed.map { "\($0.from)>\($0.to)" }, ["Q>B"])
    }

    func testLinksToSubgraphsAttachToTheirFirstAndLastNodes() throws {
        let (_, plan) = try plan(
            "flowchart LR\n subgraph one\n a1 --> a2\n end\n subgraph two\n b1 --> b2\n end\n one --> two\n x --> one\n")
        let link = plan.edges[2]
        XCTAssertEqual(link.tail, .node("a2"))
        XCTAssertEqual(link.head, .node("b1"))
        XCTAssertEqual(link.tailSubgraph, "one")
        XCTAssertEqual(link.headSubgraph, "two")
        XCTAssertEqual(plan.edges[3].head, .node("a1"))
        XCTAssertNil(plan.edges[3].tailSubgraph)
    }

    func testEmptySubgraphGetsAPlaceholder() throws {
        let (_, plan) = try plan("flowchart TD\n subgraph empty [Nothing here]\n end\n A --> empty\n")
        XCTAssertEqual(plan.nodesBySubgraph["empty"], [.placeholder(subgraph: "empty")])
        XCTAssertEqual(plan.edges[0].head, .placeholder(subgraph: "empty"))
    }

    func testMermaidDirectionRulesForSubgraphs() throws {
        let (_, plan) = try plan(SeedDiagrams.legend)
        // Legend has no outside links: its own TB holds. Row1 and Row2 are linked, so they follow
        // Legend; the stage boxes have no links and no direction, so they flip TB to LR.
        XCTAssertEqual(plan.directions["Legend"], .topToBottom)
        XCTAssertEqual(plan.directions["Row1"], .topToBottom)
        XCTAssertEqual(plan.directions["OutputDesc"], .leftToRight)
        XCTAssertEqual(plan.directions["LoopDesc"], .leftToRight)
        // LR across a TB chart with unlinked members: mermaid stacks them, emulated with invisible links.
        let ordering = plan.orderingEdges.map { "\($0.0)>\($0.1)" }
        XCTAssertTrue(ordering.contains("\(LayoutPlan.NodeKey.node("O1"))>\(LayoutPlan.NodeKey.node("O2"))"))
        XCTAssertTrue(ordering.contains("\(LayoutPlan.NodeKey.node("O2"))>\(LayoutPlan.NodeKey.node("O3"))"))
        XCTAssertEqual(plan.orderingEdges.count, 12)
        XCTAssertTrue(plan.sameRankGroups.isEmpty)
    }

    func testLinkedMembersAcrossTheChartDirectionShareARank() throws {
        let (_, plan) = try plan("flowchart TD\n subgraph row\n direction LR\n a --> b --> c\n end\n top --> other\n")
        XCTAssertEqual(plan.sameRankGroups.count, 1)
        XCTAssertEqual(plan.sameRankGroups.first?.nodes, [.node("a"), .node("b"), .node("c")])
        XCTAssertTrue(plan.orderingEdges.isEmpty)
    }

    func testSidewaysLinksInHorizontalChartsAreHandedOverReversed() throws {
        // dot turns rank-internal links bottom-to-top in LR/RL drawings; reversing them keeps a above c.
        let (_, plan) = try plan("flowchart LR\n subgraph col\n direction TB\n a --> b --> c\n end\n x --> y\n")
        XCTAssertEqual(plan.sameRankGroups.first?.nodes, [.node("a"), .node("b"), .node("c")])
        XCTAssertEqual(plan.edges.map(\.reversed), [true, true, false])
        let (_, vertical) = try self.plan("flowchart TB\n subgraph row\n direction LR\n a --> b\n end\n")
        XCTAssertEqual(vertical.edges.map(\.reversed), [false])
    }

    func testStackingFollowsReadingOrderInBackwardCharts() throws {
        let (_, plan) = try plan("flowchart RL\n subgraph side\n direction TB\n p\n q\n r\n end\n")
        let backward: [[LayoutPlan.NodeKey]] = [[.node("r"), .node("q")], [.node("q"), .node("p")]]
        XCTAssertEqual(plan.orderingEdges.map { [$0.0, $0.1] }, backward)
        let (_, forward) = try self.plan("flowchart LR\n subgraph side\n direction TB\n p\n q\n r\n end\n")
        let reading: [[LayoutPlan.NodeKey]] = [[.node("p"), .node("q")], [.node("q"), .node("r")]]
        XCTAssertEqual(forward.orderingEdges.map { [$0.0, $0.1] }, reading)
    }

    func testSubgraphWithOutsideLinksIgnoresItsDirection() throws {
        let (_, plan) = try plan("flowchart TD\n subgraph row\n direction LR\n a --> b\n end\n x --> a\n")
        XCTAssertEqual(plan.directions["row"], .topToBottom)
        XCTAssertTrue(plan.sameRankGroups.isEmpty)
    }
}
