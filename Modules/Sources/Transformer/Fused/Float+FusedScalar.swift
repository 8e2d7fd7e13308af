#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

extension Float: FusedScalar {
    @inline(__always)
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    /// e^x: x = n·ln 2 + r with |r| ≤ ln 2 / 2 (Cody–Waite split of ln 2), e^r by its Taylor polynomial of
    /// degree 7 (truncation below 1e-8), times 2^n built in the exponent bits. Input clamped to [−87, 88].
    @inline(__always)
    static func exponential(_ x: Float) -> Float {
        let clamped = Swift.min(Swift.max(x, -87), 88)
        let shifter: Float = 0x1.8p23  // adding it rounds to an integer held in the low mantissa bits
        let shifted = clamped * 1.442_695_04 + shifter
        let n = shifted - shifter
        let r = (clamped - n * 0.693_359_375) + n * 2.121_944_40e-4
        // Σ rᵏ/k! for k = 0…7 in Estrin's scheme (pairs, then r² and r⁴): a shallow tree of multiply-adds.
        let r2 = r * r, r4 = r2 * r2
        let p01 = 1 + r, p23 = 0.5 + r * (1.0 / 6), p45 = 1.0 / 24 + r * (1.0 / 120)
        let p67 = 1.0 / 720 + r * (1.0 / 5_040)
        let p = (p01 + r2 * p23) + r4 * (p45 + r2 * p67)
        let scale = Float(bitPattern: (shifted.bitPattern &+ 127) &<< 23)  // 2^n
        return p * scale
    }

    @inline(__always)
    static func logarithm(_ x: Float) -> Float { logf(x) }

    /// erfc(z) = t·e^(−z²)·h(y) with t = 3/(3 + z), y = 3.5t − 2.5 ∈ [−1, 1] for z ∈ [0, 4], and h a degree-7
    /// polynomial (a Chebyshev interpolant of erfc(z)·e^(z²)/t in powers of y; relative error below 1e-6 in
    /// single precision). Beyond z = 4, erfc(z) < 2e-8 and 1 − erfc(z) rounds to 1.
    @inline(__always)
    static func gaussianTail(_ z: Float) -> (complement: Float, gaussian: Float) {
        let gaussian = exponential(-z * z)
        let t = 3 / (3 + Swift.min(z, 4))
        let y = t * 3.5 - 2.5
        // h(y) = Σ c_k y^k, k = 0…7, in Estrin's scheme.
        let y2 = y * y, y4 = y2 * y2
        let h01: Float = 0.5299523607865375 + y * 0.30519881625782763
        let h23: Float = 0.12415243779428727 + y * 0.03476069298549569
        let h45: Float = 0.005847361350574952 + y * 0.0002232970548499785
        let h67: Float = -0.00011948187016186897 + y * -1.550906511473597e-05
        let h = (h01 + y2 * h23) + y4 * (h45 + y2 * h67)
        return (t * h * gaussian, gaussian)
    }

    @inline(__always)
    var doubleValue: Double { Double(self) }
}
