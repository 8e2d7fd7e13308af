/// The outline of a flowchart node, one case per mermaid bracket syntax.
enum NodeShape: String, Sendable, Equatable, CaseIterable {
    /// `A[text]`
    case rectangle
    /// `A(text)`
    case rounded
    /// `A([text])`
    case stadium
    /// `A[[text]]`
    case subroutine
    /// `A[(text)]`
    case cylinder
    /// `A((text))`
    case circle
    /// `A(((text)))`
    case doubleCircle
    /// `A{text}`
    case diamond
    /// `A{{text}}`
    case hexagon
    /// `A>text]`
    case asymmetric
    /// `A[/text/]`
    case parallelogram
    /// `A[\text\]`
    case parallelogramAlt
    /// `A[/text\]`
    case trapezoid
    /// `A[\text/]`
    case trapezoidAlt
}
