import SeededRandom
import NeuralNetworks
import Tensors

/// A decoder-only transformer language model: token and position embeddings, causal transformer blocks,
/// a final layer norm and a projection to one score (logit) per vocabulary token.
public final class GPT {
    /// The model's size.
    public let configuration: GPTConfiguration
    /// Token vectors `(vocabularySize, dimension)`.
    public let tokenEmbedding: Tensor
    /// Learned position vectors `(contextLength, dimension)`.
    public let positionEmbedding: Tensor
    /// The transformer blocks.
    public let blocks: [TransformerBlock]
    /// The normalisation after the last block.
    public let finalNorm: LayerNorm
    /// The projection to vocabulary logits.
    public let head: Dense

    /// The standard deviation of the initial logits: the output projection's weights are drawn from
    /// N(0, (0.06/√dimension)²) with a zero bias, so a new model predicts almost uniformly (loss ≈ ln V) whatever
    /// its width. At initialisation the blocks' outputs (default linear layers, attention averaging the prefix)
    /// outweigh the ±0.02 embeddings, so about 80% of the final layer norm's output is one vector shared by every
    /// position; the head turns it into one random logit offset whose chance correlation with the corpus's
    /// character frequencies moves the loss by ± its scale. GPT-2's fixed 0.02 (logits of standard deviation
    /// 0.16 at width 64) leaves that offset large enough to start 0.08 nats above ln V for some seeds; logits of
    /// standard deviation 0.06 keep every seed within 0.03 in PyTorch and nbrun alike
    /// (`Modules/Reference/numerics_reference.py`). Adam brings the head to its working scale in a few steps.
    public static let headLogitStandardDeviation = 0.06

    /// The standard deviation of the output projection's initial weights for a model of width `dimension`.
    public static func headStandardDeviation(dimension: Int) -> Double {
        headLogitStandardDeviation / Double(Swift.max(dimension, 1)).squareRoot()
    }

    /// Creates a model with weights drawn from a NumPy-compatible generator seeded with `seed`.
    public init(configuration: GPTConfiguration, seed: UInt32 = 0) throws(TransformerError) {
        let c = configuration
        guard c.vocabularySize > 0, c.contextLength > 0, c.layers >= 0 else {
            throw .invalidArgument("GPT: vocabulary size and context length must be positive")
        }
        do {
            var random = Random(seed: seed)
            self.configuration = c
            tokenEmbedding = try Tensor.randomNormal(
                [c.vocabularySize, c.dimension], standardDeviation: 0.02, using: &random, requiresGrad: true)
            positionEmbedding = try Tensor.randomNormal(
                [c.contextLength, c.dimension], standardDeviation: 0.02, using: &random, requiresGrad: true)
            var blocks: [TransformerBlock] = []
            for _ in 0..<c.layers {
                blocks.append(
                    try TransformerBlock(
                        dimension: c.dimension, heads: c.heads, causal: true, experts: c.experts,
                        activeExperts: c.activeExperts, random: &random))
            }
            self.blocks = blocks
            finalNorm = try LayerNorm(dimension: c.dimension)
            head = try Dense(
                weight: try Tensor.randomNormal(
                    [c.dimension, c.vocabularySize], standardDeviation: GPT.headStandardDeviation(dimension: c.dimension),
                    using: &random),
                bias: try Tensor.zeros([c.vocabularySize]))
        } catch {
            throw .tensor(error)
        }
    }

    /// Every trainable tensor.
    public var parameters: [Tensor] {
        [tokenEmbedding, positionEmbedding] + blocks.flatMap(\.parameters) + finalNorm.parameters + head.parameters
    }

    /// The total number of trainable numbers.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Logits `(B, T, vocabularySize)` for a batch of equally long token sequences (T ≤ contextLength).
    public func forward(_ batch: [[Int]]) throws(TransformerError) -> Tensor {
        let time = batch.first?.count ?? 0
        guard !batch.isEmpty, time > 0 else { throw .invalidArgument("GPT: empty input") }
        guard time <= configuration.contextLength else {
            throw .invalidArgument("GPT: \(time) tokens exceed the context length \(configuration.contextLength)")
        }
        for sequence in batch where sequence.count != time {
            throw .invalidArgument("GPT: all sequences in a batch must have the same length")
        }
        for sequence in batch {
            for token in sequence where token < 0 || token >= configuration.vocabularySize {
                throw .invalidArgument("GPT: token \(token) is outside 0..<\(configuration.vocabularySize)")
            }
        }
        do {
            let c = configuration
            let tokens = try tokenEmbedding.rows(at: batch.flatMap { $0 }).reshaped([batch.count, time, c.dimension])
            var x = try tokens + positionEmbedding.slice(0..<time)  // (B, T, C)
            for block in blocks { x = try block.forward(x) }        // (B, T, C)
            return try head.forward(finalNorm.forward(x))           // (B, T, V)
        } catch {
            throw .tensor(error)
        }
    }

    /// The mean next-token cross-entropy of `inputs` predicting `targets` (same shape), as a 0-D tensor.
    public func loss(inputs: [[Int]], targets: [[Int]]) throws(TransformerError) -> Tensor {
        guard inputs.count == targets.count, zip(inputs, targets).allSatisfy({ $0.count == $1.count }) else {
            throw .invalidArgument("GPT.loss: inputs and targets must have the same shape")
        }
        let logits = try forward(inputs)
        do {
            return try Tensor.crossEntropy(
                logits: logits.reshaped([-1, configuration.vocabularySize]), targets: targets.flatMap { $0 })
        } catch {
            throw .tensor(error)
        }
    }

    /// The logits `(T, vocabularySize)` after each of `tokens` (1 ≤ T ≤ contextLength), without recording
    /// gradients: row t scores every candidate for the token that follows `tokens[t]`, as `model(idx)[0]` does in
    /// PyTorch. `Sampling.probabilities(logits:)` of a row gives the next-token distribution.
    public func logits(for tokens: [Int]) throws(TransformerError) -> Tensor {
        let output = try Tensor.withoutGradients { () throws(TransformerError) -> Tensor in try forward([tokens]) }
        do { return try output.reshaped([tokens.count, configuration.vocabularySize]) } catch { throw .tensor(error) }
    }

    /// The mean next-token loss (nats per token) over `tokens` — e.g. held-out ids the model was not trained
    /// on — read in consecutive windows of the context length, without recording gradients.
    public func evaluate(tokens: [Int]) throws(TransformerError) -> Double {
        guard tokens.count >= 2 else { throw .invalidArgument("GPT.evaluate: need at least two tokens") }
        let window = configuration.contextLength
        var total = 0.0, counted = 0
        var start = 0
        while start < tokens.count - 1 {
            let end = Swift.min(start + window, tokens.count - 1)
            let inputs = [Array(tokens[start..<end])]
            let targets = [Array(tokens[(start + 1)...end])]
            let value = try Tensor.withoutGradients { () throws(TransformerError) -> Tensor in
                try loss(inputs: inputs, targets: targets)
            }
            total += value.scalars[0] * Double(end - start)
            counted += end - start
            start = end
        }
        return total / Double(counted)
    }
}
