/// A table of vectors, one per token, with the geometry lessons use: similarity, nearest
/// neighbours, vector arithmetic and a 2-D projection.
public struct Embeddings: Sendable, Equatable {
    /// The tokens, with the id that indexes `vectors`.
    public let vocabulary: Vocabulary
    /// One vector per token id.
    public let vectors: [[Double]]
    /// The unit-length vectors, or nil for a zero vector (used for similarity searches).
    private let unitVectors: [[Double]?]

    /// Creates embeddings from a vocabulary and one vector per token, all of the same length.
    public init(vocabulary: Vocabulary, vectors: [[Double]]) throws {
        guard vocabulary.count == vectors.count else {
            throw TextModelsError.invalidArgument(
                "\(vectors.count) vectors for a vocabulary of \(vocabulary.count) tokens")
        }
        guard let width = vectors.first?.count, width > 0 else { throw TextModelsError.emptyInput("the vectors") }
        for vector in vectors where vector.count != width {
            throw TextModelsError.dimensionMismatch(expected: width, actual: vector.count)
        }
        self.vocabulary = vocabulary
        self.vectors = vectors
        self.unitVectors = vectors.map { try? normalized($0) }
    }

    /// Creates embeddings from `(word, vector)` pairs, in that order.
    public init(words: [String], vectors: [[Double]]) throws {
        try self.init(vocabulary: Vocabulary(tokens: words), vectors: vectors)
    }

    /// The length of every vector.
    public var dimension: Int { vectors[0].count }

    /// The tokens, in id order.
    public var words: [String] { vocabulary.tokens }

    /// The vector of `word`; throws when the word is not in the vocabulary.
    public func vector(for word: String) throws -> [Double] {
        guard let id = vocabulary.id(of: word) else { throw TextModelsError.unknownToken(word) }
        return vectors[id]
    }

    /// The cosine similarity between the vectors of two words.
    public func similarity(_ first: String, _ second: String) throws -> Double {
        try cosineSimilarity(vector(for: first), vector(for: second))
    }

    /// The `count` tokens whose vectors are most similar (by cosine) to `query`, best first,
    /// leaving out the tokens in `excluding`; ties go to the smaller id.
    public func nearest(to query: [Double], count: Int = 5, excluding: [String] = []) throws -> [Neighbour] {
        guard count >= 0 else { throw TextModelsError.invalidArgument("count must not be negative") }
        guard query.count == dimension else {
            throw TextModelsError.dimensionMismatch(expected: dimension, actual: query.count)
        }
        let unitQuery = try normalized(query)
        let excluded = Set(excluding)
        var scored: [(id: Int, similarity: Double)] = []
        for (id, unit) in unitVectors.enumerated() {
            guard let unit, !excluded.contains(vocabulary.tokens[id]) else { continue }
            var similarity = 0.0
            for index in 0..<unit.count { similarity += unit[index] * unitQuery[index] }
            scored.append((id, similarity))
        }
        scored.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.id < $1.id }
        return scored.prefix(count).map { Neighbour(word: vocabulary.tokens[$0.id], similarity: $0.similarity) }
    }

    /// The `count` tokens most similar to `word`, the word itself left out.
    public func nearest(to word: String, count: Int = 5) throws -> [Neighbour] {
        try nearest(to: vector(for: word), count: count, excluding: [word])
    }

    /// The vector `Σ positive − Σ negative` of the words' unit vectors (the usual analogy arithmetic).
    public func combination(adding positive: [String], subtracting negative: [String] = []) throws -> [Double] {
        var result = [Double](repeating: 0, count: dimension)
        for (words, sign) in [(positive, 1.0), (negative, -1.0)] {
            for word in words {
                guard let id = vocabulary.id(of: word) else { throw TextModelsError.unknownToken(word) }
                guard let unit = unitVectors[id] else {
                    throw TextModelsError.invalidArgument("'\(word)' has a zero vector")
                }
                for index in 0..<dimension { result[index] += sign * unit[index] }
            }
        }
        return result
    }

    /// Solves `a − b + c = ?` (for example `gatto − miao + bau`): the tokens nearest to the
    /// combination of unit vectors, leaving out the three query words as is customary.
    public func analogy(_ a: String, minus b: String, plus c: String, count: Int = 5) throws -> [Neighbour] {
        let query = try combination(adding: [a, c], subtracting: [b])
        return try nearest(to: query, count: count, excluding: [a, b, c])
    }

    /// Places `words` on a plane by PCA fitted on their own vectors (at least two words).
    public func projection(of words: [String]) throws -> [ProjectedWord] {
        let rows = try words.map { try vector(for: $0) }
        let pca = try PrincipalComponentAnalysis(fitting: rows, components: min(2, rows.count, dimension))
        let points = try pca.transform(rows)
        return zip(words, points).map { word, point in
            ProjectedWord(word: word, x: point[0], y: point.count > 1 ? point[1] : 0)
        }
    }
}
