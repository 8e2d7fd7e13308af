/// The characters of a text, sorted, each mapped to a token id: the tokenizer of a character-level GPT.
public struct CharacterVocabulary: Sendable, Equatable {
    /// The characters in id order.
    public let characters: [Character]
    private let ids: [Character: Int]

    /// Collects the distinct characters of `text`, sorted by Unicode scalar value.
    public init(text: String) {
        characters = Array(Set(text)).sorted { String($0).unicodeScalars.lexicographicallyPrecedes(String($1).unicodeScalars) }
        var ids: [Character: Int] = [:]
        for (index, character) in characters.enumerated() { ids[character] = index }
        self.ids = ids
    }

    /// The number of distinct characters.
    public var size: Int { characters.count }

    /// The ids of the characters of `text`; a character outside the vocabulary throws.
    public func encode(_ text: String) throws(TransformerError) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.count)
        for character in text {
            guard let id = ids[character] else {
                throw .invalidArgument("encode: the character \"\(character)\" is not in the vocabulary")
            }
            result.append(id)
        }
        return result
    }

    /// The text of `tokens`; ids outside the vocabulary throw.
    public func decode(_ tokens: [Int]) throws(TransformerError) -> String {
        var result = ""
        for token in tokens {
            guard token >= 0, token < characters.count else {
                throw .invalidArgument("decode: token \(token) is outside 0..<\(characters.count)")
            }
            result.append(characters[token])
        }
        return result
    }
}
