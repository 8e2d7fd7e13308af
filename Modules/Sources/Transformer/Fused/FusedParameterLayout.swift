/// Where each GPT weight lives in the fused engine's flat parameter buffer (and, at the same offsets, in the
/// gradient and Adam moment buffers). The order is `GPT.parameters`: token and position embeddings, per block
/// norm₁ (γ, β), QKV projection (W, b), output projection (W, b), norm₂ (γ, β), feed-forward expand (W, b) and
/// project (W, b), then the final norm (γ, β) and the head (W, b). Weights are (inputs, outputs) row-major.
struct FusedParameterLayout {
    /// The offsets of one transformer block's weights.
    struct Block {
        let norm1Gamma: Int, norm1Beta: Int          // (C), (C)
        let qkvWeight: Int, qkvBias: Int             // (C, 3C), (3C)
        let projectionWeight: Int, projectionBias: Int  // (C, C), (C)
        let norm2Gamma: Int, norm2Beta: Int          // (C), (C)
        let expandWeight: Int, expandBias: Int       // (C, 4C), (4C)
        let contractWeight: Int, contractBias: Int   // (4C, C), (C)
    }

    let tokenEmbedding: Int      // (V, C)
    let positionEmbedding: Int   // (L, C), L = context length
    let blocks: [Block]
    let finalGamma: Int, finalBeta: Int  // (C), (C)
    let headWeight: Int, headBias: Int   // (C, V), (V)
    /// The element count of every parameter tensor, in `GPT.parameters` order.
    let sizes: [Int]
    /// The total number of parameters.
    let count: Int

    /// The layout of a dense GPT of `configuration` whose feed-forward layers have `hidden` units.
    init(configuration: GPTConfiguration, hidden: Int) {
        let (v, c, l) = (configuration.vocabularySize, configuration.dimension, configuration.contextLength)
        let blockSizes = [c, c, c * 3 * c, 3 * c, c * c, c, c, c, c * hidden, hidden, hidden * c, c]
        sizes = [v * c, l * c] + Array(repeating: blockSizes, count: configuration.layers).flatMap { $0 }
            + [c, c, c * v, v]
        // offsets[i]: where tensor i starts.
        var offsets: [Int] = []
        var total = 0
        for size in sizes {
            offsets.append(total)
            total += size
        }
        count = total
        tokenEmbedding = offsets[0]
        positionEmbedding = offsets[1]
        blocks = (0..<configuration.layers).map { layer in
            let o = Array(offsets[(2 + 12 * layer)..<(14 + 12 * layer)])
            return Block(
                norm1Gamma: o[0], norm1Beta: o[1], qkvWeight: o[2], qkvBias: o[3], projectionWeight: o[4],
                projectionBias: o[5], norm2Gamma: o[6], norm2Beta: o[7], expandWeight: o[8], expandBias: o[9],
                contractWeight: o[10], contractBias: o[11])
        }
        let tail = 2 + 12 * configuration.layers
        finalGamma = offsets[tail]
        finalBeta = offsets[tail + 1]
        headWeight = offsets[tail + 2]
        headBias = offsets[tail + 3]
    }
}
