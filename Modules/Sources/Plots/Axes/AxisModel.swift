/// A resolved axis: its scale, its range in working space (log10 for log axes) and its pixel span.
struct AxisModel {
    /// Scale of a numeric axis.
    var scale: AxisScale
    /// Category names when the axis is categorical (category i sits at value i).
    var categories: [String]?
    /// Whether larger values are drawn first (top for y, as in heat maps and horizontal bars).
    var inverted: Bool
    /// Lower limit in working space.
    var lo: Double = 0
    /// Upper limit in working space.
    var hi: Double = 1
    /// Pixel of the first end of the axis (left for x, bottom for y).
    var pixelStart: Double = 0
    /// Pixel of the other end.
    var pixelEnd: Double = 1

    /// The working-space value of a data value, or nil when it cannot be shown (NaN, ±∞, ≤ 0 on log axes).
    func transform(_ v: Double) -> Double? {
        categories != nil ? (v.isFinite ? v : nil) : scale.transform(v)
    }

    /// The pixel of a working-space value.
    func pixel(working t: Double) -> Double {
        let span = hi - lo
        let f = span == 0 ? 0.5 : (t - lo) / span
        return inverted ? pixelEnd + (pixelStart - pixelEnd) * f : pixelStart + (pixelEnd - pixelStart) * f
    }

    /// The pixel of a data value, or nil when it cannot be shown.
    func pixel(_ v: Double) -> Double? {
        transform(v).map { pixel(working: $0) }
    }

    /// Pixel length of the axis.
    var length: Double { abs(pixelEnd - pixelStart) }
}
