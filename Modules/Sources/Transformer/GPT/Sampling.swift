#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decoding arithmetic on one vector of scores, usable on its own in a lesson (bar charts of softmax with
/// temperature, top-k and top-p) and used by `GPT.generate`.
public enum Sampling {
    /// softmax(logits / temperature), computed stably; a `-Double.infinity` logit masks its token (probability 0).
    public static func probabilities(logits: [Double], temperature: Double = 1) throws(TransformerError) -> [Double] {
        guard temperature > 0, temperature.isFinite else {
            throw .invalidArgument("temperature must be a positive number, got \(temperature)")
        }
        guard !logits.isEmpty else { return [] }
        guard logits.allSatisfy({ $0.isFinite || $0 == -.infinity }), logits.contains(where: \.isFinite) else {
            throw .invalidArgument("logits must be finite or -infinity (masked), and at least one finite")
        }
        let scaled = logits.map { $0 / temperature }
        let largest = scaled.max() ?? 0
        let exps = scaled.map { exp($0 - largest) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// Keeps the `k` most probable entries (ties: lower index first), zeroes the rest and renormalises.
    public static func topK(_ probabilities: [Double], k: Int) throws(TransformerError) -> [Double] {
        guard k > 0 else { throw .invalidArgument("top-k needs k > 0, got \(k)") }
        let keep = Set(ranked(probabilities).prefix(k))
        return renormalized(probabilities.indices.map { keep.contains($0) ? probabilities[$0] : 0 })
    }

    /// Keeps the smallest set of most probable entries whose total reaches `p` (nucleus), zeroes the rest
    /// and renormalises.
    public static func topP(_ probabilities: [Double], p: Double) throws(TransformerError) -> [Double] {
        guard p > 0, p <= 1 else { throw .invalidArgument("top-p needs 0 < p ≤ 1, got \(p)") }
        var keep = Set<Int>(), mass = 0.0
        for index in ranked(probabilities) where mass < p {
            keep.insert(index)
            mass += probabilities[index]
        }
        return renormalized(probabilities.indices.map { keep.contains($0) ? probabilities[$0] : 0 })
    }

    /// Indices sorted by decreasing value (ties: lower index first).
    public static func ranked(_ values: [Double]) -> [Int] {
        values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }

    private static func renormalized(_ values: [Double]) -> [Double] {
        let total = values.reduce(0, +)
        return total > 0 ? values.map { $0 / total } : values
    }
}
