/// The exact GELU of `Tensor.gelu()`: y = x·Φ(x) with the normal CDF Φ(x) = ½(1 + erf(x/√2)), not the tanh
/// approximation. The forward pass also stores the derivative Φ(x) + x·φ(x), so the backward pass is a product.
enum FusedGELU {
    /// output = gelu(x); `values` holds x on entry and gelu′(x) on return.
    static func forward<S: FusedScalar>(
        output: UnsafeMutablePointer<S>,   // (N, H)
        values: UnsafeMutablePointer<S>,   // (N, H): pre-activations in, derivatives out
        count: Int
    ) {
        // Per element (CFusedKernels): Φ(x) = 1 − ½·erfc(|x|/√2) for x ≥ 0 and ½·erfc(|x|/√2) below, accurate in
        // both tails; erfc and e^(−x²/2) from one polynomial evaluation, vectorised.
        S.geluForward(output: output, values: values, count: count)
    }

    /// dInput = dOutput·gelu′(x), in place over the output gradient.
    static func backward<S: FusedScalar>(
        gradient: UnsafeMutablePointer<S>,  // (N, H): dOutput in, dInput out
        derivative: UnsafePointer<S>,       // (N, H)
        count: Int
    ) {
        S.multiply(gradient, by: derivative, count: count)
    }
}
