/// What `Sequential.fit` reports after each epoch to a progress callback.
public struct EpochSummary: Sendable, Equatable {
    /// The epoch number, starting at 1.
    public let epoch: Int
    /// The mean training loss of the epoch.
    public let loss: Double
    /// The training accuracy after the epoch.
    public let accuracy: Double
}
