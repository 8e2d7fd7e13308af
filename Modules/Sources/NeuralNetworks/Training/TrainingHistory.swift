/// Per-epoch results of `Sequential.fit`.
public struct TrainingHistory: Sendable, Equatable {
    /// The mean training loss of each epoch (averaged over its mini-batches, weighted by batch size).
    public var losses: [Double] = []
    /// The training accuracy after each epoch, in [0, 1].
    public var accuracies: [Double] = []

    /// Creates an empty history.
    public init() {}
}
