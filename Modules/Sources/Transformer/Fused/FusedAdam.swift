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
        let (b1, b2, rate, eps) = (S(beta1), S(beta2), S(learningRate), S(epsilon))
        let (oneMinusB1, oneMinusB2) = (1 - b1, 1 - b2)
        for i in 0..<count {
            let g = gradients[i]
            let m = b1 * firstMoments[i] + oneMinusB1 * g
            let v = b2 * secondMoments[i] + oneMinusB2 * g * g
            firstMoments[i] = m
            secondMoments[i] = v
            let mHat = m / correction1
            let vHat = v / correction2
            // v̂ ≥ 0; taking its magnitude first lets the compiler drop the C library's error path of sqrt
            // (errno for negative inputs), which would keep this loop from vectorising.
            parameters[i] -= rate * mHat / (vHat.magnitude.squareRoot() + eps)
        }
    }
}
