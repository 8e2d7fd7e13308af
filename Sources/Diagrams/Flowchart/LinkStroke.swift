/// How a link's line is drawn.
enum LinkStroke: String, Sendable, Equatable {
    /// `-->`, `---`
    case solid
    /// `-.->`, `-.-`
    case dotted
    /// `==>`, `===`
    case thick
    /// `~~~`: takes part in the layout but is not drawn.
    case invisible
}
