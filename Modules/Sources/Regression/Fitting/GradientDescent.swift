/// Full-batch gradient descent on the mean squared error of a line, recording every step so a lesson can
/// plot the loss curve and the line moving towards the data.
public struct GradientDescent: Sendable {
    /// The step size η in θ ← θ − η · ∇loss.
    public var learningRate: Double
    /// The number of update steps.
    public var epochs: Int
    /// The line the descent starts from.
    public var start: LinearModel

    /// Creates a descent with the given step size, number of steps and starting line (default y = 0).
    public init(learningRate: Double = 0.01, epochs: Int = 100, start: LinearModel = LinearModel(slope: 0, intercept: 0)) {
        self.learningRate = learningRate
        self.epochs = epochs
        self.start = start
    }

    /// Runs the descent on (x, y). `history[i]` is the line before step i and `losses[i]` its MSE, so
    /// `losses[0]` is the starting loss; `model` is the line after the last step.
    public func fit(x: [Double], y: [Double]) throws(RegressionError) -> GradientDescentResult {
        try LeastSquares.checkLengths(x, y)
        guard !x.isEmpty else { throw .invalidArgument("gradient descent: no data points") }
        guard learningRate > 0, learningRate.isFinite else {
            throw .invalidArgument("gradient descent: learning rate must be positive, got \(learningRate)")
        }
        guard epochs >= 0 else { throw .invalidArgument("gradient descent: epochs must be non-negative") }
        let n = Double(x.count)
        var model = start
        var losses: [Double] = []
        var history: [LinearModel] = []
        losses.reserveCapacity(epochs)
        history.reserveCapacity(epochs)
        for _ in 0..<epochs {
            var loss = 0.0, gradientSlope = 0.0, gradientIntercept = 0.0
            for (xi, yi) in zip(x, y) {
                let error = model.predict(xi) - yi
                loss += error * error
                gradientSlope += 2 * error * xi   // ∂/∂slope of (ŷ − y)² = 2(ŷ − y)·x
                gradientIntercept += 2 * error    // ∂/∂intercept = 2(ŷ − y)
            }
            losses.append(loss / n)
            history.append(model)
            model.slope -= learningRate * gradientSlope / n
            model.intercept -= learningRate * gradientIntercept / n
        }
        return GradientDescentResult(model: model, losses: losses, history: history)
    }
}
