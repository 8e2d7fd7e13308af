/// How a `GPTTrainer` computes the loss gradient.
public enum TrainingEngine: String, Sendable, CaseIterable {
    /// Hand-written forward and backward kernels over flat parameter and gradient buffers with preallocated
    /// activations, in the trainer's `TrainingPrecision`; for dense GPTs (no mixture-of-experts blocks).
    case fused
    /// The `Tensor` autograd tape, always in `Double`: any GPT, including mixture-of-experts ones. Slower;
    /// the reference the fused engine is tested against.
    case autograd
}
