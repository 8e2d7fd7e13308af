/// One layer of a figure.
public enum Series: Sendable {
    /// Markers at points.
    case scatter(ScatterSeries)
    /// A polyline.
    case line(LineSeries)
    /// Bars per category.
    case bar(BarSeries)
    /// A histogram.
    case histogram(HistogramSeries)
    /// A heat map with colour bar.
    case heatmap(HeatmapSeries)
    /// Filled contours with colour bar.
    case contour(ContourSeries)
    /// Classifier decision regions.
    case decisionRegions(DecisionRegionSeries)

    /// A short name of the kind, used in alt text and warnings.
    public var kindName: String {
        switch self {
        case .scatter: return "scatter"
        case .line: return "line"
        case .bar(let b): return (b.stacked ? "stacked " : "") + (b.horizontal ? "horizontal bar" : "bar")
        case .histogram: return "histogram"
        case .heatmap: return "heat map"
        case .contour: return "filled contour"
        case .decisionRegions: return "decision regions"
        }
    }

    /// The legend label, if the series has one.
    public var label: String? {
        switch self {
        case .scatter(let s): return s.label
        case .line(let s): return s.label
        case .bar(let s): return s.label
        case .histogram(let s): return s.label
        case .heatmap, .contour, .decisionRegions: return nil
        }
    }

    /// A description of the amount of data, e.g. "40 points" or "8×8 cells".
    public var sizeDescription: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch self {
        case .scatter(let s): return plural(min(s.x.count, s.y.count), "point")
        case .line(let s): return plural(min(s.x.count, s.y.count), "point")
        case .bar(let s): return plural(min(s.categories.count, s.values.count), "bar")
        case .histogram(let s): return plural(s.values.count, "value")
        case .heatmap(let s): return "\(s.matrix.count)×\(s.matrix.first?.count ?? 0) cells"
        case .contour(let s): return "\(s.z.count)×\(s.z.first?.count ?? 0) grid"
        case .decisionRegions(let s): return "\(s.classes.count)×\(s.classes.first?.count ?? 0) grid"
        }
    }
}
