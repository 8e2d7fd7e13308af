/// How far a training call inside a running cell has got: reported by bindings after every step, so a front end
/// can show a live status line (`step 340/1000, loss 2.113`). It is never part of the cell's outputs.
public struct TrainingProgress: Sendable, Hashable {
    /// The step (or epoch) just finished, from 1.
    public var step: Int
    /// How many steps (or epochs) the call will run in all.
    public var total: Int
    /// The training loss after this step.
    public var loss: Double
    /// What a step is called: `step` for a GPT, `epoch` for a network's `fit`.
    public var unit: String

    /// Creates a progress report.
    public init(step: Int, total: Int, loss: Double, unit: String) {
        self.step = step
        self.total = total
        self.loss = loss
        self.unit = unit
    }
}
