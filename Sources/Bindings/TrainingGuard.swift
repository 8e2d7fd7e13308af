import CellLanguage

/// Checks run after every training step of a cell's model: a diverged loss is reported, never hidden.
enum TrainingGuard {
    /// Throws when `loss` is NaN or infinite, naming the step (`epoch 12`, `step 300`) where it happened.
    static func check(loss: Double, at step: String, _ call: NativeCall) throws {
        guard loss.isFinite else {
            throw NativeError("training diverged: the loss is \(loss) at \(step); try a smaller learning rate")
        }
    }
}
