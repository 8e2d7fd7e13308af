/// What a gradient-descent run produced: the final line and the path it took.
public struct GradientDescentResult: Sendable {
    /// The line after the last step.
    public let model: LinearModel
    /// The mean squared error before each step.
    public let losses: [Double]
    /// The line before each step.
    public let history: [LinearModel]
}
