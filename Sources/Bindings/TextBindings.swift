import CellLanguage
import SeededRandom
import TextModels

/// Tokenizers, word embeddings, the character n-gram model, sampling distributions and the shipped corpus.
///
/// ```swift
/// let bpe = BytePairTokenizer(corpus: italianAnimalCorpus(), vocabularySize: 600)
/// let encoding = bpe.encode("Il gatto nero dorme")
/// print(encoding.pieces, encoding.ids)
/// let E = italianAnimalEmbeddings()
/// print(E.analogy("gatto", minus: "miao", plus: "bau"))
/// ```
enum TextBindings {
    static func install(_ bind: ModuleBinder) {
        bind.function("italianAnimalCorpus", doc: "1,682 short Italian sentences about animals.") { ItalianAnimalCorpus.text }
        bind.function("italianCourseCorpus", doc: "The course's fixed GPT training text.") { ItalianCourseCorpus.text }
        registerTokenizers(bind)
        let encoding = bind.type(Encoding.self, doc: "A tokenized text: ids and the pieces they stand for.")
        encoding.property("ids", doc: "The token ids.") { $0.ids }
        encoding.property("pieces", doc: "The text of each token.") { $0.pieces }
        encoding.property("count", doc: "The number of tokens.") { $0.count }
        registerEmbeddings(bind)
        registerVectorFunctions(bind)
        addPCA(bind)
        addNGramModel(bind)
        addDistribution(bind)
        bind.function("softmax", Param<[Double]>(), Param<Double>("temperature", default: 1),
                      doc: "Probabilities from logits (-infinity gives 0).") { try softmax($0, temperature: $1) }
    }

    // MARK: Tokenizers

    private static func registerTokenizers(_ bind: ModuleBinder) {
        let character = bind.type(CharacterTokenizer.self, doc: "One token per character of the corpus.")
        character.initializer(Param<String>("corpus"), Param("specialTokens", default: [String]()), Param("unknownToken", default: ""),
                              doc: "A tokenizer for the corpus's characters (`unknownToken: \"\"` for none).") {
            try CharacterTokenizer(corpus: $0, specialTokens: $1, unknownToken: BindingSupport.optional($2))
        }
        addTokenizerMembers(character)
        let word = bind.type(WordTokenizer.self, doc: "One token per word of the corpus.")
        word.initializer(Param<String>("corpus"), Param("lowercased", default: true), Param("minCount", default: 1),
                         doc: "A tokenizer for the words seen at least `minCount` times.") {
            try WordTokenizer(corpus: $0, lowercased: $1, minCount: $2)
        }
        addTokenizerMembers(word)
        let bytePair = bind.type(BytePairTokenizer.self, doc: "Byte-pair encoding, as GPT-2's tokenizer.")
        bytePair.initializer(Param<String>("corpus"), Param<Int>("vocabularySize"), Param("minPairFrequency", default: 2),
                             Param("specialTokens", default: [String]()), doc: "Learns merges on the corpus up to the vocabulary size.") {
            corpus, size, frequency, special in
            guard size <= 100_000 else { throw NativeError("BytePairTokenizer: vocabularySize must be at most 100000, got \(size)") }
            return try BytePairTokenizer.train(corpus: corpus, vocabularySize: size, minPairFrequency: frequency, specialTokens: special)
        }
        addTokenizerMembers(bytePair)
    }

    private static func addTokenizerMembers<T: CellTokenizer>(_ type: TypeBinder<T>) {
        type.property("vocabularySize", doc: "The number of token ids.") { $0.vocabularySize }
        type.property("tokens", doc: "The text of each token id.") { $0.tokenTexts }
        type.method("encode", Param<String>(), doc: "The ids and pieces of a text.") { try $0.encode($1) }
        type.method("decode", Param<[Int]>(), doc: "The text of token ids.") { try $0.decode($1) }
        type.method("piece", Param<Int>("for"), doc: "The text of one token id.") { tokenizer, id in
            let tokens = tokenizer.tokenTexts
            guard id >= 0, id < tokens.count else { throw NativeError("token id \(id) is outside 0..<\(tokens.count)") }
            return tokens[id]
        }
    }

    // MARK: Embeddings

    private static func registerEmbeddings(_ bind: ModuleBinder) {
        // Training the demo vectors takes a second or two in debug builds: train once per dimension.
        var trained: [Int: Embeddings] = [:]
        bind.function("italianAnimalEmbeddings", Param("dimension", default: 48),
                      doc: "PPMI + SVD word vectors of the animal corpus.") { dimension in
            if let cached = trained[dimension] { return cached }
            let embeddings = try Embeddings.italianAnimals(dimension: dimension)
            trained[dimension] = embeddings
            return embeddings
        }
        let type = bind.type(Embeddings.self, doc: "Word vectors.")
        type.initializer(Param<[String]>("words"), Param<[[Double]]>("vectors"), doc: "Given vectors, one per word.") {
            try Embeddings(words: $0, vectors: $1)
        }
        type.initializer(Param<String>("corpus"), Param("dimension", default: 48), Param("window", default: 2), Param("minCount", default: 1),
                         doc: "Vectors trained on a corpus (PPMI + SVD).") { corpus, dimension, window, minCount in
            guard window <= 50 else { throw NativeError("Embeddings: window must be at most 50, got \(window)") }
            // Training builds a words × words matrix: bound the vocabulary first.
            let distinct = Set(WordTokenizer.words(in: corpus, lowercased: true)).count
            guard distinct <= 4000 else {
                throw NativeError("Embeddings: the corpus has \(distinct) distinct words; at most 4000 can be trained here")
            }
            return try Embeddings.train(corpus: corpus, dimension: dimension, window: window, minCount: minCount)
        }
        addEmbeddingMembers(type)
        let neighbour = bind.type(Neighbour.self, doc: "A word and its similarity to a query.")
        neighbour.property("word", doc: "The word.") { $0.word }
        neighbour.property("similarity", doc: "Its cosine similarity to the query.") { $0.similarity }
        let projection = bind.type(WordProjection.self, doc: "Words projected to 2-D by PCA, for a scatter plot.")
        projection.property("words", doc: "The words.") { $0.points.map(\.word) }
        projection.property("x", doc: "The first coordinate of each word.") { $0.points.map(\.x) }
        projection.property("y", doc: "The second coordinate of each word.") { $0.points.map(\.y) }
    }

    private static func addEmbeddingMembers(_ type: TypeBinder<Embeddings>) {
        type.property("words", doc: "The vocabulary.") { $0.words }
        type.property("dimension", doc: "The length of each vector.") { $0.dimension }
        type.method("vector", Param<String>("for"), doc: "The vector of a word.") { try $0.vector(for: $1) }
        type.method("contains", Param<String>(), doc: "Whether the word has a vector.") { $0.vocabulary.contains($1) }
        type.method("similarity", Param<String>(), Param<String>(), doc: "The cosine similarity of two words.") {
            try $0.similarity($1, $2)
        }
        type.method("nearest", Param<String>("to"), Param("count", default: 5), doc: "The words most similar to a word.") {
            try $0.nearest(to: $1, count: $2)
        }
        type.method("nearest", Param<[Double]>("to"), Param("count", default: 5), Param("excluding", default: [String]()),
                    doc: "The words most similar to a vector.") { try $0.nearest(to: $1, count: $2, excluding: $3) }
        type.method("analogy", Param<String>(), Param<String>("minus"), Param<String>("plus"), Param("count", default: 5),
                    doc: "The words nearest to a − b + c.") { try $0.analogy($1, minus: $2, plus: $3, count: $4) }
        type.method("combination", Param<[String]>("adding"), Param("subtracting", default: [String]()),
                    doc: "The sum of some words' vectors minus others'.") { try $0.combination(adding: $1, subtracting: $2) }
        type.method("projection", Param<[String]>("of"), doc: "The words projected to 2-D by PCA.") {
            WordProjection(points: try $0.projection(of: $1))
        }
    }

    /// `PCA(fitting: rows, components: 2)`: components, explained variance (and ratios), mean and `transform`.
    private static func addPCA(_ bind: ModuleBinder) {
        let type = bind.type(PrincipalComponentAnalysis.self, doc: "A fitted principal component analysis.")
        type.initializer(Param<[[Double]]>("fitting"), Param("components", default: 2), doc: "Fits the components of rows of numbers.") {
            try PrincipalComponentAnalysis(fitting: $0, components: $1)
        }
        type.property("components", doc: "The principal directions, one row each.") { $0.components }
        type.property("explainedVariance", doc: "The variance along each component.") { $0.explainedVariance }
        type.property("explainedVarianceRatio", doc: "The fraction of the total variance along each component.") {
            $0.explainedVarianceRatio
        }
        type.property("mean", doc: "The mean of each column.") { $0.mean }
        type.method("transform", Param<[[Double]]>(), doc: "Rows projected on the components.") { try $0.transform($1) }
    }

    private static func registerVectorFunctions(_ bind: ModuleBinder) {
        let a = Param<[Double]>(), b = Param<[Double]>()
        bind.function("cosineSimilarity", a, b, doc: "The cosine of the angle between two vectors.") { try cosineSimilarity($0, $1) }
        bind.function("dot", a, b, doc: "The dot product.") { try dot($0, $1) }
        bind.function("add", a, b, doc: "The element-wise sum.") { try add($0, $1) }
        bind.function("subtract", a, b, doc: "The element-wise difference.") { try subtract($0, $1) }
        bind.function("scale", a, Param<Double>("by"), doc: "Every element times a factor.") { scale($0, by: $1) }
        bind.function("norm", a, doc: "The Euclidean length.") { norm($0) }
        bind.function("normalized", a, doc: "The vector divided by its length.") { try normalized($0) }
    }

    // MARK: Language model and sampling

    private static func addNGramModel(_ bind: ModuleBinder) {
        let type = bind.type(CharacterNGramModel.self, doc: "A character n-gram language model with add-k smoothing.")
        type.initializer(Param<String>("training"), Param("order", default: 2), Param<Double>("smoothing", default: 1),
                         doc: "Counts the n-grams of a text.") { text, order, smoothing in
            guard order <= 20 else { throw NativeError("CharacterNGramModel: order must be at most 20, got \(order)") }
            return try CharacterNGramModel(training: text, order: order, smoothing: smoothing)
        }
        type.property("alphabet", doc: "The characters the model knows.") { $0.alphabet }
        type.property("order", doc: "n: the context is n − 1 characters.") { $0.order }
        type.method("count", Param<String>("of"), Param<String>("after"), doc: "How often a character followed a context.") {
            $0.count(of: $1, after: $2)
        }
        type.method("probabilities", Param<String>("after"), doc: "The next character's distribution over the alphabet.") {
            try $0.probabilities(after: $1)
        }
        type.method("probability", Param<String>("of"), Param<String>("after"), doc: "The probability of a character after a context.") {
            try $0.probability(of: $1, after: $2)
        }
        type.method("averageNegativeLogLikelihood", Param<String>("of"), doc: "The mean −log probability of a text's characters.") {
            try $0.averageNegativeLogLikelihood(of: $1)
        }
        let length = Param<Int>("length"), prompt = Param("prompt", default: "")
        let sample = { (model: CharacterNGramModel, length: Int, prompt: String, stream: RandomStream) throws -> String in
            try BindingSupport.checkCount(length, "sample")
            return try model.sample(length: length, prompt: prompt, using: &stream.random)
        }
        type.method("sample", length, prompt, Param("seed", default: 0), doc: "Generated text, drawn with a new generator.") {
            try sample($0, $1, $2, RandomStream(seed: try BindingSupport.seed($3)))
        }
        type.method("sample", length, prompt, Param<RandomStream>("using"), doc: "Generated text, drawn from a cell's generator.") {
            try sample($0, $1, $2, $3)
        }
    }

    private static func addDistribution(_ bind: ModuleBinder) {
        let type = bind.type(TokenDistribution.self, doc: "A next-token distribution after temperature, top-k and top-p.")
        type.initializer(Param<[Double]>("logits"), Param<Double>("temperature", default: 1), Param("topK", default: 0),
                         Param<Double>("topP", default: 1), doc: "The distribution of logits (`topK: 0` and `topP: 1` for no cut).") {
            logits, temperature, topK, topP in
            guard topK >= 0 else { throw NativeError("topK must be at least 1 (or 0 for no limit), got \(topK)") }
            return try TokenDistribution(logits: logits, temperature: temperature, topK: topK == 0 ? nil : topK,
                                         topP: topP == 1 ? nil : topP)
        }
        type.property("tokens", doc: "The tokens kept, most likely first.") { $0.tokens }
        type.property("probabilities", doc: "Their probabilities.") { $0.probabilities }
        type.property("mostLikely", doc: "The most likely token.") { $0.mostLikely }
        type.property("vocabularySize", doc: "The number of logits.") { $0.vocabularySize }
        type.method("probability", Param<Int>("of"), doc: "The probability of a token (0 when cut).") { $0.probability(of: $1) }
        type.method("sample", Param("seed", default: 0), doc: "A token drawn with a new generator.") {
            var random = Random(seed: try BindingSupport.seed($1))
            return try $0.sample(using: &random)
        }
        type.method("sample", Param<RandomStream>("using"), doc: "A token drawn from a cell's generator.") {
            try $0.sample(using: &$1.random)
        }
    }
}
