#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns logits into probabilities: `exp(logit / temperature)` normalised to sum to 1.
///
/// Computed stably (the largest scaled logit is subtracted first), so logits such as −130 work.
/// A logit of `-Double.infinity` masks its token: its probability is exactly 0, as in PyTorch's
/// `softmax` (at least one logit must be finite; NaN and +∞ are refused).
/// A temperature below 1 sharpens the distribution, above 1 flattens it; it must be positive.
public func softmax(_ logits: [Double], temperature: Double = 1) throws -> [Double] {
    guard !logits.isEmpty else { throw TextModelsError.emptyInput("the logits") }
    guard temperature > 0, temperature.isFinite else {
        throw TextModelsError.invalidArgument("temperature must be positive and finite, got \(temperature)")
    }
    guard logits.allSatisfy({ $0.isFinite || $0 == -.infinity }) else {
        throw TextModelsError.invalidArgument("logits must be finite numbers or -infinity (a masked token)")
    }
    guard logits.contains(where: { $0.isFinite }) else {
        throw TextModelsError.invalidArgument("every logit is -infinity: no token is left to choose")
    }
    let scaled = logits.map { $0 / temperature }
    guard !scaled.contains(.infinity) else {
        throw TextModelsError.invalidArgument("logits divided by the temperature \(temperature) overflow")
    }
    let largest = scaled.max()!
    let exponentials = scaled.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
}
