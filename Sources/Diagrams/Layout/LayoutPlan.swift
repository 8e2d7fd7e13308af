/// How a ``Flowchart`` maps onto one Graphviz `dot` layout: which box holds which node, where links
/// to subgraphs attach, and the extra constraints that imitate mermaid's per-subgraph directions.
///
/// `dot` has a single rank direction, so a subgraph whose direction differs from the chart's is
/// emulated: mermaid places the unlinked members of such a subgraph across its own direction, which
/// in the chart's direction means chaining them with invisible links; linked members are put on one
/// rank so their links run sideways. As in mermaid, only subgraphs without links crossing their
/// border get a direction of their own; one without a `direction` flips its parent's.
struct LayoutPlan: Sendable, Equatable {
    /// A node of the laid-out graph: a flowchart node, or an invisible stand-in that keeps an empty subgraph drawn.
    enum NodeKey: Hashable, Sendable {
        case node(String)
        case placeholder(subgraph: String)
    }

    /// A link as `dot` sees it.
    struct Edge: Sendable, Equatable {
        /// Index into ``Flowchart/edges``.
        var edgeIndex: Int
        var tail: NodeKey
        var head: NodeKey
        /// The subgraph the link starts from, when it starts from a subgraph (clipped at its border).
        var tailSubgraph: String?
        /// The subgraph the link points to, when it points to a subgraph.
        var headSubgraph: String?
        /// Whether the link closes a cycle and is handed to `dot` backwards (drawn with its arrow
        /// unchanged), so that, as in mermaid, the first node declared stays first.
        var reversed = false
    }

    /// Members of the chart outside every subgraph, plus placeholders.
    var rootNodes: [NodeKey] = []
    /// Nodes directly inside each subgraph (placeholders included), by subgraph id.
    var nodesBySubgraph: [String: [NodeKey]] = [:]
    /// The direction each subgraph is laid out in (mermaid rules), by subgraph id.
    var directions: [String: FlowDirection] = [:]
    /// The visible links.
    var edges: [Edge] = []
    /// Invisible links that stack otherwise unlinked members.
    var orderingEdges: [(NodeKey, NodeKey)] = []
    /// Groups of nodes placed on one rank, with the subgraph they live in (nil for the root).
    var sameRankGroups: [(subgraph: String?, nodes: [NodeKey])] = []

    static func == (lhs: LayoutPlan, rhs: LayoutPlan) -> Bool {
        lhs.rootNodes == rhs.rootNodes && lhs.nodesBySubgraph == rhs.nodesBySubgraph
            && lhs.directions == rhs.directions && lhs.edges == rhs.edges
            && lhs.orderingEdges.map { [$0.0, $0.1] } == rhs.orderingEdges.map { [$0.0, $0.1] }
            && lhs.sameRankGroups.map { $0.nodes } == rhs.sameRankGroups.map { $0.nodes }
            && lhs.sameRankGroups.map { $0.subgraph } == rhs.sameRankGroups.map { $0.subgraph }
    }

    /// Plans the layout of `chart`.
    init(_ chart: Flowchart) {
        let subgraphsByID = Dictionary(chart.subgraphs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var parent: [String: String] = [:]
        for subgraph in chart.subgraphs {
            for case .subgraph(let child) in subgraph.members { parent[child] = subgraph.id }
        }

        // Direct nodes of every container, with placeholders for empty subgraphs.
        rootNodes = chart.rootMembers.compactMap { if case .node(let id) = $0 { .node(id) } else { nil } }
        for subgraph in chart.subgraphs {
            var nodes: [NodeKey] = subgraph.members.compactMap {
                if case .node(let id) = $0 { .node(id) } else { nil }
            }
            if subgraph.members.isEmpty { nodes.append(.placeholder(subgraph: subgraph.id)) }
            nodesBySubgraph[subgraph.id] = nodes
        }

        // Every node below each subgraph, in declaration order.
        var descendantCache: [String: [NodeKey]] = [:]
        func descendants(_ id: String) -> [NodeKey] {
            if let cached = descendantCache[id] { return cached }
            var result: [NodeKey] = []
            if let subgraph = subgraphsByID[id] {
                if subgraph.members.isEmpty { result.append(.placeholder(subgraph: id)) }
                for member in subgraph.members {
                    switch member {
                    case .node(let node): result.append(.node(node))
                    case .subgraph(let child): result += descendants(child)
                    }
                }
            }
            descendantCache[id] = result
            return result
        }
        func isInside(_ key: NodeKey, _ subgraph: String) -> Bool { descendants(subgraph).contains(key) }
        func isWithin(_ inner: String, _ outer: String) -> Bool {
            var current: String? = inner
            while let id = current {
                if id == outer { return true }
                current = parent[id]
            }
            return false
        }

        // Links: a subgraph end attaches to its last node (as tail) or first node (as head).
        planEdges(chart, subgraphsByID, descendants: descendants, isInside: isInside)

        markBackEdges(nodeOrder: chart.nodes.map { .node($0.id) })

        // Mermaid: a subgraph with a link crossing its border (or ending at it) follows its parent's layout.
        func hasExternalLinks(_ id: String) -> Bool {
            chart.edges.contains { edge in
                if edge.from == id || edge.to == id { return true }
                let fromInside = subgraphsByID[edge.from] != nil
                    ? isWithin(edge.from, id) : isInside(.node(edge.from), id)
                let toInside = subgraphsByID[edge.to] != nil ? isWithin(edge.to, id) : isInside(.node(edge.to), id)
                return fromInside != toInside
            }
        }

        var isolated: [String: Bool] = [:]
        func assignDirections(children: [FlowSubgraph.Member], context: FlowDirection) {
            for case .subgraph(let id) in children {
                guard let subgraph = subgraphsByID[id] else { continue }
                let ownLayout = !hasExternalLinks(id)
                isolated[id] = ownLayout
                let direction = ownLayout ? (subgraph.direction ?? context.mermaidToggled) : context
                directions[id] = direction
                assignDirections(children: subgraph.members, context: direction)
            }
        }
        assignDirections(children: chart.rootMembers, context: chart.direction)

        // Emulate directions across the chart's.
        emulateDirections(chart, isolated: isolated, descendants: descendants)
    }

    /// Marks the links that close a cycle in a depth-first search that visits nodes and links in
    /// declaration order (what dagre, mermaid's layout engine, does); `dot` would otherwise choose
    /// for itself, differently once subgraphs are involved.
    private mutating func markBackEdges(nodeOrder: [NodeKey]) {
        var outgoing: [NodeKey: [Int]] = [:]
        for (index, edge) in edges.enumerated() where edge.tail != edge.head {
            outgoing[edge.tail, default: []].append(index)
        }
        enum Mark { case active, done }
        var marks: [NodeKey: Mark] = [:]
        for start in nodeOrder where marks[start] == nil {
            // Iterative DFS: (node, position in its outgoing list).
            var stack: [(NodeKey, Int)] = [(start, 0)]
            marks[start] = .active
            while let (node, position) = stack.last {
                let links = outgoing[node] ?? []
                if position >= links.count {
                    marks[node] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].1 += 1
                let index = links[position]
                let next = edges[index].head
                switch marks[next] {
                case .active: edges[index].reversed = true
                case .done: break
                case nil:
                    marks[next] = .active
                    stack.append((next, 0))
                }
            }
        }
    }

    /// Emulates the directions of isolated subgraphs across the chart's: their items on one rank when links join
    /// them, else chained by invisible edges.
    private mutating func emulateDirections(_ chart: Flowchart, isolated: [String: Bool],
                                            descendants: (String) -> [NodeKey]) {
        for subgraph in chart.subgraphs where isolated[subgraph.id] == true {
            guard let direction = directions[subgraph.id], direction.isVertical != chart.direction.isVertical
            else { continue }
            let items: [[NodeKey]] = subgraph.members.map { member in
                switch member {
                case .node(let id): [.node(id)]
                case .subgraph(let child): descendants(child)
                }
            }.filter { !$0.isEmpty }
            guard items.count > 1 else { continue }
            var itemOf: [NodeKey: Int] = [:]
            for (index, item) in items.enumerated() { for key in item { itemOf[key] = index } }
            let linksBetweenItems = edges.contains { edge in
                guard let tailItem = itemOf[edge.tail], let headItem = itemOf[edge.head] else { return false }
                return tailItem != headItem
            }
            if linksBetweenItems {
                let directNodes = nodesBySubgraph[subgraph.id] ?? []
                if directNodes.count > 1 { sameRankGroups.append((subgraph.id, directNodes)) }
                // `dot` draws a link within a rank from left to right before rotating the drawing;
                // turned for LR or RL, that is bottom to top, so such links are handed over reversed.
                if !chart.direction.isVertical {
                    let members = Set(directNodes)
                    for index in edges.indices where members.contains(edges[index].tail)
                        && members.contains(edges[index].head) && edges[index].tail != edges[index].head
                    {
                        edges[index].reversed.toggle()
                    }
                }
            } else {
                // Chained along the chart's direction, which runs backwards in BT and RL charts.
                let backwards = chart.direction == .bottomToTop || chart.direction == .rightToLeft
                let ordered = backwards ? Array(items.reversed()) : items
                for (current, next) in zip(ordered, ordered.dropFirst()) {
                    if let exit = current.last, let entry = next.first { orderingEdges.append((exit, entry)) }
                }
            }
        }
    }

    /// The links: a subgraph end attaches to its last node (as tail) or first node (as head), and clips at its
    /// border unless the other end is inside.
    private mutating func planEdges(_ chart: Flowchart, _ subgraphsByID: [String: FlowSubgraph],
                                    descendants: (String) -> [NodeKey], isInside: (NodeKey, String) -> Bool) {
        for (index, edge) in chart.edges.enumerated() {
            var planned = Edge(edgeIndex: index, tail: .node(edge.from), head: .node(edge.to))
            if subgraphsByID[edge.from] != nil {
                let nodes = descendants(edge.from)
                if let last = nodes.last { planned.tail = last }
                planned.tailSubgraph = edge.from
            }
            if subgraphsByID[edge.to] != nil {
                let nodes = descendants(edge.to)
                if let first = nodes.first { planned.head = first }
                planned.headSubgraph = edge.to
            }
            if let tailSubgraph = planned.tailSubgraph, isInside(planned.head, tailSubgraph) {
                planned.tailSubgraph = nil
            }
            if let headSubgraph = planned.headSubgraph, isInside(planned.tail, headSubgraph) {
                planned.headSubgraph = nil
            }
            edges.append(planned)
        }
    }
}
