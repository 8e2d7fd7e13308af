import CGraphviz

/// Builds a Graphviz graph from a ``Flowchart`` through the cgraph API, lays it out with `dot` and
/// returns the SVG Graphviz writes. Labels are set as plain attribute values (never parsed as DOT).
struct GraphvizRenderer {
    private typealias GraphPointer = UnsafeMutablePointer<Agraph_t>
    private typealias NodePointer = UnsafeMutablePointer<Agnode_t>

    let chart: Flowchart
    let plan: LayoutPlan

    /// Lays out and renders the chart; throws ``MermaidError`` for bad colours or a Graphviz failure.
    func renderSVG() throws -> String {
        let session = GraphvizSession.shared
        let (svg, messages) = try session.withContext { context -> String? in
            do {
                return try build(in: context, session: session)
            } catch is GraphvizFailure {
                return nil
            }
        }
        guard let svg else {
            let details = messages.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "; ")
            throw MermaidError(
                line: 1, message: "Graphviz could not draw the diagram" + (details.isEmpty ? "" : ": \(details)"))
        }
        return svg
    }

    /// A Graphviz call failed; the details are in the messages Graphviz reported.
    private struct GraphvizFailure: Error {}

    private func build(in context: OpaquePointer, session: GraphvizSession) throws -> String {
        guard let graph = "diagram".withCString({ nbrun_graphviz_open(UnsafeMutablePointer(mutating: $0)) })
        else { throw GraphvizFailure() }
        defer { agclose(graph) }
        let styler = StyleTranslator(isKnownColorName: session.isKnownColorName)

        declareDefaults(graph)
        set(graph, "rankdir", chart.direction.rawValue)
        if !chart.title.isEmpty {
            set(graph, "label", Self.escapeLabel(chart.title))
            set(graph, "labelloc", "t")
            set(graph, "fontsize", Self.number(Theme.titleFontSize))
        }

        // Clusters, outer first (chart.subgraphs lists outer subgraphs before inner ones).
        let (clusters, clusterNames) = try addClusters(to: graph, styler: styler)

        // Nodes.
        var nodes: [LayoutPlan.NodeKey: NodePointer] = [:]
        let nodeIndex = Dictionary(chart.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func createNode(_ key: LayoutPlan.NodeKey, in container: GraphPointer, name: String) throws -> NodePointer {
            guard let node = name.withCString({ agnode(container, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizFailure()
            }
            nodes[key] = node
            return node
        }
        let defaultClass = chart.classDefinitions["default"] ?? StyleDeclaration()
        func addNodes(_ keys: [LayoutPlan.NodeKey], to container: GraphPointer) throws {
            for key in keys where nodes[key] == nil {
                switch key {
                case .node(let id):
                    guard let index = nodeIndex[id] else { continue }
                    let flowNode = chart.nodes[index]
                    let node = try createNode(key, in: container, name: "n\(index)")
                    set(node, "label", Self.escapeLabel(flowNode.label))
                    set(node, "class", "shape_\(flowNode.shape.rawValue)")
                    var style = defaultClass
                    for className in flowNode.classes where className != "default" {
                        style = style.merging(chart.classDefinitions[className] ?? .init())
                    }
                    style = style.merging(flowNode.style)
                    for (name, value) in try styler.nodeAttributes(shape: flowNode.shape, style: style) {
                        set(node, name, value)
                    }
                case .placeholder(let subgraph):
                    let position = chart.subgraphs.firstIndex { $0.id == subgraph } ?? 0
                    let node = try createNode(key, in: container, name: "p\(position)")
                    set(node, "label", "")
                    set(node, "shape", "point")
                    set(node, "style", "invis")
                    set(node, "width", "0.3")
                    set(node, "height", "0.3")
                }
            }
        }
        // Created in declaration order whatever box they are in: dot breaks cycles in creation order,
        // so the first node declared stays at the top, as in mermaid.
        var containerOf: [LayoutPlan.NodeKey: GraphPointer] = [:]
        for subgraph in chart.subgraphs {
            guard let cluster = clusters[subgraph.id] else { continue }
            for key in plan.nodesBySubgraph[subgraph.id] ?? [] { containerOf[key] = cluster }
        }
        for node in chart.nodes {
            let key = LayoutPlan.NodeKey.node(node.id)
            try addNodes([key], to: containerOf[key] ?? graph)
        }
        for subgraph in chart.subgraphs {
            let key = LayoutPlan.NodeKey.placeholder(subgraph: subgraph.id)
            if let cluster = containerOf[key] { try addNodes([key], to: cluster) }
        }

        // Same-rank groups.
        addSameRankGroups(to: graph, clusters: clusters, nodes: nodes)

        // Links.
        try addEdges(to: graph, nodes: nodes, clusterNames: clusterNames, styler: styler)

        return try render(graph, in: context)
    }

    private func declareDefaults(_ graph: GraphPointer) {
        let graphDefaults: [(String, String)] = [
            ("compound", "true"), ("bgcolor", "transparent"), ("fontname", Theme.measuringFont),
            ("fontsize", Self.number(Theme.fontSize)), ("fontcolor", Theme.text), ("nodesep", "0.55"),
            ("ranksep", "0.5"), ("pad", "0.1"), ("style", "filled"), ("fillcolor", Theme.subgraphFill),
            ("color", Theme.subgraphStroke), ("penwidth", "1"), ("margin", "12"), ("label", ""),
            ("labelloc", "t"), ("rank", ""),
        ]
        let nodeDefaults: [(String, String)] = [
            ("shape", "box"), ("style", "filled"), ("fillcolor", Theme.nodeFill), ("color", Theme.nodeStroke),
            ("fontcolor", Theme.text), ("fontname", Theme.measuringFont), ("fontsize", Self.number(Theme.fontSize)),
            ("margin", "0.16,0.09"), ("penwidth", "1"), ("width", "0.75"), ("height", "0.5"), ("label", "\\N"),
        ]
        let edgeDefaults: [(String, String)] = [
            ("color", Theme.link), ("fontcolor", Theme.text), ("fontname", Theme.measuringFont),
            ("fontsize", Self.number(Theme.linkFontSize)), ("arrowsize", "0.8"), ("penwidth", "1.2"),
            ("style", "solid"), ("dir", "forward"), ("arrowhead", "normal"), ("arrowtail", "none"),
            ("minlen", "1"), ("label", ""), ("ltail", ""), ("lhead", ""),
        ]
        for (kind, defaults) in [(AGRAPH, graphDefaults), (AGNODE, nodeDefaults), (AGEDGE, edgeDefaults)] {
            for (name, value) in defaults {
                name.withCString { namePointer in
                    value.withCString { valuePointer in
                        _ = agattr(
                            graph, Int32(kind), UnsafeMutablePointer(mutating: namePointer),
                            UnsafeMutablePointer(mutating: valuePointer))
                    }
                }
            }
        }
        // The root graph is not a filled box, and its `margin` is in inches, not points.
        set(graph, "style", "")
        set(graph, "margin", "0")
    }

    private func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { namePointer in
            value.withCString { valuePointer in
                "".withCString { emptyPointer in
                    _ = agsafeset(
                        object, UnsafeMutablePointer(mutating: namePointer), UnsafeMutablePointer(mutating: valuePointer),
                        UnsafeMutablePointer(mutating: emptyPointer))
                }
            }
        }
    }

    private func set(_ object: UnsafeMutablePointer<some Any>, _ name: String, _ value: String) {
        set(UnsafeMutableRawPointer(object), name, value)
    }

    /// A plain Graphviz label for `text`: backslashes doubled (Graphviz reads `\N`, `\n`, `\l` ...),
    /// line breaks as real newlines (Graphviz centres every line).
    static func escapeLabel(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
    }

    /// A number without a trailing `.0` for whole values.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Lays the graph out with `dot` and renders it as SVG.
    private func render(_ graph: GraphPointer, in context: OpaquePointer) throws -> String {
        guard "dot".withCString({ gvLayout(context, graph, $0) }) == 0 else { throw GraphvizFailure() }
        defer { gvFreeLayout(context, graph) }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard "svg".withCString({ gvRenderData(context, graph, $0, &buffer, &length) }) == 0, let buffer else {
            throw GraphvizFailure()
        }
        defer { gvFreeRenderData(buffer) }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
        }
    }

    /// The links (an edge per planned link, clipped at box borders) and the invisible edges keeping the declared order.
    private func addEdges(to graph: GraphPointer, nodes: [LayoutPlan.NodeKey: NodePointer],
                          clusterNames: [String: String], styler: StyleTranslator) throws {
        for (position, planned) in plan.edges.enumerated() {
            guard let tail = nodes[planned.tail], let head = nodes[planned.head] else { continue }
            let flowEdge = chart.edges[planned.edgeIndex]
            let (from, to) = planned.reversed ? (head, tail) : (tail, head)
            guard let edge = "e\(position)".withCString({ agedge(graph, from, to, UnsafeMutablePointer(mutating: $0), 1) })
            else { continue }
            if !flowEdge.label.isEmpty { set(edge, "label", Self.escapeLabel(flowEdge.label)) }
            let tailCluster = planned.tailSubgraph.flatMap { clusterNames[$0] }
            let headCluster = planned.headSubgraph.flatMap { clusterNames[$0] }
            if let name = planned.reversed ? headCluster : tailCluster { set(edge, "ltail", name) }
            if let name = planned.reversed ? tailCluster : headCluster { set(edge, "lhead", name) }
            for (name, value) in try styler.edgeAttributes(flowEdge, reversed: planned.reversed) { set(edge, name, value) }
            if tailCluster != nil || headCluster != nil {
                // A link clipped at box borders needs a rank of room to be seen between the boxes.
                set(edge, "minlen", String(flowEdge.length + 1))
            }
        }
        for (position, pair) in plan.orderingEdges.enumerated() {
            guard let tail = nodes[pair.0], let head = nodes[pair.1] else { continue }
            guard let edge = "o\(position)".withCString({ agedge(graph, tail, head, UnsafeMutablePointer(mutating: $0), 1) })
            else { continue }
            set(edge, "style", "invis")
        }
    }

    /// A cluster per subgraph, outer first, with its title and style, by subgraph id; and the clusters' names.
    private func addClusters(to graph: GraphPointer,
                             styler: StyleTranslator) throws -> (clusters: [String: GraphPointer], names: [String: String]) {
        var clusters: [String: GraphPointer] = [:]
        var clusterNames: [String: String] = [:]
        var parentOf: [String: String] = [:]
        for subgraph in chart.subgraphs {
            for case .subgraph(let child) in subgraph.members { parentOf[child] = subgraph.id }
        }
        for (index, subgraph) in chart.subgraphs.enumerated() {
            let container = parentOf[subgraph.id].flatMap { clusters[$0] } ?? graph
            let name = "cluster_\(index)"
            guard let cluster = name.withCString({ agsubg(container, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizFailure()
            }
            clusters[subgraph.id] = cluster
            clusterNames[subgraph.id] = name
            set(cluster, "label", Self.escapeLabel(subgraph.title))
            // Graph attributes default to the root's values: set everything a box needs explicitly.
            let boxDefaults: [(String, String)] = [
                // Titles go on top; `dot` flips the whole drawing for BT, labels included.
                ("margin", "12"), ("labelloc", chart.direction == .bottomToTop ? "b" : "t"), ("labeljust", "c"), ("fontsize", Self.number(Theme.fontSize)),
                ("fontname", Theme.measuringFont), ("fontcolor", Theme.text), ("fillcolor", Theme.subgraphFill),
                ("color", Theme.subgraphStroke), ("penwidth", "1"),
            ]
            for (key, value) in boxDefaults { set(cluster, key, value) }
            var style = StyleDeclaration()
            for className in subgraph.classes { style = style.merging(chart.classDefinitions[className] ?? .init()) }
            style = style.merging(subgraph.style)
            let attributes = try styler.subgraphAttributes(style)
            for (key, value) in attributes { set(cluster, key, value) }
        }
        return (clusters, clusterNames)
    }

    /// The groups of nodes kept on one rank, each in its box.
    private func addSameRankGroups(to graph: GraphPointer, clusters: [String: GraphPointer], nodes: [LayoutPlan.NodeKey: NodePointer]) {
        for (index, group) in plan.sameRankGroups.enumerated() {
            let container = group.subgraph.flatMap { clusters[$0] } ?? graph
            guard let rankGroup = "rank_\(index)".withCString({ agsubg(container, UnsafeMutablePointer(mutating: $0), 1) })
            else { continue }
            set(rankGroup, "rank", "same")
            for key in group.nodes { if let node = nodes[key] { agsubnode(rankGroup, node, 1) } }
        }
    }
}
