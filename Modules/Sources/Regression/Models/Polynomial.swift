/// A polynomial with coefficients from the highest power down, like NumPy's `polyfit`/`polyval`.
public struct Polynomial: Equatable, Sendable, CustomStringConvertible {
    /// Coefficients, highest power first: `[a, b, c]` is a·x² + b·x + c.
    public var coefficients: [Double]

    /// Creates a polynomial from coefficients, highest power first.
    public init(coefficients: [Double]) {
        self.coefficients = coefficients
    }

    /// The highest power (0 for a constant; 0 for no coefficients).
    public var degree: Int { Swift.max(coefficients.count - 1, 0) }

    /// The value at `x` by Horner's rule (as `np.polyval`).
    public func evaluate(_ x: Double) -> Double {
        coefficients.reduce(0) { $0 * x + $1 }
    }

    /// The values at every `x`.
    public func evaluate(_ xs: [Double]) -> [Double] { xs.map(evaluate) }

    /// `2.0x^2 + -1.0x + 0.5`.
    public var description: String {
        coefficients.enumerated().map { index, value in
            let power = coefficients.count - 1 - index
            return power == 0 ? "\(value)" : power == 1 ? "\(value)x" : "\(value)x^\(power)"
        }.joined(separator: " + ")
    }
}
