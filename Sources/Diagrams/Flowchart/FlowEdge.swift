/// A link between two nodes (or subgraphs) of a flowchart.
struct FlowEdge: Sendable, Equatable {
    /// Id of the node or subgraph the link starts from.
    var from: String
    /// Id of the node or subgraph the link points to.
    var to: String
    /// Text on the link, with line breaks as `\n`; empty when there is none.
    var label: String = ""
    /// How the line is drawn.
    var stroke: LinkStroke = .solid
    /// Marker at the start (`<-->` has an arrow at both ends).
    var startHead: ArrowHead = .none
    /// Marker at the end.
    var endHead: ArrowHead = .arrow
    /// Minimum number of ranks the link spans (`-->` is 1, `--->` is 2, ...).
    var length: Int = 1
    /// Properties from `linkStyle` statements.
    var style = StyleDeclaration()
    /// 1-based line (relative to the diagram) of the link.
    var line: Int
}
