/// A parsed mermaid flowchart: nodes, links, subgraphs and styling, all in source order.
struct Flowchart: Sendable, Equatable {
    /// Direction of the whole chart.
    var direction: FlowDirection = .topToBottom
    /// Title from the front matter (`title:`), empty when there is none.
    var title: String = ""
    /// Accessible title from `accTitle:`, empty when there is none.
    var accessibleTitle: String = ""
    /// Accessible description from `accDescr:`, empty when there is none.
    var accessibleDescription: String = ""
    /// Nodes in order of first appearance.
    var nodes: [FlowNode] = []
    /// Links in source order (the order `linkStyle` indices refer to).
    var edges: [FlowEdge] = []
    /// All subgraphs, outer ones before the subgraphs they contain.
    var subgraphs: [FlowSubgraph] = []
    /// Members of the chart outside every subgraph, in order of appearance.
    var rootMembers: [FlowSubgraph.Member] = []
    /// `classDef` styles by class name (looked up, never iterated).
    var classDefinitions: [String: StyleDeclaration] = [:]

    /// The node with the given id, if any.
    func node(_ id: String) -> FlowNode? { nodes.first { $0.id == id } }

    /// The subgraph with the given id, if any.
    func subgraph(_ id: String) -> FlowSubgraph? { subgraphs.first { $0.id == id } }
}
