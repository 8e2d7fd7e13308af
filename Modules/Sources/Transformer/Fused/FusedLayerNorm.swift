/// Layer normalisation over the channels of each row, y = (x − μ)·r·γ + β with r = 1/√(σ² + ε), as
/// `Tensor.layerNorm` (two-pass mean and biased variance).
enum FusedLayerNorm {
    /// Normalises every row of `input` and keeps μ and r for the backward pass.
    static func forward<S: FusedScalar>(
        output: UnsafeMutablePointer<S>,          // (N, C)
        mean: UnsafeMutablePointer<S>,            // (N)
        reciprocalDeviation: UnsafeMutablePointer<S>,  // (N)
        input: UnsafePointer<S>,                  // (N, C)
        gamma: UnsafePointer<S>, beta: UnsafePointer<S>,  // (C), (C)
        rows: Int, channels: Int, epsilon: S
    ) {
        // Per row: μ = Σx/C, σ² = Σ(x − μ)²/C (two passes), r = 1/√(σ² + ε), y = (x − μ)·r·γ + β.
        S.layerNormForward(
            output: output, mean: mean, reciprocalDeviation: reciprocalDeviation, input: input, gamma: gamma,
            beta: beta, rows: rows, channels: channels, epsilon: epsilon)
    }

    /// With x̂ = (x − μ)·r and g the output gradient: dx += r/C·(C·ĝ − Σĝ − x̂·Σ(ĝ·x̂)) where ĝ = g·γ;
    /// dγ += Σ_rows g·x̂; dβ += Σ_rows g.
    static func backward<S: FusedScalar>(
        inputGradient: UnsafeMutablePointer<S>,   // (N, C), accumulated
        gammaGradient: UnsafeMutablePointer<S>,   // (C), accumulated
        betaGradient: UnsafeMutablePointer<S>,    // (C), accumulated
        outputGradient: UnsafePointer<S>,         // (N, C)
        input: UnsafePointer<S>,                  // (N, C)
        mean: UnsafePointer<S>, reciprocalDeviation: UnsafePointer<S>,  // (N), (N)
        gamma: UnsafePointer<S>,                  // (C)
        rows: Int, channels: Int
    ) {
        S.layerNormBackward(
            inputGradient: inputGradient, gammaGradient: gammaGradient, betaGradient: betaGradient,
            outputGradient: outputGradient, input: input, mean: mean, reciprocalDeviation: reciprocalDeviation,
            gamma: gamma, rows: rows, channels: channels)
    }
}
