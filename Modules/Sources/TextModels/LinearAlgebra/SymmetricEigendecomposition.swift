import COpenBLAS

/// The eigenvalues and eigenvectors of a real symmetric matrix, by LAPACK's `dsyevd` (through OpenBLAS).
///
/// Eigenvalues are sorted from largest to smallest. Each eigenvector is unit length and signed so
/// that its entry of largest absolute value is positive (the first such entry on ties), which makes
/// the result reproducible against NumPy after the same flip.
struct SymmetricEigendecomposition: Sendable {
    /// The eigenvalues, largest first.
    let values: [Double]
    /// The eigenvectors, `vectors[k]` belonging to `values[k]`.
    let vectors: [[Double]]

    /// Decomposes `matrix` (row-major, `size × size`, assumed symmetric, so row- and column-major agree); throws
    /// when LAPACK is unavailable (OpenBLAS could not be loaded).
    init(matrix: [Double], size: Int) throws(TextModelsError) {
        guard size > 0 else {
            values = []
            vectors = []
            return
        }
        var a = matrix  // (size, size); on return its columns are the eigenvectors, eigenvalues ascending
        var w = [Double](repeating: 0, count: size)
        var n = Int32(size), lda = Int32(size), info: Int32 = 0
        var jobz = CChar(UInt8(ascii: "V")), uplo = CChar(UInt8(ascii: "U"))
        // A workspace query first, then the decomposition.
        var workSize = 0.0
        var iworkSize: Int32 = 0
        var query: Int32 = -1
        nbrun_dsyevd(&jobz, &uplo, &n, &a, &lda, &w, &workSize, &query, &iworkSize, &query, &info)
        if info == -1000 {
            let reason = nbrun_blas_problem().map { String(cString: $0) } ?? "unknown reason"
            throw .invalidArgument("the eigendecomposition needs LAPACK from OpenBLAS, which could not be loaded: \(reason)")
        }
        var lwork = Int32(workSize), liwork = iworkSize
        var work = [Double](repeating: 0, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        nbrun_dsyevd(&jobz, &uplo, &n, &a, &lda, &w, &work, &lwork, &iwork, &liwork, &info)
        // info > 0 only when the algorithm fails to converge, which does not happen for finite input; the
        // values are still the best available then, so they are returned rather than dropped.
        let order = (0..<size).reversed()
        values = order.map { w[$0] }
        vectors = order.map { column in withLargestEntryPositive(Array(a[(column * size)..<((column + 1) * size)])) }
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
