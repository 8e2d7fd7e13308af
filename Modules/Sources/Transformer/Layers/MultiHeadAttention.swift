import SeededRandom
import NeuralNetworks
import Tensors

/// Multi-head self-attention: the input is projected to queries, keys and values, split into `heads`
/// independent attention computations, concatenated and projected back.
public final class MultiHeadAttention: Layer {
    /// The number of heads.
    public let heads: Int
    /// The model width (a multiple of `heads`).
    public let dimension: Int
    /// Whether each position attends only to itself and earlier positions.
    public let causal: Bool
    /// Projection to queries, keys and values `(dimension → 3·dimension)`.
    public let inputProjection: Dense
    /// Projection of the concatenated heads `(dimension → dimension)`.
    public let outputProjection: Dense
    /// The attention weights `(B, heads, T, T)` of the most recent forward pass, for inspection.
    public private(set) var lastWeights: Tensor?

    /// Creates the layer with weights drawn from `random`.
    public init(dimension: Int, heads: Int, causal: Bool = true, random: inout Random) throws(TensorError) {
        guard heads > 0, dimension > 0, dimension % heads == 0 else {
            throw .invalidArgument("MultiHeadAttention: dimension \(dimension) must be a positive multiple of heads \(heads)")
        }
        self.heads = heads
        self.dimension = dimension
        self.causal = causal
        inputProjection = try Dense(inputSize: dimension, outputSize: 3 * dimension, random: &random)
        outputProjection = try Dense(inputSize: dimension, outputSize: dimension, random: &random)
    }

    /// Attention over the sequence `input` `(B, T, C)` → `(B, T, C)`.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        guard input.rank == 3, input.shape[2] == dimension else {
            throw .shapeMismatch(
                "MultiHeadAttention: expected (B, T, \(dimension)), got shape \(input.shapeDescription)")
        }
        let (batch, time) = (input.shape[0], input.shape[1])
        let headSize = dimension / heads
        let qkv = try inputProjection.forward(input)  // (B, T, 3C)
        func split(_ part: Int) throws(TensorError) -> Tensor {
            try qkv.slice((part * dimension)..<((part + 1) * dimension), axis: 2)  // (B, T, C)
                .reshaped([batch, time, heads, headSize])                           // (B, T, H, hs)
                .permuted([0, 2, 1, 3])                                             // (B, H, T, hs)
        }
        let (output, weights) = try Attention.scaledDotProduct(
            query: split(0), key: split(1), value: split(2), causal: causal)  // (B, H, T, hs), (B, H, T, T)
        lastWeights = weights.detached()
        let merged = try output.permuted([0, 2, 1, 3]).reshaped([batch, time, dimension])  // (B, T, C)
        return try outputProjection.forward(merged)
    }

    /// Both projections' weights and biases.
    public var parameters: [Tensor] { inputProjection.parameters + outputProjection.parameters }
}
