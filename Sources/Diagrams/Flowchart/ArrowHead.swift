/// The marker at one end of a link.
enum ArrowHead: String, Sendable, Equatable {
    case none
    /// `>` (or `<` at the start)
    case arrow
    /// `o`
    case circle
    /// `x`
    case cross
}
