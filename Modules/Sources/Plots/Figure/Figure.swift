/// A chart: axes with a title, labels and limits, holding series; `render(caption:)` turns it into SVG.
///
/// Figures are values: build one with `var`, add series with the mutating methods, and render it.
public struct Figure: Sendable {
    /// Title drawn above the plot and used as the SVG `<title>`.
    public var title: String?
    /// Label under the x axis.
    public var xLabel: String?
    /// Label beside the y axis.
    public var yLabel: String?
    /// Colour scheme.
    public var theme: Theme
    /// Width in SVG pixels (the SVG scales to the page width through its `viewBox`).
    public var width: Double
    /// Height in SVG pixels.
    public var height: Double
    /// Fixed x range; nil fits the data.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y range; nil fits the data.
    public var yLimits: ClosedRange<Double>?
    /// Scale of the x axis.
    public var xScale: AxisScale
    /// Scale of the y axis.
    public var yScale: AxisScale
    /// Whether grid lines are drawn at the ticks (never over heat maps).
    public var grid: Bool
    /// Legend placement; the legend appears only when some series has a label.
    public var legend: LegendPosition
    /// The layers, in drawing order.
    public private(set) var series: [Series] = []
    /// Text notes.
    public private(set) var annotations: [Annotation] = []

    /// Creates an empty figure.
    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, theme: Theme = .light,
                width: Double = 640, height: Double = 420, xLimits: ClosedRange<Double>? = nil,
                yLimits: ClosedRange<Double>? = nil, xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                grid: Bool = true, legend: LegendPosition = .best) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.theme = theme
        self.width = width
        self.height = height
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.xScale = xScale
        self.yScale = yScale
        self.grid = grid
        self.legend = legend
    }

    /// Adds points drawn as markers (`size` is the marker diameter in pixels).
    public mutating func scatter(x: [Double], y: [Double], color: Color? = nil, label: String? = nil,
                                 size: Double? = nil, opacity: Double = 1, marker: Marker = .circle) {
        series.append(.scatter(ScatterSeries(x: x, y: y, color: color, size: size ?? 6, opacity: opacity,
                                             marker: marker == .none ? .circle : marker, label: label)))
    }

    /// Adds points coloured by class (one legend entry per class), e.g. a labelled toy dataset.
    public mutating func scatter(x: [Double], y: [Double], classes: [Int], classNames: [String]? = nil,
                                 size: Double? = nil) {
        let n = min(x.count, y.count, classes.count)
        let distinct = Array(Set(classes.prefix(n))).sorted()
        for c in distinct {
            var xs: [Double] = []
            var ys: [Double] = []
            for i in 0..<n where classes[i] == c {
                xs.append(x[i])
                ys.append(y[i])
            }
            let name = classNames.flatMap { c >= 0 && c < $0.count ? $0[c] : nil } ?? "class \(c)"
            series.append(.scatter(ScatterSeries(x: xs, y: ys, color: Palette.color(c, theme: theme),
                                                 size: size ?? 6, opacity: 1, marker: .circle, label: name)))
        }
    }

    /// Adds a line through the points, with optional dashes and markers.
    public mutating func line(x: [Double], y: [Double], color: Color? = nil, width: Double = 2,
                              dash: Dash = .solid, marker: Marker = .none, markerSize: Double = 6,
                              label: String? = nil) {
        series.append(.line(LineSeries(x: x, y: y, color: color, width: width, dash: dash, marker: marker,
                                       markerSize: markerSize, label: label)))
    }

    /// Adds a line through `y` at x = 0, 1, 2, ... (a loss history, for example).
    public mutating func line(y: [Double], color: Color? = nil, width: Double = 2, dash: Dash = .solid,
                              marker: Marker = .none, label: String? = nil) {
        line(x: y.indices.map(Double.init), y: y, color: color, width: width, dash: dash, marker: marker,
             label: label)
    }

    /// Adds bars, one per category; several bar series with the same orientation are grouped side by side.
    public mutating func bar(categories: [String], values: [Double], color: Color? = nil, label: String? = nil,
                             horizontal: Bool = false) {
        series.append(.bar(BarSeries(categories: categories, values: values, color: color, label: label,
                                     horizontal: horizontal)))
    }

    /// Adds grouped bars: one bar series per group, side by side within each category, or stacked on top of
    /// each other (`stacked: true`, each category's bar is then the sum of its groups).
    public mutating func bar(categories: [String], groups: [(label: String, values: [Double])],
                             stacked: Bool = false, horizontal: Bool = false) {
        for group in groups {
            series.append(.bar(BarSeries(categories: categories, values: group.values, color: nil, label: group.label,
                                         horizontal: horizontal, stacked: stacked)))
        }
    }

    /// Adds a histogram of `values` (`bins` nil: chosen from the sample size).
    public mutating func histogram(_ values: [Double], bins: Int? = nil, color: Color? = nil,
                                   density: Bool = false, label: String? = nil) {
        series.append(.histogram(HistogramSeries(values: values, bins: bins, color: color, density: density,
                                                 label: label)))
    }

    /// Adds a heat map of `matrix[row][column]` (row 0 on top) with a colour bar, e.g. attention weights.
    public mutating func heatmap(_ matrix: [[Double]], xLabels: [String]? = nil, yLabels: [String]? = nil,
                                 showValues: Bool = false, colorMap: ColorMap = .viridis,
                                 range: ClosedRange<Double>? = nil, colorBarLabel: String? = nil) {
        series.append(.heatmap(HeatmapSeries(matrix: matrix, xLabels: xLabels, yLabels: yLabels,
                                             showValues: showValues, colorMap: colorMap, range: range,
                                             colorBarLabel: colorBarLabel)))
    }

    /// Adds filled contours of `z[row][column]` sampled at `x[column]`, `y[row]`, with a colour bar.
    public mutating func contour(x: [Double], y: [Double], z: [[Double]], levels: Int = 10,
                                 colorMap: ColorMap = .viridis, colorBarLabel: String? = nil) {
        series.append(.contour(ContourSeries(x: x, y: y, z: z, levels: levels, colorMap: colorMap,
                                             colorBarLabel: colorBarLabel)))
    }

    /// Adds a classifier's decision regions: `classes[row][column]` predicted at `x[column]`, `y[row]`.
    public mutating func decisionRegions(x: [Double], y: [Double], classes: [[Int]], classNames: [String]? = nil) {
        series.append(.decisionRegions(DecisionRegionSeries(x: x, y: y, classes: classes, classNames: classNames)))
    }

    /// Adds a text note at a data position, optionally with an arrow pointing at `arrowTo`.
    public mutating func annotate(_ text: String, x: Double, y: Double, color: Color? = nil,
                                  arrowTo: (x: Double, y: Double)? = nil) {
        annotations.append(Annotation(text: text, x: x, y: y, color: color, arrowTo: arrowTo))
    }

    /// Renders the figure as a standalone SVG; `caption` becomes its `<desc>`, else the summary in `language`.
    ///
    /// Element ids derive from the content, so two identical figures on one page share ids; pass a distinct
    /// `idSeed` (a cell number, say) to keep ids unique in that case.
    public func render(caption: String? = nil, idSeed: String = "", language: PlotLanguage = .english) -> SVGDocument {
        let size = FigureRenderer.clampedSize(width: width, height: height)
        return SVGDocument.make(title: title, caption: caption, summary: summary(in: language), width: size.width,
                                height: size.height, idSeed: idSeed) { out, idToken in
            var renderer = FigureRenderer(figure: self, idToken: idToken)
            renderer.render(into: &out)
            return renderer.warnings
        }
    }

    /// A plain-language description of the chart for screen readers: title, kinds of series, data sizes, axes.
    public var summary: String { summary(in: .english) }

    /// The description for screen readers in `language`.
    public func summary(in language: PlotLanguage) -> String {
        var parts: [String] = []
        var distinctKinds: [String] = []
        for k in series.map(language.kindName) where !distinctKinds.contains(k) { distinctKinds.append(k) }
        parts.append(language.chartSentence(kinds: distinctKinds, title: title))
        if !series.isEmpty {
            parts.append(language.seriesSentence(series.map(language.seriesItem)))
        }
        var axes: [String] = []
        if let xLabel { axes.append(language.axis("x", label: xLabel, logarithmic: xScale == .log)) }
        if let yLabel { axes.append(language.axis("y", label: yLabel, logarithmic: yScale == .log)) }
        if !axes.isEmpty { parts.append(axes.joined(separator: ", ").capitalizedFirst + ".") }
        if !annotations.isEmpty { parts.append("\(language.notes): " + annotations.map(\.text).joined(separator: "; ") + ".") }
        return parts.joined(separator: " ")
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
