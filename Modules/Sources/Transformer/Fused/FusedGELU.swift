/// The exact GELU of `Tensor.gelu()`: y = x·Φ(x) with the normal CDF Φ(x) = ½(1 + erf(x/√2)), not the tanh
/// approximation. The forward pass also stores the derivative Φ(x) + x·φ(x), so the backward pass is a product.
enum FusedGELU {
    /// output = gelu(x); `values` holds x on entry and gelu′(x) on return.
    static func forward<S: FusedScalar>(
        output: UnsafeMutablePointer<S>,   // (N, H)
        values: UnsafeMutablePointer<S>,   // (N, H): pre-activations in, derivatives out
        count: Int
    ) {
        let inverseSquareRoot2 = S(0.707_106_781_186_547_524_400_844_362_104_849_039_284_835_937_688_474_036_588)
        let inverseSquareRoot2Pi = S(0.398_942_280_401_432_677_939_946_059_934_381_868_475_858_631_164_934_657_665)
        for i in 0..<count {
            let x = values[i]
            // Φ(x) = 1 − ½·erfc(x/√2) for x ≥ 0 and ½·erfc(|x|/√2) below, accurate in both tails.
            let (complement, gaussian) = S.gaussianTail(x.magnitude * inverseSquareRoot2)
            let half = complement / 2
            let cdf = x < 0 ? half : 1 - half
            output[i] = x * cdf
            values[i] = cdf + x * gaussian * inverseSquareRoot2Pi  // φ(x) = e^(−x²/2)/√(2π)
        }
    }

    /// dInput = dOutput·gelu′(x), in place over the output gradient.
    static func backward<S: FusedScalar>(
        gradient: UnsafeMutablePointer<S>,  // (N, H): dOutput in, dInput out
        derivative: UnsafePointer<S>,       // (N, H)
        count: Int
    ) {
        for i in 0..<count { gradient[i] *= derivative[i] }
    }
}
