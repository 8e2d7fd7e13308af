/// Per-epoch results of `Sequential.fit`.
public struct TrainingHistory: Sendable, Equatable {
    /// The mean training loss of each epoch (averaged over its mini-batches, weighted by batch size).
    public var losses: [Double] = []
    /// The training accuracy after each epoch, in [0, 1].
    public var accuracies: [Double] = []

    /// Creates an empty history.
    public init() {}
}

/// What `Sequential.fit` reports after each epoch to a progress callback.
public struct EpochSummary: Sendable, Equatable {
    /// The epoch number, starting at 1.
    public let epoch: Int
    /// The mean training loss of the epoch.
    public let loss: Double
    /// The training accuracy after the epoch.
    public let accuracy: Double
}
