import TextModels

/// What the three tokenizers share in cells: `encode`, `decode`, `vocabularySize`, `tokens` and `piece(for:)`.
protocol CellTokenizer: SharedValue {
    /// The number of token ids.
    var vocabularySize: Int { get }
    /// The text of each token id.
    var tokenTexts: [String] { get }
    /// The ids and pieces of a text.
    func encode(_ text: String) throws -> Encoding
    /// The text of token ids.
    func decode(_ ids: [Int]) throws -> String
}

extension CellTokenizer {
    /// `CharacterTokenizer(vocabularySize: 42)`.
    var cellDescription: String { "\(Self.cellTypeName)(vocabularySize: \(vocabularySize))" }
}

extension CharacterTokenizer: CellTokenizer {
    /// `CharacterTokenizer`.
    static var cellTypeName: String { "CharacterTokenizer" }
    /// The vocabulary's tokens.
    var tokenTexts: [String] { vocabulary.tokens }
}

extension WordTokenizer: CellTokenizer {
    /// `WordTokenizer`.
    static var cellTypeName: String { "WordTokenizer" }
    /// The vocabulary's tokens.
    var tokenTexts: [String] { vocabulary.tokens }
}

extension BytePairTokenizer: CellTokenizer {
    /// `BytePairTokenizer`.
    static var cellTypeName: String { "BytePairTokenizer" }
    /// The pieces.
    var tokenTexts: [String] { pieces }
}

extension Encoding: SharedValue {
    /// `Encoding`.
    static var cellTypeName: String { "Encoding" }
}

extension Embeddings: SharedValue {
    /// `Embeddings`.
    static var cellTypeName: String { "Embeddings" }
    /// `Embeddings(120 words, dimension 48)`.
    var cellDescription: String { "Embeddings(\(words.count) words, dimension \(dimension))" }
}

extension Neighbour: SharedValue {
    /// `Neighbour`.
    static var cellTypeName: String { "Neighbour" }
}

/// Words projected to 2-D for a scatter plot.
struct WordProjection: SharedValue {
    /// The projected words, in the order asked for.
    let points: [ProjectedWord]
    /// `Projection`.
    static var cellTypeName: String { "Projection" }
    /// `Projection(3 words)`.
    var cellDescription: String { "Projection(\(points.count) words)" }
}

extension PrincipalComponentAnalysis: SharedValue {
    /// `PCA`.
    static var cellTypeName: String { "PCA" }
    /// `PCA(2 components of 5 columns)`.
    var cellDescription: String { "PCA(\(components.count) components of \(mean.count) columns)" }
}

extension CharacterNGramModel: SharedValue {
    /// `CharacterNGramModel`.
    static var cellTypeName: String { "CharacterNGramModel" }
    /// `CharacterNGramModel(order: 2, 40 characters)`.
    var cellDescription: String { "CharacterNGramModel(order: \(order), \(alphabet.count) characters)" }
}

extension TokenDistribution: SharedValue {
    /// `TokenDistribution`.
    static var cellTypeName: String { "TokenDistribution" }
    /// The first ten tokens with their probabilities.
    var cellDescription: String {
        let shown = zip(tokens, probabilities).prefix(10).map { "\($0): \($1)" }
        return "TokenDistribution(\(shown.joined(separator: ", "))\(tokens.count > 10 ? ", …" : ""))"
    }
}
