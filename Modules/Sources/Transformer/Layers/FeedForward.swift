import SeededRandom
import NeuralNetworks
import Tensors

/// The position-wise MLP of a transformer block: Dense(C → 4C, GELU) then Dense(4C → C).
public final class FeedForward: Layer {
    /// The expanding layer with GELU.
    public let expand: Dense
    /// The projecting layer back to the model width.
    public let project: Dense

    /// Creates the block with `hiddenSize` (default 4·dimension) hidden units.
    public init(dimension: Int, hiddenSize: Int? = nil, random: inout Random) throws(TensorError) {
        let hidden = hiddenSize ?? 4 * dimension
        expand = try Dense(inputSize: dimension, outputSize: hidden, activation: .gelu, random: &random)
        project = try Dense(inputSize: hidden, outputSize: dimension, random: &random)
    }

    /// `(…, C)` → `(…, C)`.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        try project.forward(expand.forward(input))
    }

    /// Both layers' weights and biases.
    public var parameters: [Tensor] { expand.parameters + project.parameters }
}
