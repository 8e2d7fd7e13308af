/// Errors a `Random` draw reports instead of crashing on invalid arguments.
public enum RandomError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An integer range with no values, such as `0..<0`.
    case emptyRange(low: Int, high: Int)
    /// A weighted choice over an empty list of weights.
    case emptyWeights
    /// A weight that is negative, NaN or infinite.
    case invalidWeight(Double)
    /// Weights that are all zero.
    case zeroTotalWeight
    /// Sampling more items than the population holds without replacement.
    case sampleLargerThanPopulation(count: Int, population: Int)
    /// Weights whose number differs from the number of items to choose from.
    case weightCountMismatch(weights: Int, population: Int)
    /// Sampling without replacement more items than have a non-zero weight.
    case tooFewNonZeroWeights(count: Int, nonZero: Int)
    /// A negative number of samples.
    case negativeCount(Int)

    /// A one-line message in the style of a compiler diagnostic.
    public var description: String {
        switch self {
        case let .emptyRange(low, high): return "random: the range \(low)..<\(high) is empty"
        case .emptyWeights: return "random: choice needs at least one weight"
        case let .invalidWeight(weight): return "random: weight \(weight) is not a finite non-negative number"
        case .zeroTotalWeight: return "random: the weights sum to zero"
        case let .sampleLargerThanPopulation(count, population):
            return "random: cannot take \(count) samples from \(population) items without replacement"
        case let .weightCountMismatch(weights, population):
            return "random: \(weights) weights for \(population) items"
        case let .tooFewNonZeroWeights(count, nonZero):
            return "random: cannot take \(count) samples without replacement: only \(nonZero) weights are non-zero"
        case let .negativeCount(count): return "random: cannot take \(count) samples"
        }
    }
}
