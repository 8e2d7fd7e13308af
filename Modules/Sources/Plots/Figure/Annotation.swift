/// A text note placed at a data position, optionally with an arrow to another data position.
public struct Annotation: Sendable {
    /// The note.
    public var text: String
    /// Horizontal data position of the text.
    public var x: Double
    /// Vertical data position of the text.
    public var y: Double
    /// Text colour; nil uses the theme's text colour.
    public var color: Color?
    /// Data position the arrow points at, if any.
    public var arrowTo: (x: Double, y: Double)?
}
