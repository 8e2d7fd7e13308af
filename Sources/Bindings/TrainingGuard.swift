import CellLanguage

/// Checks run after every training step of a cell's model: a diverged loss is reported, never hidden, and the
/// cell's time limit applies inside long training calls too.
enum TrainingGuard {
    /// Throws when `loss` is NaN or infinite, naming the step (`epoch 12`, `step 300`) where it happened, or when
    /// the cell has run past its timeout.
    /// `step` of `total` (counted in `unit`s) is reported to the interpreter's progress handler first.
    static func check(loss: Double, step: Int, of total: Int, unit: String, _ call: NativeCall) throws {
        call.reportProgress(TrainingProgress(step: step, total: total, loss: loss, unit: unit))
        try call.checkDeadline()
        let step = "\(unit) \(step)"
        guard loss.isFinite else {
            throw NativeError("training diverged: the loss is \(loss) at \(step); try a smaller learning rate")
        }
    }
}
