/// Where the legend goes inside the plot area.
public enum LegendPosition: String, Sendable, CaseIterable {
    /// The corner covering the fewest data points.
    case best
    /// Top right corner.
    case topRight
    /// Top left corner.
    case topLeft
    /// Bottom right corner.
    case bottomRight
    /// Bottom left corner.
    case bottomLeft
    /// No legend.
    case hidden
}
