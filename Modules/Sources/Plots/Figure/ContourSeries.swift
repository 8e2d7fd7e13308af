/// A scalar field on a grid drawn as filled bands between contour levels, with a colour bar.
public struct ContourSeries: Sendable {
    /// Grid x coordinates (one per column), increasing.
    public var x: [Double]
    /// Grid y coordinates (one per row), increasing.
    public var y: [Double]
    /// Field values, `z[row][column]`, row i at `y[i]`.
    public var z: [[Double]]
    /// Approximate number of bands; the boundaries fall on nice values.
    public var levels: Int
    /// The colour map.
    public var colorMap: ColorMap
    /// Label beside the colour bar.
    public var colorBarLabel: String?
}
