#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Adam over the flat parameter buffer, the arithmetic of `NeuralNetworks.Adam` (PyTorch's) in the same order:
/// m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − η·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
enum FusedAdam {
    /// One update of `count` parameters; `step` is t, counted from 1.
    static func update<S: FusedScalar>(
        parameters: UnsafeMutablePointer<S>,     // (P)
        gradients: UnsafePointer<S>,             // (P)
        firstMoments: UnsafeMutablePointer<S>,   // (P)
        secondMoments: UnsafeMutablePointer<S>,  // (P)
        count: Int, learningRate: Double, beta1: Double, beta2: Double, epsilon: Double, step: Int
    ) {
        let correction1 = S(1 - pow(beta1, Double(step)))
        let correction2 = S(1 - pow(beta2, Double(step)))
        S.adamUpdate(
            parameters: parameters, gradients: gradients, firstMoments: firstMoments, secondMoments: secondMoments,
            count: count, rate: S(learningRate), beta1: S(beta1), beta2: S(beta2), epsilon: S(epsilon),
            correction1: correction1, correction2: correction2)
    }
}
