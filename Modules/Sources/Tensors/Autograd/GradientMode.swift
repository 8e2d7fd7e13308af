/// Whether operations record the autograd graph; switched off inside `Tensor.withoutGradients`.
public enum GradientMode {
    /// `true` unless the current task is inside `Tensor.withoutGradients`.
    @TaskLocal public static var isEnabled = true
}

extension Tensor {
    /// Runs `body` without recording operations (PyTorch's `torch.no_grad()`), for evaluation and updates.
    public static func withoutGradients<Value, Failure: Error>(
        _ body: () throws(Failure) -> Value
    ) throws(Failure) -> Value {
        let outcome = GradientMode.$isEnabled.withValue(false) { Result<Value, Failure> { () throws(Failure) in try body() } }
        return try outcome.get()
    }
}
