/// Principal component analysis: the directions of largest variance of a set of points.
///
/// Fitting centres the rows and takes the eigenvectors of the covariance matrix (denominator
/// `n − 1`); when there are fewer rows than columns it uses the smaller `n × n` Gram matrix instead,
/// with the same result. Sign convention: in each component the entry of largest absolute value is
/// positive, so the projection is deterministic.
public struct PrincipalComponentAnalysis: Sendable, Equatable {
    /// The mean of the fitted rows, subtracted before projecting.
    public let mean: [Double]
    /// The principal directions (unit vectors), strongest first: `components[k]` has `mean.count` entries.
    public let components: [[Double]]
    /// The variance of the data along each component.
    public let explainedVariance: [Double]
    /// Each component's share of the total variance.
    public let explainedVarianceRatio: [Double]

    /// Fits `count` components to `rows` (at least two rows of equal, non-zero length).
    public init(fitting rows: [[Double]], components count: Int = 2) throws {
        guard rows.count >= 2 else {
            throw TextModelsError.invalidArgument("PCA needs at least two rows, got \(rows.count)")
        }
        let width = rows[0].count
        guard width > 0 else { throw TextModelsError.emptyInput("the first row") }
        for row in rows where row.count != width {
            throw TextModelsError.dimensionMismatch(expected: width, actual: row.count)
        }
        guard count >= 1, count <= min(width, rows.count) else {
            throw TextModelsError.invalidArgument(
                "PCA can find 1...\(min(width, rows.count)) components here, asked for \(count)")
        }
        let n = rows.count
        var mean = [Double](repeating: 0, count: width)
        for row in rows { for j in 0..<width { mean[j] += row[j] } }
        mean = mean.map { $0 / Double(n) }
        let centred = rows.map { row in (0..<width).map { row[$0] - mean[$0] } }  // (n, width)
        let denominator = Double(n - 1)

        var components: [[Double]] = []
        var variances: [Double] = []
        let totalVariance = centred.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } } / denominator
        if width <= n {
            var covariance = [Double](repeating: 0, count: width * width)  // (width, width)
            for row in centred {
                for i in 0..<width where row[i] != 0 {
                    for j in i..<width { covariance[i * width + j] += row[i] * row[j] }
                }
            }
            for i in 0..<width {
                for j in i..<width {
                    covariance[i * width + j] /= denominator
                    covariance[j * width + i] = covariance[i * width + j]
                }
            }
            let eigen = try SymmetricEigendecomposition(matrix: covariance, size: width)
            components = Array(eigen.vectors.prefix(count))
            variances = Array(eigen.values.prefix(count))
        } else {
            var gram = [Double](repeating: 0, count: n * n)  // (n, n) = X Xᵀ / (n − 1)
            for i in 0..<n {
                for j in i..<n {
                    var sum = 0.0
                    for k in 0..<width { sum += centred[i][k] * centred[j][k] }
                    gram[i * n + j] = sum / denominator
                    gram[j * n + i] = sum / denominator
                }
            }
            let eigen = try SymmetricEigendecomposition(matrix: gram, size: n)
            for k in 0..<count {
                // v = Xᵀ u / ‖Xᵀ u‖ is the covariance eigenvector with the same eigenvalue.
                var direction = [Double](repeating: 0, count: width)
                for i in 0..<n where eigen.vectors[k][i] != 0 {
                    for j in 0..<width { direction[j] += centred[i][j] * eigen.vectors[k][i] }
                }
                let length = norm(direction)
                if length > 0 { direction = direction.map { $0 / length } }
                components.append(withLargestEntryPositive(direction))
                variances.append(max(0, eigen.values[k]))
            }
        }
        self.mean = mean
        self.components = components
        self.explainedVariance = variances.map { max(0, $0) }
        self.explainedVarianceRatio = variances.map { totalVariance > 0 ? max(0, $0) / totalVariance : 0 }
    }

    /// Projects rows onto the components: one row of `components.count` coordinates per input row.
    public func transform(_ rows: [[Double]]) throws -> [[Double]] {
        try rows.map { row in
            guard row.count == mean.count else {
                throw TextModelsError.dimensionMismatch(expected: mean.count, actual: row.count)
            }
            return components.map { component in
                var sum = 0.0
                for j in 0..<row.count { sum += (row[j] - mean[j]) * component[j] }
                return sum
            }
        }
    }
}
