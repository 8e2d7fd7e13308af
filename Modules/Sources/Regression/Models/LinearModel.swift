/// A straight line y = slope · x + intercept.
public struct LinearModel: Equatable, Sendable, CustomStringConvertible {
    /// The change in y per unit of x.
    public var slope: Double
    /// The value of y at x = 0.
    public var intercept: Double

    /// Creates a line from its slope and intercept.
    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// The prediction at `x`.
    public func predict(_ x: Double) -> Double { slope * x + intercept }

    /// The predictions at every `x`.
    public func predict(_ xs: [Double]) -> [Double] { xs.map(predict) }

    /// `y = 1.0 * x + 0.5` with Swift's shortest round-trip number formatting.
    public var description: String { "y = \(slope) * x + \(intercept)" }
}
