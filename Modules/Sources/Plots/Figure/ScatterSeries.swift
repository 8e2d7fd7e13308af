/// Points drawn as markers.
public struct ScatterSeries: Sendable {
    /// Horizontal data values.
    public var x: [Double]
    /// Vertical data values (paired with `x`).
    public var y: [Double]
    /// Marker colour; nil takes the next palette colour.
    public var color: Color?
    /// Marker diameter in pixels.
    public var size: Double
    /// Marker opacity in 0...1.
    public var opacity: Double
    /// Marker symbol.
    public var marker: Marker
    /// Legend label; nil keeps the series out of the legend.
    public var label: String?
}
