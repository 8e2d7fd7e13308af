/// A classifier's predicted class over a grid, drawn as pale regions in the class colours.
public struct DecisionRegionSeries: Sendable {
    /// Grid x coordinates (cell centres, one per column), increasing.
    public var x: [Double]
    /// Grid y coordinates (cell centres, one per row), increasing.
    public var y: [Double]
    /// Predicted class index per cell, `classes[row][column]`.
    public var classes: [[Int]]
    /// Class names for the legend; nil names them "class 0", "class 1", ...
    public var classNames: [String]?
}
