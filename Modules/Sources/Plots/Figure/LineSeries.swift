/// A polyline through points, optionally dashed and with markers.
public struct LineSeries: Sendable {
    /// Horizontal data values.
    public var x: [Double]
    /// Vertical data values (paired with `x`).
    public var y: [Double]
    /// Line colour; nil takes the next palette colour.
    public var color: Color?
    /// Stroke width in pixels.
    public var width: Double
    /// Stroke pattern.
    public var dash: Dash
    /// Symbol drawn at each point.
    public var marker: Marker
    /// Marker diameter in pixels.
    public var markerSize: Double
    /// Legend label; nil keeps the series out of the legend.
    public var label: String?
}
