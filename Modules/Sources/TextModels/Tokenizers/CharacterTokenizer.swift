/// A tokenizer whose tokens are single characters (grapheme clusters, so an emoji is one token).
///
/// The vocabulary is the set of characters of a corpus in code-point order, after any special
/// tokens. Decoding an encoding gives back the input exactly.
public struct CharacterTokenizer: Sendable, Equatable {
    /// The characters (as strings) and special tokens, with their ids.
    public let vocabulary: Vocabulary

    /// Builds the vocabulary from the distinct characters of `corpus`.
    public init(corpus: String, specialTokens: [String] = [], unknownToken: String? = nil) throws {
        guard !corpus.isEmpty else { throw TextModelsError.emptyInput("the corpus") }
        let characters = Set(corpus).map(String.init).sorted(by: codePointOrder)
        vocabulary = try Vocabulary(
            tokens: characters, specialTokens: specialTokens, unknownToken: unknownToken)
    }

    /// Uses an existing vocabulary whose ordinary tokens are single characters.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// The number of token ids.
    public var vocabularySize: Int { vocabulary.count }

    /// Splits `text` into characters and maps each to its id; unknown characters map to the
    /// unknown token when there is one and throw otherwise.
    public func encode(_ text: String) throws -> Encoding {
        var ids: [Int] = []
        var pieces: [String] = []
        ids.reserveCapacity(text.count)
        pieces.reserveCapacity(text.count)
        for character in text {
            let piece = String(character)
            let id = try vocabulary.encode(piece)
            ids.append(id)
            pieces.append(vocabulary.tokens[id])
        }
        return Encoding(ids: ids, pieces: pieces)
    }

    /// Concatenates the characters of `ids`; throws on an id outside the vocabulary.
    public func decode(_ ids: [Int]) throws -> String {
        var text = ""
        for id in ids { text += try vocabulary.token(for: id) }
        return text
    }
}
