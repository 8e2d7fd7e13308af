/// Node and subgraph bookkeeping, and the finished chart (classes, styles and link styles applied).
extension FlowchartParser {
    mutating func touchNode(_ id: String, line: Int) {
        if nodeIndex[id] == nil {
            nodeIndex[id] = chart.nodes.count
            chart.nodes.append(FlowNode(id: id, label: id, shape: .rectangle, line: line))
        }
        mention(.node(id))
    }

    mutating func mention(_ member: FlowSubgraph.Member) {
        if open.isEmpty {
            if !rootMentions.contains(member) { rootMentions.append(member) }
        } else if !open[open.count - 1].mentions.contains(member) {
            open[open.count - 1].mentions.append(member)
        }
    }

    /// Resolves membership, classes and styles once the whole source has been read.
    mutating func finish() throws(MermaidError) -> Flowchart {
        let subgraphIDs = Set(closed.map(\.subgraph.id))
        // Ids used as link ends that name a subgraph are subgraph references, not nodes.
        chart.nodes.removeAll { subgraphIDs.contains($0.id) }
        nodeIndex = [:]
        for (index, node) in chart.nodes.enumerated() { nodeIndex[node.id] = index }

        var owner: [String: String] = [:]
        for entry in closed {
            for case .node(let id) in entry.mentions where owner[id] == nil && !subgraphIDs.contains(id) {
                owner[id] = entry.subgraph.id
            }
        }
        func members(_ mentions: [FlowSubgraph.Member], ownerID: String?) -> [FlowSubgraph.Member] {
            mentions.filter { member in
                switch member {
                case .node(let id): return !subgraphIDs.contains(id) && owner[id] == ownerID
                case .subgraph: return true
                }
            }
        }
        chart.rootMembers = members(rootMentions, ownerID: nil)
        chart.subgraphs = closed.sorted { $0.openingOrder < $1.openingOrder }.map { entry in
            var subgraph = entry.subgraph
            subgraph.members = members(entry.mentions, ownerID: subgraph.id)
            return subgraph
        }

        for use in classUses {
            guard chart.classDefinitions[use.className] != nil || use.className == "default" else {
                throw MermaidError(
                    line: use.line, column: use.column, message: "no 'classDef' defines the class '\(use.className)'")
            }
            for target in use.targets {
                if let index = nodeIndex[target] {
                    chart.nodes[index].classes.append(use.className)
                } else if let index = chart.subgraphs.firstIndex(where: { $0.id == target }) {
                    chart.subgraphs[index].classes.append(use.className)
                } else {
                    throw MermaidError(
                        line: use.line, column: use.column, message: "class applied to unknown node '\(target)'")
                }
            }
        }
        for use in styleUses {
            if let index = nodeIndex[use.target] {
                chart.nodes[index].style = chart.nodes[index].style.merging(use.style)
            } else if let index = chart.subgraphs.firstIndex(where: { $0.id == use.target }) {
                chart.subgraphs[index].style = chart.subgraphs[index].style.merging(use.style)
            } else {
                throw MermaidError(
                    line: use.line, column: use.column, message: "style applied to unknown node '\(use.target)'")
            }
        }
        for use in linkStyleUses {
            let indices = use.indices ?? Array(chart.edges.indices)
            for index in indices {
                guard chart.edges.indices.contains(index) else {
                    throw MermaidError(
                        line: use.line, column: use.column,
                        message: "linkStyle \(index) refers to a link that does not exist (the diagram has \(chart.edges.count) links, numbered from 0)")
                }
                chart.edges[index].style = chart.edges[index].style.merging(use.style)
            }
        }
        return chart
    }
}
