/// The distribution of values, counted into equal-width bins.
public struct HistogramSeries: Sendable {
    /// The sample.
    public var values: [Double]
    /// Number of bins; nil picks one from the sample size (Sturges' rule).
    public var bins: Int?
    /// Bar colour; nil takes the next palette colour.
    public var color: Color?
    /// Whether bar heights are densities (area 1) instead of counts.
    public var density: Bool
    /// Legend label; nil keeps the series out of the legend.
    public var label: String?
}
