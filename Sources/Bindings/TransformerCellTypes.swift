import NeuralNetworks
import Tensors
import Transformer

/// A parameterised layer cells hold (attention, layer norm, feed-forward, mixture of experts), printed as
/// `MultiHeadAttention(1088 parameters)`.
protocol CellLayer: SharedValue, Layer {}

extension CellLayer {
    /// `Name(N parameters)`.
    var cellDescription: String { "\(Self.cellTypeName)(\(parameters.reduce(0) { $0 + $1.count }) parameters)" }
}

extension MultiHeadAttention: CellLayer {
    /// `MultiHeadAttention`.
    static var cellTypeName: String { "MultiHeadAttention" }
}

extension LayerNorm: CellLayer {
    /// `LayerNorm`.
    static var cellTypeName: String { "LayerNorm" }
}

extension FeedForward: CellLayer {
    /// `FeedForward`.
    static var cellTypeName: String { "FeedForward" }
}

extension MixtureOfExperts: CellLayer {
    /// `MixtureOfExperts`.
    static var cellTypeName: String { "MixtureOfExperts" }
}

extension TrainingPrecision: CellConstant {
    /// `Precision`.
    static var cellTypeName: String { "Precision" }
}

/// The output and attention weights of one `attention(query:key:value:)` call.
struct AttentionResult: SharedValue {
    let output: Tensor
    let weights: Tensor
    /// `AttentionResult`.
    static var cellTypeName: String { "AttentionResult" }
    /// Both tensors.
    var cellDescription: String { "Attention(output: \(output), weights: \(weights))" }
}

/// The best sequence a beam search found, with its text for a GPT built from text.
struct BeamSearchOutcome: SharedValue {
    let tokens: [Int]
    let text: String
    let logProbability: Double
    /// `BeamSearchResult`.
    static var cellTypeName: String { "BeamSearchResult" }
    /// The text (or the ids) and the log probability.
    var cellDescription: String {
        "BeamSearchResult(\(text.isEmpty ? tokens.description : text.debugDescription), logProbability: \(logProbability))"
    }
}

/// A bigram model with, when built from text, its character vocabulary.
struct TextBigram: SharedValue {
    let model: BigramModel
    let vocabulary: CharacterVocabulary?
    /// `BigramModel`.
    static var cellTypeName: String { "BigramModel" }
    /// `BigramModel(vocabularySize: 40)`.
    var cellDescription: String { "BigramModel(vocabularySize: \(model.vocabularySize))" }
}
