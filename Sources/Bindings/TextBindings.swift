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
    /// Any of the three tokenizers, behind one `encode`/`decode` interface.
    final class TokenizerBox: CustomStringConvertible {
        let name: String
        let vocabularySize: Int
        let tokens: [String]
        let encode: (String) throws -> Encoding
        let decode: ([Int]) throws -> String
        init(name: String, vocabularySize: Int, tokens: [String], encode: @escaping (String) throws -> Encoding,
             decode: @escaping ([Int]) throws -> String) {
            self.name = name
            self.vocabularySize = vocabularySize
            self.tokens = tokens
            self.encode = encode
            self.decode = decode
        }
        var description: String { "\(name)(vocabularySize: \(vocabularySize))" }
    }

    /// A tokenized text.
    final class EncodingBox: CustomStringConvertible {
        let encoding: Encoding
        init(_ encoding: Encoding) { self.encoding = encoding }
        var description: String { encoding.description }
    }

    /// Word vectors.
    final class EmbeddingsBox: CustomStringConvertible {
        let embeddings: Embeddings
        init(_ embeddings: Embeddings) { self.embeddings = embeddings }
        var description: String { "Embeddings(\(embeddings.words.count) words, dimension \(embeddings.dimension))" }
    }

    /// A word and its similarity to a query.
    final class NeighbourBox: CustomStringConvertible {
        let neighbour: Neighbour
        init(_ neighbour: Neighbour) { self.neighbour = neighbour }
        var description: String { neighbour.description }
    }

    /// Words projected to 2-D for a scatter plot.
    final class ProjectionBox: CustomStringConvertible {
        let points: [ProjectedWord]
        init(_ points: [ProjectedWord]) { self.points = points }
        var description: String { "Projection(\(points.count) words)" }
    }

    /// A fitted principal component analysis.
    final class PCABox: CustomStringConvertible {
        let pca: PrincipalComponentAnalysis
        init(_ pca: PrincipalComponentAnalysis) { self.pca = pca }
        var description: String { "PCA(\(pca.components.count) components of \(pca.mean.count) columns)" }
    }

    /// A character n-gram language model.
    final class NGramBox: CustomStringConvertible {
        let model: CharacterNGramModel
        init(_ model: CharacterNGramModel) { self.model = model }
        var description: String { "CharacterNGramModel(order: \(model.order), \(model.alphabet.count) characters)" }
    }

    /// A next-token distribution after temperature, top-k and top-p.
    final class DistributionBox: CustomStringConvertible {
        let distribution: TokenDistribution
        init(_ distribution: TokenDistribution) { self.distribution = distribution }
        var description: String {
            let shown = zip(distribution.tokens, distribution.probabilities).prefix(10).map { "\($0): \($1)" }
            return "TokenDistribution(\(shown.joined(separator: ", "))\(distribution.tokens.count > 10 ? ", …" : ""))"
        }
    }

    static func install(in interpreter: Interpreter) {
        interpreter.register(NativeFunction("italianAnimalCorpus", parameters: [], returns: .string) { _ in
            .string(ItalianAnimalCorpus.text)
        })
        interpreter.register(NativeFunction("italianCourseCorpus", parameters: [], returns: .string) { _ in
            .string(ItalianCourseCorpus.text)
        })
        registerTokenizers(in: interpreter)
        interpreter.register(encodingType())
        registerEmbeddings(in: interpreter)
        registerVectorFunctions(in: interpreter)
        interpreter.register(pcaType())
        interpreter.register(ngramType())
        interpreter.register(distributionType())
        interpreter.register(NativeFunction("softmax", parameters: [
            NativeParameter(nil, .array(.double)), NativeParameter("temperature", .double, default: .double(1)),
        ], returns: .array(.double)) { call in
            let logits = try call.doubles(0), temperature = try call.double(1)
            return .doubles(try BindingSupport.guarded { try softmax(logits, temperature: temperature) })
        })
    }

    // MARK: Tokenizers

    private static func registerTokenizers(in interpreter: Interpreter) {
        let character = NativeType(name: "CharacterTokenizer")
        character.addInitializer(parameters: [
            NativeParameter("corpus", .string), NativeParameter("specialTokens", .array(.string), default: .array([])),
            NativeParameter("unknownToken", .string, default: .string("")),
        ]) { call in
            let tokenizer = try BindingSupport.guarded {
                try CharacterTokenizer(corpus: try call.string(0), specialTokens: try call.strings(1),
                                       unknownToken: BindingSupport.optional(try call.string(2)))
            }
            return .native(TokenizerBox(name: "CharacterTokenizer", vocabularySize: tokenizer.vocabularySize,
                                        tokens: tokenizer.vocabulary.tokens, encode: tokenizer.encode, decode: tokenizer.decode))
        }
        addTokenizerMembers(character)
        interpreter.register(character)

        let word = NativeType(name: "WordTokenizer")
        word.addInitializer(parameters: [
            NativeParameter("corpus", .string), NativeParameter("lowercased", .bool, default: .bool(true)),
            NativeParameter("minCount", .int, default: .int(1)),
        ]) { call in
            let tokenizer = try BindingSupport.guarded {
                try WordTokenizer(corpus: try call.string(0), lowercased: try call.bool(1), minCount: try call.int(2))
            }
            return .native(TokenizerBox(name: "WordTokenizer", vocabularySize: tokenizer.vocabularySize,
                                        tokens: tokenizer.vocabulary.tokens, encode: tokenizer.encode, decode: tokenizer.decode))
        }
        addTokenizerMembers(word)
        interpreter.register(word)

        let bytePair = NativeType(name: "BytePairTokenizer")
        bytePair.addInitializer(parameters: [
            NativeParameter("corpus", .string), NativeParameter("vocabularySize", .int),
            NativeParameter("minPairFrequency", .int, default: .int(2)),
            NativeParameter("specialTokens", .array(.string), default: .array([])),
        ]) { call in
            let size = try call.int(1)
            guard size <= 100_000 else { throw NativeError("BytePairTokenizer: vocabularySize must be at most 100000, got \(size)") }
            let tokenizer = try BindingSupport.guarded {
                try BytePairTokenizer.train(corpus: try call.string(0), vocabularySize: size,
                                            minPairFrequency: try call.int(2), specialTokens: try call.strings(3))
            }
            return .native(TokenizerBox(name: "BytePairTokenizer", vocabularySize: tokenizer.vocabularySize,
                                        tokens: tokenizer.pieces, encode: { tokenizer.encode($0) }, decode: tokenizer.decode))
        }
        addTokenizerMembers(bytePair)
        interpreter.register(bytePair)
    }

    private static func addTokenizerMembers(_ type: NativeType) {
        func box(_ object: AnyObject) throws -> TokenizerBox {
            guard let box = object as? TokenizerBox else { throw NativeError("internal error: not a tokenizer") }
            return box
        }
        type.addProperty("vocabularySize", type: .int) { .int(try box($0).vocabularySize) }
        type.addProperty("tokens", type: .array(.string)) { .strings(try box($0).tokens) }
        type.addMethod("encode", parameters: [NativeParameter(nil, .string)], returns: .native("Encoding")) { call in
            let text = try call.string(0), tokenizer = try call.receiver(as: TokenizerBox.self)
            return .native(EncodingBox(try BindingSupport.guarded { try tokenizer.encode(text) }))
        }
        type.addMethod("decode", parameters: [NativeParameter(nil, .array(.int))], returns: .string) { call in
            let ids = try call.ints(0), tokenizer = try call.receiver(as: TokenizerBox.self)
            return .string(try BindingSupport.guarded { try tokenizer.decode(ids) })
        }
        type.addMethod("piece", parameters: [NativeParameter("for", .int)], returns: .string) { call in
            let id = try call.int(0), tokenizer = try call.receiver(as: TokenizerBox.self)
            guard id >= 0, id < tokenizer.tokens.count else {
                throw NativeError("token id \(id) is outside 0..<\(tokenizer.tokens.count)")
            }
            return .string(tokenizer.tokens[id])
        }
    }

    private static func encodingType() -> NativeType {
        let type = NativeType(name: "Encoding")
        type.addProperty("ids", type: .array(.int)) { .ints(($0 as? EncodingBox)?.encoding.ids ?? []) }
        type.addProperty("pieces", type: .array(.string)) { .strings(($0 as? EncodingBox)?.encoding.pieces ?? []) }
        type.addProperty("count", type: .int) { .int(($0 as? EncodingBox)?.encoding.count ?? 0) }
        return type
    }

    // MARK: Embeddings

    private static func registerEmbeddings(in interpreter: Interpreter) {
        // Training the demo vectors takes a second or two in debug builds: train once per dimension.
        var trained: [Int: Embeddings] = [:]
        interpreter.register(NativeFunction("italianAnimalEmbeddings", parameters: [
            NativeParameter("dimension", .int, default: .int(48)),
        ], returns: .native("Embeddings")) { call in
            let dimension = try call.int(0)
            if let cached = trained[dimension] { return .native(EmbeddingsBox(cached)) }
            let embeddings = try BindingSupport.guarded { try Embeddings.italianAnimals(dimension: dimension) }
            trained[dimension] = embeddings
            return .native(EmbeddingsBox(embeddings))
        })
        let type = NativeType(name: "Embeddings")
        type.addInitializer(parameters: [NativeParameter("words", .array(.string)), NativeParameter("vectors", .array(.array(.double)))]) { call in
            let words = try call.strings(0), vectors = try call.doubleMatrix(1)
            return .native(EmbeddingsBox(try BindingSupport.guarded { try Embeddings(words: words, vectors: vectors) }))
        }
        type.addInitializer(parameters: [
            NativeParameter("corpus", .string), NativeParameter("dimension", .int, default: .int(48)),
            NativeParameter("window", .int, default: .int(2)), NativeParameter("minCount", .int, default: .int(1)),
        ]) { call in
            let corpus = try call.string(0), window = try call.int(2)
            guard window <= 50 else { throw NativeError("Embeddings: window must be at most 50, got \(window)") }
            // Training builds a words × words matrix: bound the vocabulary first.
            let distinct = Set(WordTokenizer.words(in: corpus, lowercased: true)).count
            guard distinct <= 4000 else {
                throw NativeError("Embeddings: the corpus has \(distinct) distinct words; at most 4000 can be trained here")
            }
            return .native(EmbeddingsBox(try BindingSupport.guarded {
                try Embeddings.train(corpus: corpus, dimension: try call.int(1), window: window, minCount: try call.int(3))
            }))
        }
        addEmbeddingMembers(type)
        interpreter.register(type)

        let neighbour = NativeType(name: "Neighbour")
        neighbour.addProperty("word", type: .string) { .string(($0 as? NeighbourBox)?.neighbour.word ?? "") }
        neighbour.addProperty("similarity", type: .double) { .double(($0 as? NeighbourBox)?.neighbour.similarity ?? 0) }
        interpreter.register(neighbour)

        let projection = NativeType(name: "Projection")
        projection.addProperty("words", type: .array(.string)) { .strings(($0 as? ProjectionBox)?.points.map(\.word) ?? []) }
        projection.addProperty("x", type: .array(.double)) { .doubles(($0 as? ProjectionBox)?.points.map(\.x) ?? []) }
        projection.addProperty("y", type: .array(.double)) { .doubles(($0 as? ProjectionBox)?.points.map(\.y) ?? []) }
        interpreter.register(projection)
    }

    private static func neighbours(_ list: [Neighbour]) -> Value {
        .array(list.map { .native(NeighbourBox($0)) })
    }

    private static func addEmbeddingMembers(_ type: NativeType) {
        func embeddings(_ call: NativeCall) throws -> Embeddings { try call.receiver(as: EmbeddingsBox.self).embeddings }
        type.addProperty("words", type: .array(.string)) { .strings(($0 as? EmbeddingsBox)?.embeddings.words ?? []) }
        type.addProperty("dimension", type: .int) { .int(($0 as? EmbeddingsBox)?.embeddings.dimension ?? 0) }
        type.addMethod("vector", parameters: [NativeParameter("for", .string)], returns: .array(.double)) { call in
            let word = try call.string(0), e = try embeddings(call)
            return .doubles(try BindingSupport.guarded { try e.vector(for: word) })
        }
        type.addMethod("contains", parameters: [NativeParameter(nil, .string)], returns: .bool) { call in
            .bool(try embeddings(call).vocabulary.contains(try call.string(0)))
        }
        type.addMethod("similarity", parameters: [NativeParameter(nil, .string), NativeParameter(nil, .string)],
                       returns: .double) { call in
            let first = try call.string(0), second = try call.string(1), e = try embeddings(call)
            return .double(try BindingSupport.guarded { try e.similarity(first, second) })
        }
        let neighbourList = CType.array(.native("Neighbour"))
        type.addMethod("nearest", parameters: [NativeParameter("to", .string), NativeParameter("count", .int, default: .int(5))],
                       returns: neighbourList) { call in
            let word = try call.string(0), count = try call.int(1), e = try embeddings(call)
            return neighbours(try BindingSupport.guarded { try e.nearest(to: word, count: count) })
        }
        type.addMethod("nearest", parameters: [
            NativeParameter("to", .array(.double)), NativeParameter("count", .int, default: .int(5)),
            NativeParameter("excluding", .array(.string), default: .array([])),
        ], returns: neighbourList) { call in
            let vector = try call.doubles(0), count = try call.int(1), excluded = try call.strings(2), e = try embeddings(call)
            return neighbours(try BindingSupport.guarded { try e.nearest(to: vector, count: count, excluding: excluded) })
        }
        type.addMethod("analogy", parameters: [
            NativeParameter(nil, .string), NativeParameter("minus", .string), NativeParameter("plus", .string),
            NativeParameter("count", .int, default: .int(5)),
        ], returns: neighbourList) { call in
            let a = try call.string(0), b = try call.string(1), c = try call.string(2), count = try call.int(3)
            let e = try embeddings(call)
            return neighbours(try BindingSupport.guarded { try e.analogy(a, minus: b, plus: c, count: count) })
        }
        type.addMethod("combination", parameters: [
            NativeParameter("adding", .array(.string)), NativeParameter("subtracting", .array(.string), default: .array([])),
        ], returns: .array(.double)) { call in
            let positive = try call.strings(0), negative = try call.strings(1), e = try embeddings(call)
            return .doubles(try BindingSupport.guarded { try e.combination(adding: positive, subtracting: negative) })
        }
        type.addMethod("projection", parameters: [NativeParameter("of", .array(.string))], returns: .native("Projection")) { call in
            let words = try call.strings(0), e = try embeddings(call)
            return .native(ProjectionBox(try BindingSupport.guarded { try e.projection(of: words) }))
        }
    }

    /// `PCA(fitting: rows, components: 2)`: components, explained variance (and ratios), mean and `transform`.
    private static func pcaType() -> NativeType {
        let type = NativeType(name: "PCA")
        type.addInitializer(parameters: [
            NativeParameter("fitting", .array(.array(.double))), NativeParameter("components", .int, default: .int(2)),
        ]) { call in
            let rows = try call.doubleMatrix(0), count = try call.int(1)
            return .native(PCABox(try BindingSupport.guarded { try PrincipalComponentAnalysis(fitting: rows, components: count) }))
        }
        func pca(_ object: AnyObject) -> PrincipalComponentAnalysis? { (object as? PCABox)?.pca }
        type.addProperty("components", type: .array(.array(.double))) { .doubleMatrix(pca($0)?.components ?? []) }
        type.addProperty("explainedVariance", type: .array(.double)) { .doubles(pca($0)?.explainedVariance ?? []) }
        type.addProperty("explainedVarianceRatio", type: .array(.double)) { .doubles(pca($0)?.explainedVarianceRatio ?? []) }
        type.addProperty("mean", type: .array(.double)) { .doubles(pca($0)?.mean ?? []) }
        type.addMethod("transform", parameters: [NativeParameter(nil, .array(.array(.double)))],
                       returns: .array(.array(.double))) { call in
            let rows = try call.doubleMatrix(0), fitted = try call.receiver(as: PCABox.self).pca
            return .doubleMatrix(try BindingSupport.guarded { try fitted.transform(rows) })
        }
        return type
    }

    private static func registerVectorFunctions(in interpreter: Interpreter) {
        let pair = [NativeParameter(nil, .array(.double)), NativeParameter(nil, .array(.double))]
        interpreter.register(NativeFunction("cosineSimilarity", parameters: pair, returns: .double) { call in
            let a = try call.doubles(0), b = try call.doubles(1)
            return .double(try BindingSupport.guarded { try cosineSimilarity(a, b) })
        })
        interpreter.register(NativeFunction("dot", parameters: pair, returns: .double) { call in
            let a = try call.doubles(0), b = try call.doubles(1)
            return .double(try BindingSupport.guarded { try dot(a, b) })
        })
        let arithmetic: [(String, ([Double], [Double]) throws -> [Double])] = [("add", { try add($0, $1) }), ("subtract", { try subtract($0, $1) })]
        for (name, operation) in arithmetic {
            interpreter.register(NativeFunction(name, parameters: pair, returns: .array(.double)) { call in
                let a = try call.doubles(0), b = try call.doubles(1)
                return .doubles(try BindingSupport.guarded { try operation(a, b) })
            })
        }
        interpreter.register(NativeFunction("scale", parameters: [NativeParameter(nil, .array(.double)), NativeParameter("by", .double)],
                                            returns: .array(.double)) { call in
            .doubles(scale(try call.doubles(0), by: try call.double(1)))
        })
        interpreter.register(NativeFunction("norm", parameters: [NativeParameter(nil, .array(.double))], returns: .double) { call in
            .double(norm(try call.doubles(0)))
        })
        interpreter.register(NativeFunction("normalized", parameters: [NativeParameter(nil, .array(.double))],
                                            returns: .array(.double)) { call in
            let vector = try call.doubles(0)
            return .doubles(try BindingSupport.guarded { try normalized(vector) })
        })
    }

    // MARK: Language model and sampling

    private static func ngramType() -> NativeType {
        let type = NativeType(name: "CharacterNGramModel")
        type.addInitializer(parameters: [
            NativeParameter("training", .string), NativeParameter("order", .int, default: .int(2)),
            NativeParameter("smoothing", .double, default: .double(1)),
        ]) { call in
            let order = try call.int(1)
            guard order <= 20 else { throw NativeError("CharacterNGramModel: order must be at most 20, got \(order)") }
            return .native(NGramBox(try BindingSupport.guarded {
                try CharacterNGramModel(training: try call.string(0), order: order, smoothing: try call.double(2))
            }))
        }
        func model(_ call: NativeCall) throws -> CharacterNGramModel { try call.receiver(as: NGramBox.self).model }
        type.addProperty("alphabet", type: .array(.string)) { .strings(($0 as? NGramBox)?.model.alphabet ?? []) }
        type.addProperty("order", type: .int) { .int(($0 as? NGramBox)?.model.order ?? 0) }
        type.addMethod("count", parameters: [NativeParameter("of", .string), NativeParameter("after", .string)], returns: .int) { call in
            .int(try model(call).count(of: try call.string(0), after: try call.string(1)))
        }
        type.addMethod("probabilities", parameters: [NativeParameter("after", .string)], returns: .array(.double)) { call in
            let context = try call.string(0), m = try model(call)
            return .doubles(try BindingSupport.guarded { try m.probabilities(after: context) })
        }
        type.addMethod("probability", parameters: [NativeParameter("of", .string), NativeParameter("after", .string)],
                       returns: .double) { call in
            let character = try call.string(0), context = try call.string(1), m = try model(call)
            return .double(try BindingSupport.guarded { try m.probability(of: character, after: context) })
        }
        type.addMethod("averageNegativeLogLikelihood", parameters: [NativeParameter("of", .string)], returns: .double) { call in
            let text = try call.string(0), m = try model(call)
            return .double(try BindingSupport.guarded { try m.averageNegativeLogLikelihood(of: text) })
        }
        for source in ["seed", "using"] {
            type.addMethod("sample", parameters: [
                NativeParameter("length", .int), NativeParameter("prompt", .string, default: .string("")),
                source == "seed" ? NativeParameter("seed", .int, default: .int(0)) : NativeParameter("using", .native("Random")),
            ], returns: .string) { call in
                let length = try call.int(0), prompt = try call.string(1), m = try model(call)
                try BindingSupport.checkCount(length, "sample")
                let box = source == "seed" ? RandomBindings.RandomBox(seed: try BindingSupport.seed(try call.int(2)))
                    : try RandomBindings.box(call, 2)
                return .string(try BindingSupport.guarded { try m.sample(length: length, prompt: prompt, using: &box.random) })
            }
        }
        return type
    }

    private static func distributionType() -> NativeType {
        let type = NativeType(name: "TokenDistribution")
        type.addInitializer(parameters: [
            NativeParameter("logits", .array(.double)), NativeParameter("temperature", .double, default: .double(1)),
            NativeParameter("topK", .int, default: .int(0)), NativeParameter("topP", .double, default: .double(1)),
        ]) { call in
            let logits = try call.doubles(0), temperature = try call.double(1), topK = try call.int(2), topP = try call.double(3)
            guard topK >= 0 else { throw NativeError("topK must be at least 1 (or 0 for no limit), got \(topK)") }
            return .native(DistributionBox(try BindingSupport.guarded {
                try TokenDistribution(logits: logits, temperature: temperature, topK: topK == 0 ? nil : topK,
                                      topP: topP == 1 ? nil : topP)
            }))
        }
        func distribution(_ object: AnyObject) -> TokenDistribution? { (object as? DistributionBox)?.distribution }
        type.addProperty("tokens", type: .array(.int)) { .ints(distribution($0)?.tokens ?? []) }
        type.addProperty("probabilities", type: .array(.double)) { .doubles(distribution($0)?.probabilities ?? []) }
        type.addProperty("mostLikely", type: .int) { .int(distribution($0)?.mostLikely ?? 0) }
        type.addProperty("vocabularySize", type: .int) { .int(distribution($0)?.vocabularySize ?? 0) }
        type.addMethod("probability", parameters: [NativeParameter("of", .int)], returns: .double) { call in
            .double(try call.receiver(as: DistributionBox.self).distribution.probability(of: try call.int(0)))
        }
        for source in ["seed", "using"] {
            type.addMethod("sample", parameters: [
                source == "seed" ? NativeParameter("seed", .int, default: .int(0)) : NativeParameter("using", .native("Random")),
            ], returns: .int) { call in
                let d = try call.receiver(as: DistributionBox.self).distribution
                let box = source == "seed" ? RandomBindings.RandomBox(seed: try BindingSupport.seed(try call.int(0)))
                    : try RandomBindings.box(call, 0)
                return .int(try BindingSupport.guarded { try d.sample(using: &box.random) })
            }
        }
        return type
    }
}
