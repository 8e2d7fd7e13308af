import Tensors

/// Stochastic gradient descent with optional momentum, as PyTorch's `torch.optim.SGD`:
/// v ← μ·v + g, θ ← θ − η·v (plain θ ← θ − η·g when μ = 0).
public final class SGD: Optimizer {
    /// The tensors being trained.
    public let parameters: [Tensor]
    /// The step size η.
    public var learningRate: Double
    /// The momentum factor μ in [0, 1).
    public var momentum: Double
    private var velocities: [[Double]?]

    /// Creates an optimiser for `parameters`.
    public init(parameters: [Tensor], learningRate: Double = 0.01, momentum: Double = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        self.velocities = Array(repeating: nil, count: parameters.count)
    }

    /// One update step.
    public func step() {
        for (index, parameter) in parameters.enumerated() {
            guard let gradient = parameter.grad?.scalars else { continue }
            var velocity = gradient
            if momentum != 0, let previous = velocities[index] {
                for i in velocity.indices { velocity[i] = momentum * previous[i] + gradient[i] }
            }
            if momentum != 0 { velocities[index] = velocity }
            let rate = learningRate
            parameter.withMutableScalars { values in
                for i in 0..<values.count { values[i] -= rate * velocity[i] }
            }
        }
    }
}
