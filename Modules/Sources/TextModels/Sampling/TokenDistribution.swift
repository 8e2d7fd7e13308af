import SeededRandom

/// The next-token distribution a decoder samples from: softmax with temperature, then optional
/// top-k and top-p (nucleus) filtering, then renormalisation over the kept tokens.
///
/// Filters apply in that order (as in common implementations): top-k keeps the `k` most probable
/// tokens; top-p keeps the smallest set of most probable tokens whose probability (after top-k,
/// renormalised) adds up to at least `p`. Kept tokens are listed most probable first; equal
/// probabilities are ordered by token index. A logit of `-Double.infinity` masks its token (as
/// `masked_fill(mask, -inf)` does in PyTorch): it is never kept, whatever `topK` and `topP` say.
public struct TokenDistribution: Sendable, Equatable {
    /// The indices (token ids) of the kept tokens, most probable first.
    public let tokens: [Int]
    /// The renormalised probability of each kept token, in the order of `tokens`.
    public let probabilities: [Double]
    /// The number of logits the distribution was built from.
    public let vocabularySize: Int

    /// Builds the distribution from raw logits (`-Double.infinity` for a masked token; at least one must be finite).
    public init(logits: [Double], temperature: Double = 1, topK: Int? = nil, topP: Double? = nil) throws {
        if let topK, topK < 1 { throw TextModelsError.invalidArgument("topK must be at least 1, got \(topK)") }
        if let topP, !(topP > 0 && topP <= 1) {
            throw TextModelsError.invalidArgument("topP must be in (0, 1], got \(topP)")
        }
        let all = try softmax(logits, temperature: temperature)
        var order = all.indices.filter { logits[$0] != -.infinity }
            .sorted { all[$0] != all[$1] ? all[$0] > all[$1] : $0 < $1 }
        if let topK, topK < order.count { order.removeLast(order.count - topK) }
        var kept = order.map { all[$0] }
        let keptTotal = kept.reduce(0, +)
        kept = kept.map { $0 / keptTotal }
        if let topP {
            var cumulative = 0.0
            var size = 0
            while size < kept.count {
                cumulative += kept[size]
                size += 1
                if cumulative >= topP - 1e-12 { break }
            }
            order.removeLast(order.count - size)
            kept.removeLast(kept.count - size)
            let nucleusTotal = kept.reduce(0, +)
            kept = kept.map { $0 / nucleusTotal }
        }
        tokens = order
        probabilities = kept
        vocabularySize = logits.count
    }

    /// The probability of `token` after filtering (0 when it was filtered out).
    public func probability(of token: Int) -> Double {
        guard let position = tokens.firstIndex(of: token) else { return 0 }
        return probabilities[position]
    }

    /// The most probable token (what greedy decoding picks).
    public var mostLikely: Int { tokens[0] }

    /// Draws a token id with the kept probabilities, as `np.random.choice(tokens, p=probabilities)`.
    public func sample(using random: inout Random) throws -> Int {
        do {
            return tokens[try random.choice(weights: probabilities)]
        } catch {
            throw TextModelsError.invalidArgument(error.description)
        }
    }
}
