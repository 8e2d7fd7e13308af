/// One value per category, drawn as bars; several bar series in a figure are grouped side by side.
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
}
