/// The number type a `GPTTrainer`'s fused engine computes in.
public enum TrainingPrecision: String, Sendable, CaseIterable {
    /// 64-bit `Double`, the precision of `Tensor`: the fused engine matches the autograd tape to rounding.
    case double
    /// 32-bit `Float`, about twice as fast; the model's weights take `Float` values (stored back as `Double`),
    /// and one step's loss and gradients agree with `.double` to about 1e-6 relative.
    case float
}
