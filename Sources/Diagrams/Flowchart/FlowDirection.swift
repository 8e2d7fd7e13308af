/// The direction in which a flowchart (or one of its subgraphs) flows.
enum FlowDirection: String, Sendable, Equatable {
    case topToBottom = "TB"
    case bottomToTop = "BT"
    case leftToRight = "LR"
    case rightToLeft = "RL"

    /// Parses a mermaid direction keyword (`TD`, `TB`, `BT`, `LR`, `RL` and the legacy `v ^ > <`).
    init?(mermaid keyword: String) {
        switch keyword.uppercased() {
        case "TB", "TD", "V": self = .topToBottom
        case "BT", "^": self = .bottomToTop
        case "LR", ">": self = .leftToRight
        case "RL", "<": self = .rightToLeft
        default: return nil
        }
    }

    /// Whether ranks follow each other vertically.
    var isVertical: Bool { self == .topToBottom || self == .bottomToTop }

    /// The direction mermaid gives a subgraph that has no `direction` of its own and no link to the
    /// outside: it flips top-to-bottom to left-to-right and everything else to top-to-bottom.
    var mermaidToggled: FlowDirection { self == .topToBottom ? .leftToRight : .topToBottom }
}
