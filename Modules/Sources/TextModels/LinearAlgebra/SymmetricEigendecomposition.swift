#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The eigenvalues and eigenvectors of a real symmetric matrix, by the cyclic Jacobi method.
///
/// Eigenvalues are sorted from largest to smallest. Each eigenvector is unit length and signed so
/// that its entry of largest absolute value is positive (the first such entry on ties), which makes
/// the result independent of rotation order and reproducible against NumPy after the same flip.
struct SymmetricEigendecomposition: Sendable {
    /// The eigenvalues, largest first.
    let values: [Double]
    /// The eigenvectors, `vectors[k]` belonging to `values[k]`.
    let vectors: [[Double]]

    /// Decomposes `matrix` (row-major, `size × size`, assumed symmetric).
    init(matrix: [Double], size: Int, maximumSweeps: Int = 100) {
        var a = matrix  // (size, size), rotated towards diagonal in place
        var v = [Double](repeating: 0, count: size * size)  // (size, size), columns are eigenvectors
        for index in 0..<size { v[index * size + index] = 1 }
        let scale = max(a.reduce(0) { max($0, abs($1)) }, Double.leastNormalMagnitude)
        for _ in 0..<maximumSweeps {
            var offDiagonal = 0.0
            for p in 0..<size {
                for q in (p + 1)..<max(p + 1, size) { offDiagonal += a[p * size + q] * a[p * size + q] }
            }
            if offDiagonal.squareRoot() <= 1e-15 * scale * Double(size) { break }
            for p in 0..<size {
                for q in (p + 1)..<max(p + 1, size) {
                    let apq = a[p * size + q]
                    if abs(apq) <= 1e-300 { continue }
                    let app = a[p * size + p]
                    let aqq = a[q * size + q]
                    let theta = (aqq - app) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<size {
                        let akp = a[k * size + p]
                        let akq = a[k * size + q]
                        a[k * size + p] = c * akp - s * akq
                        a[k * size + q] = s * akp + c * akq
                    }
                    for k in 0..<size {
                        let apk = a[p * size + k]
                        let aqk = a[q * size + k]
                        a[p * size + k] = c * apk - s * aqk
                        a[q * size + k] = s * apk + c * aqk
                    }
                    for k in 0..<size {
                        let vkp = v[k * size + p]
                        let vkq = v[k * size + q]
                        v[k * size + p] = c * vkp - s * vkq
                        v[k * size + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<size).sorted { lhs, rhs in
            let l = a[lhs * size + lhs]
            let r = a[rhs * size + rhs]
            return l != r ? l > r : lhs < rhs
        }
        values = order.map { a[$0 * size + $0] }
        vectors = order.map { column in withLargestEntryPositive((0..<size).map { v[$0 * size + column] }) }
    }
}

/// Flips `vector` so that its entry of largest absolute value (the first one on near-ties) is positive.
func withLargestEntryPositive(_ vector: [Double]) -> [Double] {
    var largest = 0
    for index in vector.indices where abs(vector[index]) > abs(vector[largest]) + 1e-12 {
        largest = index
    }
    return vector.isEmpty || vector[largest] >= 0 ? vector : vector.map { -$0 }
}
