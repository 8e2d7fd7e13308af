#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The simplest language model: the next token's probability depends only on the current token,
/// estimated from counts with add-α smoothing. The baseline a GPT must beat.
public struct BigramModel: Sendable {
    /// The number of token ids.
    public let vocabularySize: Int
    /// `counts[a * vocabularySize + b]`: how often b followed a.
    public let counts: [Double]
    /// The pseudo-count added to every pair.
    public let smoothing: Double

    /// Counts the pairs of `tokens` (all ids must be in `0..<vocabularySize`).
    public init(tokens: [Int], vocabularySize: Int, smoothing: Double = 1) throws(TransformerError) {
        guard vocabularySize > 0, vocabularySize <= 46_340, smoothing > 0 else {
            throw .invalidArgument("BigramModel: need a vocabulary size in 1...46340 and a positive smoothing")
        }
        var counts = [Double](repeating: 0, count: vocabularySize * vocabularySize)
        for token in tokens where token < 0 || token >= vocabularySize {
            throw .invalidArgument("BigramModel: token \(token) is outside 0..<\(vocabularySize)")
        }
        for (a, b) in zip(tokens, tokens.dropFirst()) { counts[a * vocabularySize + b] += 1 }
        self.vocabularySize = vocabularySize
        self.counts = counts
        self.smoothing = smoothing
    }

    /// P(next | current) for every next token.
    public func probabilities(after token: Int) -> [Double] {
        guard token >= 0, token < vocabularySize else { return [] }
        let row = counts[(token * vocabularySize)..<((token + 1) * vocabularySize)].map { $0 + smoothing }
        let total = row.reduce(0, +)
        return row.map { $0 / total }
    }

    /// The mean negative log-likelihood (nats per token) of `tokens` under the model.
    public func crossEntropy(_ tokens: [Int]) throws(TransformerError) -> Double {
        guard tokens.count >= 2 else { throw .invalidArgument("BigramModel: need at least two tokens") }
        var total = 0.0
        for (a, b) in zip(tokens, tokens.dropFirst()) {
            guard a >= 0, a < vocabularySize, b >= 0, b < vocabularySize else {
                throw .invalidArgument("BigramModel: token outside 0..<\(vocabularySize)")
            }
            total -= log(probabilities(after: a)[b])
        }
        return total / Double(tokens.count - 1)
    }
}
