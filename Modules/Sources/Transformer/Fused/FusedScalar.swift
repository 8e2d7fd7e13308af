/// The number type the fused GPT engine computes in: one generic implementation runs in `Float` or `Double`.
///
/// Conformances dispatch matrix products to OpenBLAS (`sgemm` / `dgemm`) and the element-wise kernels to
/// `CFusedKernels` (C compiled for AVX-512, AVX2 and baseline x86-64, the widest chosen when the program loads;
/// Swift code is compiled for baseline x86-64 only, two doubles per vector). The kernels' arithmetic is
/// documented with their callers (`FusedGELU`, `FusedAttention`, `FusedCrossEntropy`, `FusedLayerNorm`,
/// `FusedAdam`).
protocol FusedScalar: BinaryFloatingPoint, Sendable {
    /// C = alpha·op(A)·op(B) + beta·C on row-major blocks with leading dimensions `lda`, `ldb`, `ldc`.
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
        a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int, beta: Self,
        c: UnsafeMutablePointer<Self>, ldc: Int)

    /// output = gelu(x); `values` holds x on entry and gelu′(x) on return (`FusedGELU.forward`).
    static func geluForward(output: UnsafeMutablePointer<Self>, values: UnsafeMutablePointer<Self>, count: Int)

    /// Causal softmax of a (time, time) score block in place (`FusedAttention.forward`).
    static func causalSoftmax(_ scores: UnsafeMutablePointer<Self>, time: Int)

    /// Softmax of each row in place; returns the summed cross-entropy (`FusedCrossEntropy.forward`).
    static func crossEntropyForward(
        values: UnsafeMutablePointer<Self>, targets: UnsafePointer<Int32>, rows: Int, classes: Int) -> Double

    /// Layer norm of each row with its mean and 1/√(σ² + ε) (`FusedLayerNorm.forward`).
    static func layerNormForward(
        output: UnsafeMutablePointer<Self>, mean: UnsafeMutablePointer<Self>,
        reciprocalDeviation: UnsafeMutablePointer<Self>, input: UnsafePointer<Self>, gamma: UnsafePointer<Self>,
        beta: UnsafePointer<Self>, rows: Int, channels: Int, epsilon: Self)

    /// Layer norm backward, accumulating into the three gradients (`FusedLayerNorm.backward`).
    static func layerNormBackward(
        inputGradient: UnsafeMutablePointer<Self>, gammaGradient: UnsafeMutablePointer<Self>,
        betaGradient: UnsafeMutablePointer<Self>, outputGradient: UnsafePointer<Self>, input: UnsafePointer<Self>,
        mean: UnsafePointer<Self>, reciprocalDeviation: UnsafePointer<Self>, gamma: UnsafePointer<Self>,
        rows: Int, channels: Int)

    /// One Adam update with precomputed bias corrections 1 − βᵗ (`FusedAdam.update`).
    static func adamUpdate(
        parameters: UnsafeMutablePointer<Self>, gradients: UnsafePointer<Self>,
        firstMoments: UnsafeMutablePointer<Self>, secondMoments: UnsafeMutablePointer<Self>, count: Int,
        rate: Self, beta1: Self, beta2: Self, epsilon: Self, correction1: Self, correction2: Self)

    /// dS = P∘(dP − rowsum(P∘dP)) over a causal block, in place over dP (`FusedAttention.backward`).
    static func causalSoftmaxBackward(probabilities: UnsafePointer<Self>, gradient: UnsafeMutablePointer<Self>, time: Int)

    /// dlogits = (p − onehot(target))·scale in place (`FusedCrossEntropy.backward`).
    static func crossEntropyBackward(
        values: UnsafeMutablePointer<Self>, targets: UnsafePointer<Int32>, rows: Int, classes: Int, scale: Self)

    /// Each output row = bias [+ the residual's row] (`FusedMatmul.forward`).
    static func biasRows(
        output: UnsafeMutablePointer<Self>, bias: UnsafePointer<Self>, residual: UnsafePointer<Self>?,
        rows: Int, columns: Int)

    /// accumulator += the sum of the rows, added in order (`FusedMatmul.backward`).
    static func addRows(accumulator: UnsafeMutablePointer<Self>, values: UnsafePointer<Self>, rows: Int, columns: Int)

    /// values[i] *= factors[i] (`FusedGELU.backward`).
    static func multiply(_ values: UnsafeMutablePointer<Self>, by factors: UnsafePointer<Self>, count: Int)

    /// e^x to within a few units in the last place (underflows to the smallest normal, not to 0); the kernels'.
    static func exponential(_ x: Self) -> Self

    /// For z ≥ 0: the complementary error function erfc(z) = 1 − erf(z) and the Gaussian factor e^(−z²); the
    /// GELU kernel's.
    static func gaussianTail(_ z: Self) -> (complement: Self, gaussian: Self)

    /// The value widened (or kept) in double precision.
    var doubleValue: Double { get }
}
