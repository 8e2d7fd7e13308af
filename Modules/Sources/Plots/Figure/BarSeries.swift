/// One value per category, drawn as bars; several bar series in a figure are grouped side by side, or stacked
/// on top of each other when `stacked`.
public struct BarSeries: Sendable {
    /// Category names, one per value.
    public var categories: [String]
    /// Bar lengths.
    public var values: [Double]
    /// Bar colour; nil takes the next palette colour.
    public var color: Color?
    /// Legend label; nil keeps the series out of the legend.
    public var label: String?
    /// Whether bars extend to the right from a vertical category axis.
    public var horizontal: Bool
    /// Whether the bars start where the previous stacked series of the same orientation ended in that category
    /// (positive values on positive ones, negative below negative ones) instead of standing beside them.
    public var stacked: Bool = false
}
