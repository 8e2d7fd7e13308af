import COpenBLAS

/// Thin wrappers over OpenBLAS general matrix multiply for row-major matrices.
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
        cblas_dgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
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
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), 1.0, a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n),
            accumulate ? 1.0 : 0.0, c, Int32(n))
    }

    /// The matrix product of row-major `a` (m, k) and `b` (k, n) in single precision.
    public static func matmul(_ a: [Float], _ b: [Float], m: Int, n: Int, k: Int) -> [Float] {
        var c = [Float](repeating: 0, count: m * n)
        guard a.count >= m * k, b.count >= k * n else { return c }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    gemm(transposeA: false, transposeB: false, m: m, n: n, k: k,
                         a: pa.baseAddress!, b: pb.baseAddress!, c: pc.baseAddress!)
                }
            }
        }
        return c
    }
}
