/// A node of a flowchart: its id, the text shown in it, its shape and its styling.
struct FlowNode: Sendable, Equatable {
    /// The mermaid id (`A` in `A[text]`).
    var id: String
    /// The text shown, with line breaks as `\n`; the id when the node never got a label.
    var label: String
    /// The outline.
    var shape: NodeShape
    /// Class names applied with `class`, `:::` or nothing, in order of application.
    var classes: [String] = []
    /// Properties from `style` statements, applied after the classes.
    var style = StyleDeclaration()
    /// 1-based line (relative to the diagram) where the node first appears.
    var line: Int
}
