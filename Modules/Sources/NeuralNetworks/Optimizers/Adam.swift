#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// Adam (Kingma & Ba), as PyTorch's `torch.optim.Adam`: bias-corrected running means of the gradient and
/// its square, θ ← θ − η·m̂ / (√v̂ + ε).
public final class Adam: Optimizer {
    /// The tensors being trained.
    public let parameters: [Tensor]
    /// The step size η.
    public var learningRate: Double
    /// Decay of the running mean of gradients.
    public let beta1: Double
    /// Decay of the running mean of squared gradients.
    public let beta2: Double
    /// Added to the denominator for numerical safety.
    public let epsilon: Double
    /// Updates taken so far.
    public private(set) var stepCount = 0
    private var firstMoments: [[Double]]
    private var secondMoments: [[Double]]

    /// Creates an optimiser for `parameters`.
    public init(
        parameters: [Tensor], learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
        epsilon: Double = 1e-8
    ) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        firstMoments = parameters.map { [Double](repeating: 0, count: $0.count) }
        secondMoments = parameters.map { [Double](repeating: 0, count: $0.count) }
    }

    /// One update step.
    public func step() {
        stepCount += 1
        let correction1 = 1 - pow(beta1, Double(stepCount))
        let correction2 = 1 - pow(beta2, Double(stepCount))
        for (index, parameter) in parameters.enumerated() {
            guard let gradient = parameter.grad?.scalars else { continue }
            var m = firstMoments[index], v = secondMoments[index]
            let (b1, b2, rate, eps) = (beta1, beta2, learningRate, epsilon)
            parameter.withMutableScalars { values in
                for i in 0..<values.count {
                    m[i] = b1 * m[i] + (1 - b1) * gradient[i]
                    v[i] = b2 * v[i] + (1 - b2) * gradient[i] * gradient[i]
                    let mHat = m[i] / correction1
                    let vHat = v[i] / correction2
                    values[i] -= rate * mHat / (vHat.squareRoot() + eps)
                }
            }
            firstMoments[index] = m
            secondMoments[index] = v
        }
    }
}
