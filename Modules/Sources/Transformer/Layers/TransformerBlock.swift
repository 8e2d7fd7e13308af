import SeededRandom
import NeuralNetworks
import Tensors

/// A pre-norm residual transformer block (GPT-2 style):
/// x ← x + attention(norm₁(x)); x ← x + feedForward(norm₂(x)).
public final class TransformerBlock: Layer {
    /// Normalisation before attention.
    public let attentionNorm: LayerNorm
    /// The self-attention sub-layer.
    public let attention: MultiHeadAttention
    /// Normalisation before the feed-forward sub-layer.
    public let feedForwardNorm: LayerNorm
    /// The position-wise MLP (a dense `FeedForward` or a `MixtureOfExperts`).
    public let feedForward: any Layer

    /// Creates a block; `experts > 0` replaces the MLP with a mixture of that many experts.
    public init(
        dimension: Int, heads: Int, causal: Bool = true, experts: Int = 0, activeExperts: Int = 2,
        random: inout Random
    ) throws(TensorError) {
        attentionNorm = try LayerNorm(dimension: dimension)
        attention = try MultiHeadAttention(dimension: dimension, heads: heads, causal: causal, random: &random)
        feedForwardNorm = try LayerNorm(dimension: dimension)
        if experts > 0 {
            feedForward = try MixtureOfExperts(
                dimension: dimension, experts: experts, active: activeExperts, random: &random)
        } else {
            feedForward = try FeedForward(dimension: dimension, random: &random)
        }
    }

    /// `(B, T, C)` → `(B, T, C)`.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        let x = try input + attention.forward(attentionNorm.forward(input))
        return try x + feedForward.forward(feedForwardNorm.forward(x))
    }

    /// Every sub-layer's parameters.
    public var parameters: [Tensor] {
        attentionNorm.parameters + attention.parameters + feedForwardNorm.parameters + feedForward.parameters
    }
}
