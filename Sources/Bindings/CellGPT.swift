import CellLanguage
import Transformer

/// A GPT as cells hold it: the model with, when built from text, its character vocabulary and, once trained,
/// its trainer (Adam state, window sampler and precision persist across `train` calls).
final class CellGPT: CellObject, CustomStringConvertible {
    let model: GPT
    let vocabulary: CharacterVocabulary?
    var trainer: GPTTrainer?

    /// A model and the vocabulary it was built from (nil for a GPT on token ids).
    init(_ model: GPT, vocabulary: CharacterVocabulary?) {
        self.model = model
        self.vocabulary = vocabulary
    }

    /// `GPT`.
    static var cellTypeName: String { "GPT" }

    /// The sizes and the parameter count.
    var description: String {
        let c = model.configuration
        return "GPT(vocabularySize: \(c.vocabularySize), layers: \(c.layers), heads: \(c.heads), dimension: \(c.dimension), "
            + "contextLength: \(c.contextLength), \(model.parameterCount) parameters)"
    }

    /// The character vocabulary, or an error for a GPT built from a vocabulary size.
    func characters() throws -> CharacterVocabulary {
        guard let vocabulary else {
            throw NativeError("this GPT was created with a vocabulary size, not from text: use token ids")
        }
        return vocabulary
    }
}

/// What a GPT method takes as its input: text (through the character vocabulary) or token ids.
protocol GPTInput: CellConvertible {
    /// The token ids of the input for `gpt`.
    func tokens(for gpt: CellGPT) throws -> [Int]
}

extension String: GPTInput {
    /// The text encoded with the GPT's character vocabulary.
    func tokens(for gpt: CellGPT) throws -> [Int] { try gpt.characters().encode(self) }
}

extension Array: GPTInput where Element == Int {
    /// The ids themselves.
    func tokens(for gpt: CellGPT) throws -> [Int] { self }
}
