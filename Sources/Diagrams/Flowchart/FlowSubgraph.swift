/// A `subgraph ... end` block: a titled box around nodes and nested subgraphs.
struct FlowSubgraph: Sendable, Equatable {
    /// One member of a subgraph, in the order it appears in the subgraph's body.
    enum Member: Sendable, Equatable {
        case node(String)
        case subgraph(String)
    }

    /// The subgraph id (given, or generated as `subGraph<n>` for a bare multi-word title).
    var id: String
    /// The title drawn at the top of the box, with line breaks as `\n`.
    var title: String
    /// The direction given with a `direction` statement inside the block, if any.
    var direction: FlowDirection?
    /// Nodes and subgraphs that belong directly to this subgraph, in order of appearance.
    var members: [Member] = []
    /// Class names applied with `class`.
    var classes: [String] = []
    /// Properties from `style` statements.
    var style = StyleDeclaration()
    /// 1-based line (relative to the diagram) of the `subgraph` keyword.
    var line: Int
}
