/// The number type the fused GPT engine computes in: one generic implementation runs in `Float` or `Double`.
///
/// Conformances dispatch matrix products to OpenBLAS (`sgemm` / `dgemm`) and provide the element-wise math of
/// the hot loops. `exponential` and `gaussianTail` are branch-free polynomial evaluations, so loops calling
/// them vectorise (the C library's `exp` and `erf` are opaque calls, and `erf` costs about 10 ns).
protocol FusedScalar: BinaryFloatingPoint, Sendable {
    /// C = alpha·op(A)·op(B) + beta·C on row-major blocks with leading dimensions `lda`, `ldb`, `ldc`.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
        a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int, beta: Self,
        c: UnsafeMutablePointer<Self>, ldc: Int)

    /// e^x to within a few units in the last place (underflows to the smallest normal, not to 0).
    static func exponential(_ x: Self) -> Self

    /// The natural logarithm (the C library's; called once per row, not per element).
    static func logarithm(_ x: Self) -> Self

    /// For z ≥ 0: the complementary error function erfc(z) = 1 − erf(z) and the Gaussian factor e^(−z²).
    static func gaussianTail(_ z: Self) -> (complement: Self, gaussian: Self)

    /// The value widened (or kept) in double precision.
    var doubleValue: Double { get }
}
