/// A matrix drawn as coloured cells, row 0 at the top, with a colour bar.
public struct HeatmapSeries: Sendable {
    /// The values, `matrix[row][column]`; rows may not be ragged.
    public var matrix: [[Double]]
    /// Column labels along the x axis; nil shows column indices.
    public var xLabels: [String]?
    /// Row labels along the y axis; nil shows row indices.
    public var yLabels: [String]?
    /// Whether each cell shows its value.
    public var showValues: Bool
    /// The colour map.
    public var colorMap: ColorMap
    /// The value range mapped onto the colour map; nil uses the data range (symmetric for diverging maps).
    public var range: ClosedRange<Double>?
    /// Label beside the colour bar.
    public var colorBarLabel: String?
}
