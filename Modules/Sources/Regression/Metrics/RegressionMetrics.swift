/// Goodness-of-fit measures for predictions against observed values.
public enum RegressionMetrics {
    /// The mean of (prediction − target)².
    public static func meanSquaredError(predictions: [Double], targets: [Double]) throws(RegressionError) -> Double {
        try check(predictions, targets, name: "meanSquaredError")
        return zip(predictions, targets).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(targets.count)
    }

    /// The mean of |prediction − target|.
    public static func meanAbsoluteError(predictions: [Double], targets: [Double]) throws(RegressionError) -> Double {
        try check(predictions, targets, name: "meanAbsoluteError")
        return zip(predictions, targets).reduce(0) { $0 + Swift.abs($1.0 - $1.1) } / Double(targets.count)
    }

    /// The coefficient of determination R² = 1 − SS_res / SS_tot (1 is a perfect fit; can be negative).
    public static func rSquared(predictions: [Double], targets: [Double]) throws(RegressionError) -> Double {
        try check(predictions, targets, name: "rSquared")
        let mean = targets.reduce(0, +) / Double(targets.count)
        var residual = 0.0, total = 0.0
        for (p, t) in zip(predictions, targets) {
            residual += (t - p) * (t - p)
            total += (t - mean) * (t - mean)
        }
        guard total > 0 else { throw .singular("rSquared: all targets are equal, R² is undefined") }
        return 1 - residual / total
    }

    private static func check(_ predictions: [Double], _ targets: [Double], name: String) throws(RegressionError) {
        guard predictions.count == targets.count else {
            throw .lengthMismatch("\(name): \(predictions.count) predictions but \(targets.count) targets")
        }
        guard !targets.isEmpty else { throw .invalidArgument("\(name): no values") }
    }
}
