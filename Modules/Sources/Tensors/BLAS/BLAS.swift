import COpenBLAS

/// Thin wrappers over OpenBLAS general matrix multiply for row-major matrices (OpenBLAS is opened on first use).
public enum BLAS {
    /// C = op(A) · op(B) (+ C when `accumulate`), with op(X) = Xᵀ when the flag is set.
    /// A is (m, k) after op, B is (k, n) after op, C is (m, n); all row-major and contiguous.
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>,
        accumulate: Bool = false
    ) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            if !accumulate { c.update(repeating: 0, count: m * n) }
            return
        }
        nbrun_dgemm(
            transposeA ? 1 : 0, transposeB ? 1 : 0,
            Int32(m), Int32(n), Int32(k), 1.0, a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
            accumulate ? 1.0 : 0.0, c, Int32(n))
    }

    /// Single-precision C = op(A) · op(B) (+ C when `accumulate`), row-major and contiguous.
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>,
        accumulate: Bool = false
    ) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            if !accumulate { c.update(repeating: 0, count: m * n) }
            return
        }
        nbrun_sgemm(
            transposeA ? 1 : 0, transposeB ? 1 : 0,
            Int32(m), Int32(n), Int32(k), 1.0, a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
            accumulate ? 1.0 : 0.0, c, Int32(n))
    }

    /// C = alpha·op(A)·op(B) + beta·C on row-major sub-matrices with explicit leading dimensions (the distance
    /// between consecutive rows), so a block of columns of a wider matrix can be read or written in place.
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            scale(c, rows: m, columns: n, leadingDimension: ldc, by: beta)
            return
        }
        nbrun_dgemm(
            transposeA ? 1 : 0, transposeB ? 1 : 0,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// Single-precision C = alpha·op(A)·op(B) + beta·C with explicit leading dimensions (see the `Double` version).
    public static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            scale(c, rows: m, columns: n, leadingDimension: ldc, by: beta)
            return
        }
        nbrun_sgemm(
            transposeA ? 1 : 0, transposeB ? 1 : 0,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// The number of threads OpenBLAS splits large products over (process-wide; set it back when done).
    public static var threadCount: Int {
        get { Int(nbrun_blas_threads()) }
        set { nbrun_set_blas_threads(Int32(Swift.max(1, newValue))) }
    }

    /// Why OpenBLAS could not be loaded (products then run on a plain loop), or nil when it is in use.
    public static var problem: String? {
        nbrun_blas_problem().map { String(cString: $0) }
    }

    /// C = beta·C on an (m, n) block with leading dimension `ldc` (an empty product); beta 0 overwrites, as BLAS does.
    private static func scale<Scalar: BinaryFloatingPoint>(
        _ c: UnsafeMutablePointer<Scalar>, rows: Int, columns: Int, leadingDimension: Int, by beta: Scalar
    ) {
        for row in 0..<rows {
            for column in 0..<columns {
                c[row * leadingDimension + column] = beta == 0 ? 0 : beta * c[row * leadingDimension + column]
            }
        }
    }

    /// The matrix product of row-major `a` (m, k) and `b` (k, n) in single precision.
    public static func matmul(_ a: [Float], _ b: [Float], m: Int, n: Int, k: Int) -> [Float] {
        guard a.count >= m * k, b.count >= k * n, m > 0, n > 0, k > 0 else {
            return [Float](repeating: 0, count: Swift.max(m, 0) * Swift.max(n, 0))
        }
        // Not zero-filled first: the gemm (beta 0) writes every element.
        return [Float](unsafeUninitializedCapacity: m * n) { buffer, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    gemm(transposeA: false, transposeB: false, m: m, n: n, k: k,
                         a: pa.baseAddress!, b: pb.baseAddress!, c: buffer.baseAddress!)
                }
            }
            initialized = m * n
        }
    }
}
