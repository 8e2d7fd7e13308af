/// The colour bar beside a heat map or filled contour: its map, value range and, for contours, band edges.
struct ColorBarModel {
    /// The colour map.
    var colorMap: ColorMap
    /// Value at the bottom of the bar.
    var lo: Double
    /// Value at the top of the bar.
    var hi: Double
    /// Band boundaries for filled contours (discrete bar); nil for a continuous bar.
    var bandEdges: [Double]?
    /// Text beside the bar.
    var label: String?

    /// Bar thickness in pixels.
    static let barWidth = 14.0
    /// Gap between the plot and the bar.
    static let gap = 14.0

    /// The position of `v` along the bar in 0...1.
    func fraction(_ v: Double) -> Double {
        hi == lo ? 0.5 : (v - lo) / (hi - lo)
    }

    /// The colour of a value.
    func color(_ v: Double) -> Color { colorMap.color(at: fraction(v)) }

    /// The colour of contour band `i` (bands are spread evenly over the map).
    func bandColor(_ i: Int) -> Color {
        guard let edges = bandEdges, edges.count > 2 else { return colorMap.color(at: 0.5) }
        return colorMap.color(at: Double(i) / Double(edges.count - 2))
    }

    /// The band containing `v` (values on an edge go to the upper band, the top edge to the last band).
    func band(of v: Double) -> Int {
        guard let edges = bandEdges, edges.count > 1 else { return 0 }
        var lo = 0
        var hi = edges.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if v >= edges[mid] { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The axis the bar's ticks are laid out on.
    func axis(top: Double, bottom: Double) -> AxisModel {
        AxisModel(scale: .linear, categories: nil, inverted: false, lo: lo, hi: hi, pixelStart: bottom, pixelEnd: top)
    }
}
