/// How `GPT.generate` picks the next token from the model's scores.
public enum SamplingStrategy: Sendable, Equatable {
    /// Always the most likely token (deterministic).
    case greedy
    /// A draw from softmax(logits / temperature): below 1 sharper, above 1 flatter.
    case temperature(Double)
    /// A draw among the k most likely tokens only.
    case topK(Int, temperature: Double = 1)
    /// A draw among the smallest set of most likely tokens whose probability reaches p (nucleus sampling).
    case topP(Double, temperature: Double = 1)
}
