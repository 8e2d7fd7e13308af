import CellLanguage

/// Checks run after every training step of a cell's model: a diverged loss is reported, never hidden, and the
/// cell's time limit applies inside long training calls too.
enum TrainingGuard {
    /// Throws when `loss` is NaN or infinite, naming the step (`epoch 12`, `step 300`) where it happened, or when
    /// the cell has run past its timeout.
    static func check(loss: Double, at step: String, _ call: NativeCall) throws {
        try call.checkDeadline()
        guard loss.isFinite else {
            throw NativeError("training diverged: the loss is \(loss) at \(step); try a smaller learning rate")
        }
    }
}
