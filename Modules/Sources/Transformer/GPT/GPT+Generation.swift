import SeededRandom
import NeuralNetworks
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension GPT {
    /// The next-token probabilities after `context` (its last `contextLength` tokens are read).
    public func nextTokenProbabilities(after context: [Int], temperature: Double = 1) throws(TransformerError) -> [Double] {
        try Sampling.probabilities(logits: try lastLogits(context), temperature: temperature)
    }

    /// Continues `prompt` by `count` tokens chosen with `strategy`; draws come from a NumPy-compatible
    /// generator seeded with `seed`, so the same call gives the same text everywhere.
    public func generate(
        prompt: [Int], count: Int, strategy: SamplingStrategy = .greedy, seed: UInt32 = 0
    ) throws(TransformerError) -> [Int] {
        guard !prompt.isEmpty else { throw .invalidArgument("generate: the prompt is empty") }
        guard count >= 0 else { throw .invalidArgument("generate: count must be non-negative") }
        var random = Random(seed: seed)
        var tokens = prompt
        for _ in 0..<count {
            let next: Int
            switch strategy {
            case .greedy:
                let logits = try lastLogits(tokens)
                next = logits.indices.max { logits[$0] < logits[$1] || (logits[$0] == logits[$1] && $0 > $1) } ?? 0
            case let .temperature(t):
                next = try draw(try nextTokenProbabilities(after: tokens, temperature: t), &random)
            case let .topK(k, t):
                next = try draw(try Sampling.topK(try nextTokenProbabilities(after: tokens, temperature: t), k: k), &random)
            case let .topP(threshold, t):
                next = try draw(
                    try Sampling.topP(try nextTokenProbabilities(after: tokens, temperature: t), p: threshold), &random)
            }
            tokens.append(next)
        }
        return tokens
    }

    /// Continues `prompt` by `count` tokens keeping the `beamWidth` most probable sequences at every step;
    /// returns the most probable one and its total log-probability.
    public func beamSearch(
        prompt: [Int], count: Int, beamWidth: Int = 3
    ) throws(TransformerError) -> (tokens: [Int], logProbability: Double) {
        guard !prompt.isEmpty, count >= 0, beamWidth > 0 else {
            throw .invalidArgument("beamSearch: need a prompt, count ≥ 0 and beam width > 0")
        }
        var beams: [(tokens: [Int], score: Double)] = [(prompt, 0)]
        for _ in 0..<count {
            var candidates: [(tokens: [Int], score: Double)] = []
            for beam in beams {
                let p = try nextTokenProbabilities(after: beam.tokens)
                for token in Sampling.ranked(p).prefix(beamWidth) {
                    candidates.append((beam.tokens + [token], beam.score + log(p[token])))
                }
            }
            candidates.sort { $0.score > $1.score || ($0.score == $1.score && $0.tokens.lexicographicallyPrecedes($1.tokens)) }
            beams = Array(candidates.prefix(beamWidth))
        }
        return (beams[0].tokens, beams[0].score)
    }

    /// The logits for the token after the last `contextLength` tokens of `context`.
    private func lastLogits(_ context: [Int]) throws(TransformerError) -> [Double] {
        guard !context.isEmpty else { throw .invalidArgument("the context is empty") }
        let window = Array(context.suffix(configuration.contextLength))
        let logits = try Tensor.withoutGradients { () throws(TransformerError) -> Tensor in try forward([window]) }
        let vocabulary = configuration.vocabularySize
        let start = (window.count - 1) * vocabulary
        return Array(logits.scalars[start..<(start + vocabulary)])
    }

    private func draw(_ p: [Double], _ random: inout Random) throws(TransformerError) -> Int {
        do { return try random.choice(weights: p) } catch { throw .invalidArgument(error.description) }
    }
}
