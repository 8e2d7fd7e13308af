/// Closed-form least-squares fits: a line, a polynomial (equal to `numpy.polyfit`), or any linear model.
public enum LeastSquares {
    /// The line minimising the mean squared error, from the closed-form formulas
    /// slope = cov(x, y) / var(x), intercept = mean(y) − slope · mean(x).
    public static func fitLine(x: [Double], y: [Double]) throws(RegressionError) -> LinearModel {
        try checkLengths(x, y)
        guard x.count >= 2 else { throw .invalidArgument("fitLine: need at least 2 points, got \(x.count)") }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var covariance = 0.0, variance = 0.0
        for (xi, yi) in zip(x, y) {
            covariance += (xi - meanX) * (yi - meanY)
            variance += (xi - meanX) * (xi - meanX)
        }
        guard variance > 0 else { throw .singular("fitLine: all x values are equal, the slope is undefined") }
        let slope = covariance / variance
        return LinearModel(slope: slope, intercept: meanY - slope * meanX)
    }

    /// The polynomial of `degree` minimising the squared error, coefficients highest power first,
    /// equal to `numpy.polyfit(x, y, degree)`.
    public static func fitPolynomial(x: [Double], y: [Double], degree: Int) throws(RegressionError) -> Polynomial {
        try checkLengths(x, y)
        guard degree >= 0 else { throw .invalidArgument("fitPolynomial: degree must be non-negative, got \(degree)") }
        guard x.count > degree else {
            throw .invalidArgument("fitPolynomial: degree \(degree) needs at least \(degree + 1) points, got \(x.count)")
        }
        let columns = degree + 1
        var vandermonde = [Double](repeating: 0, count: x.count * columns)
        for (row, value) in x.enumerated() {
            var power = 1.0
            for column in stride(from: degree, through: 0, by: -1) {
                vandermonde[row * columns + column] = power
                power *= value
            }
        }
        let coefficients = try HouseholderSolver.solve(
            matrix: vandermonde, rows: x.count, columns: columns, targets: y)
        return Polynomial(coefficients: coefficients)
    }

    /// The weights w minimising ‖features · w − targets‖² for rows of features (add a column of ones
    /// for an intercept).
    public static func solve(features: [[Double]], targets: [Double]) throws(RegressionError) -> [Double] {
        guard features.count == targets.count else {
            throw .lengthMismatch("solve: \(features.count) rows of features but \(targets.count) targets")
        }
        let columns = features.first?.count ?? 0
        for (index, row) in features.enumerated() where row.count != columns {
            throw .lengthMismatch("solve: row \(index) has \(row.count) features, expected \(columns)")
        }
        return try HouseholderSolver.solve(
            matrix: features.flatMap { $0 }, rows: features.count, columns: columns, targets: targets)
    }

    static func checkLengths(_ x: [Double], _ y: [Double]) throws(RegressionError) {
        guard x.count == y.count else {
            throw .lengthMismatch("x has \(x.count) values but y has \(y.count)")
        }
    }
}
