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
        let width = S(channels)
        for row in 0..<rows {
            let x = input + row * channels
            let y = output + row * channels
            let mu = FusedReduction.sum(x, count: channels) / width
            let variance = FusedReduction.sumOfSquaredDeviations(x, from: mu, count: channels) / width
            let r = 1 / (variance + epsilon).squareRoot()
            mean[row] = mu
            reciprocalDeviation[row] = r
            for i in 0..<channels { y[i] = (x[i] - mu) * r * gamma[i] + beta[i] }
        }
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
        let width = S(channels)
        for row in 0..<rows {
            let x = input + row * channels
            let g = outputGradient + row * channels
            let dx = inputGradient + row * channels
            let (mu, r) = (mean[row], reciprocalDeviation[row])
            var sum0: S = 0, sum1: S = 0, dot0: S = 0, dot1: S = 0
            var i = 0
            while i + 1 < channels {
                let scaled0 = g[i] * gamma[i], scaled1 = g[i + 1] * gamma[i + 1]
                sum0 += scaled0
                sum1 += scaled1
                dot0 += scaled0 * ((x[i] - mu) * r)
                dot1 += scaled1 * ((x[i + 1] - mu) * r)
                i += 2
            }
            if i < channels {
                let scaled = g[i] * gamma[i]
                sum0 += scaled
                dot0 += scaled * ((x[i] - mu) * r)
            }
            let sum = sum0 + sum1, dot = dot0 + dot1
            let scale = r / width
            for i in 0..<channels {
                let normalized = (x[i] - mu) * r
                gammaGradient[i] += g[i] * normalized
                betaGradient[i] += g[i]
                dx[i] += scale * (width * (g[i] * gamma[i]) - sum - normalized * dot)
            }
        }
    }
}
