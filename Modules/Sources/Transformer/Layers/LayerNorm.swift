import NeuralNetworks
import Tensors

/// Layer normalisation over the last axis: (x − mean) / √(var + ε) · gamma + beta.
public final class LayerNorm: Layer {
    /// The learned scale, shape `(dimension)`, starting at 1.
    public let gamma: Tensor
    /// The learned shift, shape `(dimension)`, starting at 0.
    public let beta: Tensor
    /// Added to the variance for numerical safety.
    public let epsilon: Double

    /// Creates a normalisation for vectors of `dimension` features.
    public init(dimension: Int, epsilon: Double = 1e-5) throws(TensorError) {
        gamma = try Tensor.ones([dimension], requiresGrad: true)
        beta = try Tensor.zeros([dimension], requiresGrad: true)
        self.epsilon = epsilon
    }

    /// Normalises each vector along the last axis of `input` `(…, dimension)`.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        guard input.shape.last == gamma.count else {
            throw .shapeMismatch(
                "LayerNorm: expected \(gamma.count) features, got shape \(input.shapeDescription)")
        }
        return try input.layerNorm(gamma: gamma, beta: beta, epsilon: epsilon)  // (…, C), fused forward/backward
    }

    /// Gamma and beta.
    public var parameters: [Tensor] { [gamma, beta] }
}
