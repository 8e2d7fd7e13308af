/// Least-squares solutions of overdetermined systems A·x ≈ b by Householder QR, column-scaled like
/// NumPy's `polyfit` so that badly scaled columns (x⁵ next to 1) lose no accuracy.
enum HouseholderSolver {
    /// The x minimising ‖A·x − b‖² for row-major `matrix` (rows × columns), rows ≥ columns.
    static func solve(matrix: [Double], rows: Int, columns: Int, targets: [Double]) throws(RegressionError) -> [Double] {
        guard rows >= columns, columns > 0 else {
            throw .invalidArgument("least squares: need at least \(columns) points, got \(rows)")
        }
        // Scale each column to unit norm.
        var a = matrix
        var scales = [Double](repeating: 0, count: columns)
        for j in 0..<columns {
            var norm = 0.0
            for i in 0..<rows { norm += a[i * columns + j] * a[i * columns + j] }
            norm = norm.squareRoot()
            scales[j] = norm == 0 ? 1 : norm
            for i in 0..<rows { a[i * columns + j] /= scales[j] }
        }
        var b = targets
        var diagonal = [Double](repeating: 0, count: columns)
        for k in 0..<columns {
            // Householder reflection that zeroes a[k+1..., k].
            var norm = 0.0
            for i in k..<rows { norm += a[i * columns + k] * a[i * columns + k] }
            norm = norm.squareRoot()
            guard norm > 1e-13 else {
                throw .singular("least squares: the data cannot determine all \(columns) coefficients")
            }
            let alpha = a[k * columns + k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: rows - k)
            for i in k..<rows { v[i - k] = a[i * columns + k] }
            v[0] -= alpha
            var vNorm = 0.0
            for value in v { vNorm += value * value }
            diagonal[k] = alpha
            guard vNorm > 0 else { continue }
            for j in (k + 1)..<max(columns, k + 1) {
                var dot = 0.0
                for i in k..<rows { dot += v[i - k] * a[i * columns + j] }
                let factor = 2 * dot / vNorm
                for i in k..<rows { a[i * columns + j] -= factor * v[i - k] }
            }
            var dot = 0.0
            for i in k..<rows { dot += v[i - k] * b[i] }
            let factor = 2 * dot / vNorm
            for i in k..<rows { b[i] -= factor * v[i - k] }
        }
        // Back substitution with R (diagonal in `diagonal`, upper part in `a`).
        var solution = [Double](repeating: 0, count: columns)
        for k in stride(from: columns - 1, through: 0, by: -1) {
            var value = b[k]
            for j in (k + 1)..<max(columns, k + 1) { value -= a[k * columns + j] * solution[j] }
            solution[k] = value / diagonal[k]
        }
        return zip(solution, scales).map { $0 / $1 }
    }
}
