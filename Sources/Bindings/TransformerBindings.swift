import CellLanguage
import NeuralNetworks
import SeededRandom
import Tensors
import Transformer

/// Attention, positional encodings, transformer layers, a trainable character GPT (`GPTBindings`), a bigram
/// baseline and mixture-of-experts routing, for cells.
///
/// ```swift
/// let gpt = GPT(text: corpus, layers: 2, heads: 4, dimension: 32, contextLength: 32, seed: 0)
/// let losses = gpt.train(text: corpus, steps: 300, batchSize: 16, every: 100)  // prints "step 100/300: loss …"
/// print(gpt.generate(prompt: "Il gatto", count: 40, temperature: 0.8, topK: 5, seed: 1))
/// ```
enum TransformerBindings {
    static func install(_ bind: ModuleBinder, messages: CellMessages = CellMessages(languageTag: nil)) {
        registerFunctions(bind)
        addLayers(bind)
        bind.constants(TrainingPrecision.self, doc: "The floating-point precision of GPT training.")
        GPTBindings.install(bind, messages: messages)
        addBigram(bind)
        let attention = bind.type(AttentionResult.self, doc: "What `attention(query:key:value:causal:)` computed.")
        attention.property("output", doc: "The weighted sum of the values.") { $0.output }
        attention.property("weights", doc: "The attention weights (each row sums to 1).") { $0.weights }
        let beam = bind.type(BeamSearchOutcome.self, doc: "The best sequence a beam search found.")
        beam.property("tokens", doc: "Its token ids, prompt included.") { $0.tokens }
        beam.property("text", doc: "Its text (empty for a GPT on token ids).") { $0.text }
        beam.property("logProbability", doc: "The sum of the log probabilities of the generated tokens.") { $0.logProbability }
    }

    // MARK: Functions

    private static func registerFunctions(_ bind: ModuleBinder) {
        bind.function("positionalEncoding", Param<Int>("positions"), Param<Int>("dimension"),
                      doc: "The sinusoidal positional encodings, one row per position.") { positions, dimension in
            try BindingSupport.checkedCount([positions, dimension], "positionalEncoding")
            return try PositionalEncoding.sinusoidal(length: positions, dimension: dimension).array2D()
        }
        bind.function("causalMask", Param<Int>("queries"), Param<Int>("keys"), doc: "0 where a query may look, -infinity after it.") {
            queries, keys in
            try BindingSupport.checkedCount([queries, keys], "causalMask")
            return try Attention.causalMask(queries: queries, keys: keys)
        }
        let causal = Param("causal", default: false)
        bind.function("attention", Param<Tensor>("query"), Param<Tensor>("key"), Param<Tensor>("value"), causal,
                      doc: "Scaled dot-product attention.") { try attention($0, $1, $2, causal: $3) }
        bind.function("attention", Param<[[Double]]>("query"), Param<[[Double]]>("key"), Param<[[Double]]>("value"), causal,
                      doc: "Scaled dot-product attention on matrices.") {
            try attention(try matrix($0), try matrix($1), try matrix($2), causal: $3)
        }
        bind.function("layerNorm", Param<[Double]>(), Param("epsilon", default: 1e-5), doc: "A vector normalized to mean 0 and variance 1.") {
            values, epsilon in
            try BindingSupport.checkCount(values.count, "layerNorm")
            guard !values.isEmpty else { throw NativeError("layerNorm: the vector is empty") }
            return try LayerNorm(dimension: values.count, epsilon: epsilon).forward(Tensor(values)).scalars
        }
    }

    private static func attention(_ q: Tensor, _ k: Tensor, _ v: Tensor, causal: Bool) throws -> AttentionResult {
        if q.rank >= 2, k.rank >= 2 {
            let batch = q.count / max(q.shape[q.rank - 2] * q.shape[q.rank - 1], 1)
            try BindingSupport.checkedCount([batch, q.shape[q.rank - 2], k.shape[k.rank - 2]], "attention")
        }
        let (output, weights) = try Attention.scaledDotProduct(query: q, key: k, value: v, causal: causal)
        return AttentionResult(output: output, weights: weights)
    }

    /// A `[[Double]]` argument of `attention` as a tensor.
    private static func matrix(_ rows: [[Double]]) throws -> Tensor {
        let rows = try BindingSupport.rectangular(rows, "attention")
        try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, "attention")
        return try Tensor(rows)
    }

    // MARK: Layers

    private static func addLayers(_ bind: ModuleBinder) {
        let seed = Param("seed", default: 0)
        let attention = bind.type(MultiHeadAttention.self, doc: "Multi-head self-attention.")
        LayerParameterBindings.addParameterMembers(attention, properties: LayerParameterBindings.properties(ofLayer: "MultiHeadAttention")) { $0 }
        attention.initializer(Param<Int>("dimension"), Param<Int>("heads"), Param("causal", default: true), seed,
                              doc: "Attention with random weights.") { dimension, heads, causal, seed in
            try bounded("MultiHeadAttention", dimension: dimension)
            var random = Random(seed: try BindingSupport.seed(seed))
            return try MultiHeadAttention(dimension: dimension, heads: heads, causal: causal, random: &random)
        }
        addLayerMembers(attention)
        attention.property("lastWeights", doc: "The (B, heads, T, T) weights of the last forward pass.") { $0.lastWeights }
        attention.method("weights", Param("head", default: 0), doc: "One head's (T, T) weights of the last forward pass.") {
            layer, head in
            guard let weights = layer.lastWeights else { throw NativeError("weights: call forward first") }
            guard head >= 0, head < weights.shape[1] else {
                throw NativeError("weights: head \(head) is outside 0..<\(weights.shape[1])")
            }
            return try weights[0][head].array2D()  // (T, T)
        }
        let norm = bind.type(LayerNorm.self, doc: "Layer normalization with a learned scale and shift.")
        LayerParameterBindings.addParameterMembers(norm, properties: LayerParameterBindings.properties(ofLayer: "LayerNorm")) { $0 }
        norm.initializer(Param<Int>("dimension"), Param("epsilon", default: 1e-5), seed, doc: "A layer norm (scale 1, shift 0).") {
            dimension, epsilon, _ in
            try bounded("LayerNorm", dimension: dimension)
            return try LayerNorm(dimension: dimension, epsilon: epsilon)
        }
        addLayerMembers(norm)
        let feedForward = bind.type(FeedForward.self, doc: "The position-wise two-layer network of a transformer block.")
        LayerParameterBindings.addParameterMembers(feedForward, properties: LayerParameterBindings.properties(ofLayer: "FeedForward")) { $0 }
        feedForward.initializer(Param<Int>("dimension"), Param("hiddenSize", default: 0), seed,
                                doc: "A feed-forward layer (`hiddenSize: 0` is 4 · dimension).") { dimension, hidden, seed in
            try bounded("FeedForward", dimension: dimension, hidden: hidden)
            var random = Random(seed: try BindingSupport.seed(seed))
            return try FeedForward(dimension: dimension, hiddenSize: hidden == 0 ? nil : hidden, random: &random)
        }
        addLayerMembers(feedForward)
        addMixtureOfExperts(bind)
    }

    private static func addMixtureOfExperts(_ bind: ModuleBinder) {
        let experts = bind.type(MixtureOfExperts.self, doc: "Feed-forward experts with a router picking a few per token.")
        LayerParameterBindings.addParameterMembers(experts, properties: LayerParameterBindings.properties(ofLayer: "MixtureOfExperts")) { $0 }
        experts.initializer(Param<Int>("dimension"), Param("experts", default: 8), Param("active", default: 2),
                            Param("hiddenSize", default: 0), Param("seed", default: 0),
                            doc: "A mixture of experts (`hiddenSize: 0` is 2 · dimension).") { dimension, count, active, hidden, seed in
            try bounded("MixtureOfExperts", dimension: dimension, experts: count, hidden: hidden)
            var random = Random(seed: try BindingSupport.seed(seed))
            return try MixtureOfExperts(dimension: dimension, experts: count, active: active,
                                        hiddenSize: hidden == 0 ? nil : hidden, random: &random)
        }
        addLayerMembers(experts)
        experts.property("lastExpertIndices", doc: "The experts chosen for each token in the last forward pass.") {
            $0.lastExpertIndices
        }
        experts.property("lastExpertWeights", doc: "Their weights.") { $0.lastExpertWeights }
        experts.property("experts", doc: "The number of experts.") { $0.experts.count }
        experts.property("active", doc: "The experts used per token.") { $0.active }
    }

    /// Bounds a layer's weights before they are allocated: 4·C² for attention, 2·C·hidden per feed-forward expert.
    private static func bounded(_ name: String, dimension: Int, experts: Int = 1, hidden: Int = 0) throws {
        let dimension = max(dimension, 0), hidden = max(max(hidden, 0), 4 * dimension)
        try BindingSupport.checkedCount([dimension, dimension, 4], name)
        try BindingSupport.checkedCount([max(experts, 1), dimension, hidden, 2], name)
    }

    /// `forward` on tensors and on `[[Double]]` (one sequence of token vectors), and `parameterCount`.
    private static func addLayerMembers<L: CellLayer>(_ type: TypeBinder<L>) {
        type.property("parameterCount", doc: "The number of weights.") { $0.parameters.reduce(0) { $0 + $1.count } }
        type.forward(Param<Tensor>(), doc: "The layer applied to a tensor, recording gradients.") { try $0.forward($1) }
        type.forward(Param<[[Double]]>(), doc: "The layer applied to one sequence of token vectors (T, C).") { layer, rows in
            let rows = try BindingSupport.rectangular(rows, L.cellTypeName)
            try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, L.cellTypeName)
            let input = try Tensor(rows)  // (T, C)
            let sequence = layer is MultiHeadAttention ? try input.reshaped([1] + input.shape) : input  // (1, T, C)
            return try Tensor.withoutGradients { try layer.forward(sequence) }.reshaped(input.shape).array2D()
        }
    }

    // MARK: Bigram baseline

    private static func addBigram(_ bind: ModuleBinder) {
        let type = bind.type(TextBigram.self, doc: "Next-token probabilities from counts of adjacent pairs.")
        let smoothing = Param<Double>("smoothing", default: 1)
        // `alphabet:` adds characters the model must know without counting them (e.g. the whole text's, when the
        // model is fitted on a training split and measured on a held-out one).
        type.initializer(Param<String>("text"), Param("alphabet", default: ""), smoothing,
                         doc: "A model of a text's characters (`alphabet:` adds characters to know).") { text, alphabet, smoothing in
            let vocabulary = CharacterVocabulary(text: alphabet + text)
            let model = try BigramModel(tokens: try vocabulary.encode(text), vocabularySize: vocabulary.size, smoothing: smoothing)
            return TextBigram(model: model, vocabulary: vocabulary)
        }
        type.initializer(Param<[Int]>("tokens"), Param<Int>("vocabularySize"), smoothing, doc: "A model of token ids.") {
            TextBigram(model: try BigramModel(tokens: $0, vocabularySize: $1, smoothing: $2), vocabulary: nil)
        }
        type.property("vocabularySize", doc: "The number of tokens.") { $0.model.vocabularySize }
        type.property("vocabulary", doc: "The characters, for a model of text.") {
            $0.vocabulary?.characters.map(String.init) ?? []
        }
        type.method("probabilities", Param<Int>("after"), doc: "The next token's distribution after a token.") { bigram, token in
            let model = bigram.model
            guard token >= 0, token < model.vocabularySize else { throw NativeError("token \(token) is outside 0..<\(model.vocabularySize)") }
            return model.probabilities(after: token)
        }
        type.method("probabilities", Param<String>("after"), doc: "The next character's distribution after a text.") { bigram, text in
            guard let last = try characters(bigram).encode(text).last else { throw NativeError("probabilities: the context is empty") }
            return bigram.model.probabilities(after: last)
        }
        type.method("crossEntropy", Param<[Int]>(), doc: "The mean −log probability of token ids.") { try $0.model.crossEntropy($1) }
        type.method("crossEntropy", Param<String>("text"), doc: "The mean −log probability of a text.") {
            try $0.model.crossEntropy(try characters($0).encode($1))
        }
        type.method("generate", Param<String>("prompt"), Param<Int>("count"), Param("seed", default: 0),
                    doc: "The prompt followed by `count` sampled characters.") { bigram, prompt, count, seed in
            let vocabulary = try characters(bigram)
            guard count >= 0, count <= 100_000 else { throw NativeError("generate: count must be in 0...100000, got \(count)") }
            var tokens = try vocabulary.encode(prompt)
            guard !tokens.isEmpty else { throw NativeError("generate: the prompt is empty") }
            var random = Random(seed: try BindingSupport.seed(seed))
            for _ in 0..<count {
                tokens.append(try random.choice(weights: bigram.model.probabilities(after: tokens[tokens.count - 1])))
            }
            return try vocabulary.decode(tokens)
        }
    }

    private static func characters(_ bigram: TextBigram) throws -> CharacterVocabulary {
        guard let vocabulary = bigram.vocabulary else { throw NativeError("this BigramModel was built from token ids, not text") }
        return vocabulary
    }
}
