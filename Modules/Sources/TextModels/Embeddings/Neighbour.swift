/// A token found near a query vector, with its cosine similarity to the query.
public struct Neighbour: Sendable, Equatable, CustomStringConvertible {
    /// The token.
    public let word: String
    /// The cosine similarity between the token's vector and the query, in [-1, 1].
    public let similarity: Double

    /// Creates a neighbour.
    public init(word: String, similarity: Double) {
        self.word = word
        self.similarity = similarity
    }

    /// `word (0.873)`.
    public var description: String {
        let rounded = (similarity * 1000).rounded() / 1000
        return "\(word) (\(rounded))"
    }
}
