#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

extension Double: FusedScalar {
    @inline(__always)
    static func gemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    /// e^x: x = n·ln 2 + r with |r| ≤ ln 2 / 2 (Cody–Waite split of ln 2), e^r by its Taylor polynomial of
    /// degree 12 (truncation below 2e-16), times 2^n built in the exponent bits. Input clamped to [−708, 709].
    @inline(__always)
    static func exponential(_ x: Double) -> Double {
        let clamped = Swift.min(Swift.max(x, -708), 709)
        let shifter = 0x1.8p52  // adding it rounds to an integer held in the low mantissa bits
        let shifted = clamped * 1.442_695_040_888_963_4 + shifter
        let n = shifted - shifter
        let r = (clamped - n * 6.931_471_803_691_238_164_90e-01) - n * 1.908_214_929_270_587_700_02e-10
        // Σ rᵏ/k! for k = 0…12 in Estrin's scheme: independent pairs, then powers r², r⁴, r⁸, so the
        // evaluation is a shallow tree rather than a 12-deep chain of dependent multiply-adds.
        let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
        let p01 = 1 + r, p23 = 0.5 + r * (1.0 / 6), p45 = 1.0 / 24 + r * (1.0 / 120)
        let p67 = 1.0 / 720 + r * (1.0 / 5_040), p89 = 1.0 / 40_320 + r * (1.0 / 362_880)
        let p1011 = 1.0 / 3_628_800 + r * (1.0 / 39_916_800)
        let p0to3 = p01 + r2 * p23, p4to7 = p45 + r2 * p67, p8to11 = p89 + r2 * p1011
        let p = (p0to3 + r4 * p4to7) + r8 * (p8to11 + r4 * (1.0 / 479_001_600))
        let scale = Double(bitPattern: (shifted.bitPattern &+ 1023) &<< 52)  // 2^n
        return p * scale
    }

    @inline(__always)
    static func logarithm(_ x: Double) -> Double { log(x) }

    /// erfc(z) = t·e^(−z²)·h(y) with t = 4/(4 + z), y = (10t − 7)/3 ∈ [−1, 1] for z ∈ [0, 6], and h a degree-16
    /// polynomial (a Chebyshev interpolant of erfc(z)·e^(z²)/t converted to powers of y; relative error below
    /// 4e-15, dominated by rounding z²). Beyond z = 6, erfc(z) < 2e-17 and 1 − erfc(z) rounds to 1.
    @inline(__always)
    static func gaussianTail(_ z: Double) -> (complement: Double, gaussian: Double) {
        let gaussian = exponential(-z * z)
        let t = 4 / (4 + Swift.min(z, 6))
        let y = t * (10.0 / 3) - 7.0 / 3
        // h(y) = Σ c_k y^k, k = 0…16, in Estrin's scheme (see `exponential`).
        let y2 = y * y, y4 = y2 * y2, y8 = y4 * y4
        let h01 = 0.4138887376049489 + y * 0.2950839410624911
        let h23 = 0.16982285096109087 + y * 0.0795702512178064
        let h45 = 0.030199685327136433 + y * 0.009083263021198888
        let h67 = 0.002051385822731415 + y * 0.00029868951755897423
        let h89 = 9.318049705190286e-06 + y * -6.921646442516307e-06
        let h1011 = -1.3178250776847149e-06 + y * 6.576050499183924e-08
        let h1213 = 5.15826924779195e-08 + y * 1.4156887946666659e-09
        let h1415 = -1.8325181269441906e-09 + y * -9.947964124206856e-11
        let h0to3 = h01 + y2 * h23, h4to7 = h45 + y2 * h67, h8to11 = h89 + y2 * h1011, h12to15 = h1213 + y2 * h1415
        let h0to7 = h0to3 + y4 * h4to7, h8to15 = h8to11 + y4 * h12to15
        let h = h0to7 + y8 * (h8to15 + y8 * 5.996351761849536e-11)
        return (t * h * gaussian, gaussian)
    }

    @inline(__always)
    var doubleValue: Double { self }
}
