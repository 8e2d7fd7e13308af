/// Whether operations record the autograd graph; switched off inside `Tensor.withoutGradients`.
public enum GradientMode {
    /// `true` unless the current task is inside `Tensor.withoutGradients`.
    @TaskLocal public static var isEnabled = true
}

extension Tensor {
    /// Runs `body` without recording operations (PyTorch's `torch.no_grad()`), for evaluation and updates.
    public static func withoutGradients<Result>(_ body: () throws -> Result) rethrows -> Result {
        try GradientMode.$isEnabled.withValue(false) { try body() }
    }
}
