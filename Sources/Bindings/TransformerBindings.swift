import CellLanguage
import NeuralNetworks
import SeededRandom
import Tensors
import Transformer

/// Attention, positional encodings, transformer layers, a trainable character GPT, a bigram baseline and
/// mixture-of-experts routing, for cells.
///
/// ```swift
/// let gpt = GPT(text: corpus, layers: 2, heads: 4, dimension: 32, contextLength: 32, seed: 0)
/// let losses = gpt.train(text: corpus, steps: 300, batchSize: 16, every: 100)  // prints "step 100/300: loss …"
/// print(gpt.generate(prompt: "Il gatto", count: 40, temperature: 0.8, topK: 5, seed: 1))
/// ```
enum TransformerBindings {
    static let tensor = TensorBindings.tensor

    /// A GPT with, when built from text, its character vocabulary and, once trained, its trainer.
    final class GPTBox: CustomStringConvertible {
        let model: GPT
        let vocabulary: CharacterVocabulary?
        var trainer: GPTTrainer?
        init(_ model: GPT, vocabulary: CharacterVocabulary?) {
            self.model = model
            self.vocabulary = vocabulary
        }
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

    /// A bigram model with, when built from text, its character vocabulary.
    final class BigramBox: CustomStringConvertible {
        let model: BigramModel
        let vocabulary: CharacterVocabulary?
        init(_ model: BigramModel, vocabulary: CharacterVocabulary?) {
            self.model = model
            self.vocabulary = vocabulary
        }
        var description: String { "BigramModel(vocabularySize: \(model.vocabularySize))" }
    }

    /// Any parameterised layer: attention, layer norm or mixture of experts.
    final class LayerBox: CustomStringConvertible {
        let layer: any Layer
        let name: String
        init(_ layer: any Layer, name: String) {
            self.layer = layer
            self.name = name
        }
        var description: String { "\(name)(\(layer.parameters.reduce(0) { $0 + $1.count }) parameters)" }
    }

    /// The output and attention weights of one attention call.
    final class AttentionBox: CustomStringConvertible {
        let output: Tensor
        let weights: Tensor
        init(output: Tensor, weights: Tensor) {
            self.output = output
            self.weights = weights
        }
        var description: String { "Attention(output: \(output), weights: \(weights))" }
    }

    /// The best sequence a beam search found.
    final class BeamBox: CustomStringConvertible {
        let tokens: [Int]
        let text: String
        let logProbability: Double
        init(tokens: [Int], text: String, logProbability: Double) {
            self.tokens = tokens
            self.text = text
            self.logProbability = logProbability
        }
        var description: String { "BeamSearchResult(\(text.isEmpty ? tokens.description : text.debugDescription), logProbability: \(logProbability))" }
    }

    static func install(in interpreter: Interpreter, messages: CellMessages = CellMessages(languageTag: nil)) {
        registerFunctions(in: interpreter)
        interpreter.register(layerType("MultiHeadAttention", [
            NativeParameter("dimension", .int), NativeParameter("heads", .int), NativeParameter("causal", .bool, default: .bool(true)),
        ]) { call, random in
            try MultiHeadAttention(dimension: try call.int(0), heads: try call.int(1), causal: try call.bool(2), random: &random)
        })
        interpreter.register(layerType("LayerNorm", [
            NativeParameter("dimension", .int), NativeParameter("epsilon", .double, default: .double(1e-5)),
        ]) { call, _ in try LayerNorm(dimension: try call.int(0), epsilon: try call.double(1)) })
        interpreter.register(layerType("FeedForward", [
            NativeParameter("dimension", .int), NativeParameter("hiddenSize", .int, default: .int(0)),
        ]) { call, random in
            let hidden = try call.int(1)
            return try FeedForward(dimension: try call.int(0), hiddenSize: hidden == 0 ? nil : hidden, random: &random)
        })
        interpreter.register(layerType("MixtureOfExperts", [
            NativeParameter("dimension", .int), NativeParameter("experts", .int, default: .int(8)),
            NativeParameter("active", .int, default: .int(2)), NativeParameter("hiddenSize", .int, default: .int(0)),
        ]) { call, random in
            let hidden = try call.int(3)
            return try MixtureOfExperts(dimension: try call.int(0), experts: try call.int(1), active: try call.int(2),
                                        hiddenSize: hidden == 0 ? nil : hidden, random: &random)
        })
        interpreter.registerConstants("Precision", cases: TrainingPrecision.allCases.map(\.rawValue))
        interpreter.register(gptType(messages))
        interpreter.register(bigramType())
        let attention = NativeType(name: "AttentionResult")
        attention.addProperty("output", type: tensor) { .native(try attentionBox($0).output) }
        attention.addProperty("weights", type: tensor) { .native(try attentionBox($0).weights) }
        interpreter.register(attention)
        let beam = NativeType(name: "BeamSearchResult")
        beam.addProperty("tokens", type: .array(.int)) { .ints(($0 as? BeamBox)?.tokens ?? []) }
        beam.addProperty("text", type: .string) { .string(($0 as? BeamBox)?.text ?? "") }
        beam.addProperty("logProbability", type: .double) { .double(($0 as? BeamBox)?.logProbability ?? 0) }
        interpreter.register(beam)
    }

    private static func attentionBox(_ object: AnyObject) throws -> AttentionBox {
        guard let box = object as? AttentionBox else { throw NativeError("internal error: not an attention result") }
        return box
    }

    // MARK: Functions

    private static func registerFunctions(in interpreter: Interpreter) {
        interpreter.register(NativeFunction("positionalEncoding", parameters: [
            NativeParameter("positions", .int), NativeParameter("dimension", .int),
        ], returns: .array(.array(.double))) { call in
            let positions = try call.int(0), dimension = try call.int(1)
            try BindingSupport.checkedCount([positions, dimension], "positionalEncoding")
            return .doubleMatrix(try BindingSupport.guarded {
                try PositionalEncoding.sinusoidal(length: positions, dimension: dimension).array2D()
            })
        })
        interpreter.register(NativeFunction("causalMask", parameters: [
            NativeParameter("queries", .int), NativeParameter("keys", .int),
        ], returns: tensor) { call in
            let queries = try call.int(0), keys = try call.int(1)
            try BindingSupport.checkedCount([queries, keys], "causalMask")
            return try TensorBindings.result { try Attention.causalMask(queries: queries, keys: keys) }
        })
        for inputType in [tensor, .array(.array(.double))] {
            interpreter.register(NativeFunction("attention", parameters: [
                NativeParameter("query", inputType), NativeParameter("key", inputType), NativeParameter("value", inputType),
                NativeParameter("causal", .bool, default: .bool(false)),
            ], returns: .native("AttentionResult")) { call in
                let q = try tensorArgument(call, 0), k = try tensorArgument(call, 1), v = try tensorArgument(call, 2)
                if q.rank >= 2, k.rank >= 2 {
                    let batch = q.count / max(q.shape[q.rank - 2] * q.shape[q.rank - 1], 1)
                    try BindingSupport.checkedCount([batch, q.shape[q.rank - 2], k.shape[k.rank - 2]], "attention")
                }
                let causal = try call.bool(3)
                let (output, weights) = try BindingSupport.guarded {
                    try Attention.scaledDotProduct(query: q, key: k, value: v, causal: causal)
                }
                return .native(AttentionBox(output: output, weights: weights))
            })
        }
        interpreter.register(NativeFunction("layerNorm", parameters: [
            NativeParameter(nil, .array(.double)), NativeParameter("epsilon", .double, default: .double(1e-5)),
        ], returns: .array(.double)) { call in
            let values = try call.doubles(0), epsilon = try call.double(1)
            try BindingSupport.checkCount(values.count, "layerNorm")
            guard !values.isEmpty else { throw NativeError("layerNorm: the vector is empty") }
            return .doubles(try BindingSupport.guarded {
                try LayerNorm(dimension: values.count, epsilon: epsilon).forward(Tensor(values)).scalars
            })
        })
    }

    /// The argument at `index` as a tensor: a `Tensor`, or a `[[Double]]` matrix converted to one.
    private static func tensorArgument(_ call: NativeCall, _ index: Int) throws -> Tensor {
        if case .native = try call.argument(index) { return try TensorBindings.argument(call, index) }
        let rows = try BindingSupport.rectangular(try call.doubleMatrix(index), "attention")
        try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, "attention")
        return try BindingSupport.guarded { try Tensor(rows) }
    }

    // MARK: Layers

    /// A layer type with an initializer taking `parameters` plus `seed:`, `forward` on tensors and on
    /// `[[Double]]` (one sequence of token vectors), and its inspection properties.
    private static func layerType(_ name: String, _ parameters: [NativeParameter],
                                  make: @escaping (NativeCall, inout Random) throws -> any Layer) -> NativeType {
        let type = NativeType(name: name)
        type.addInitializer(parameters: parameters + [NativeParameter("seed", .int, default: .int(0))]) { call in
            // Bound the weights before allocating: 4·C² for attention, 2·C·hidden per feed-forward expert.
            func size(_ label: String, _ fallback: Int) throws -> Int {
                guard let index = parameters.firstIndex(where: { $0.label == label }) else { return fallback }
                return max(try call.int(index), 0)
            }
            let dimension = try size("dimension", 0), experts = try size("experts", 1)
            let hidden = max(try size("hiddenSize", 0), 4 * dimension)
            try BindingSupport.checkedCount([dimension, dimension, 4], name)
            try BindingSupport.checkedCount([max(experts, 1), dimension, hidden, 2], name)
            var random = Random(seed: try BindingSupport.seed(try call.int(parameters.count)))
            let layer = try BindingSupport.guarded { try make(call, &random) }
            return .native(LayerBox(layer, name: name))
        }
        func layer(_ call: NativeCall) throws -> any Layer { try call.receiver(as: LayerBox.self).layer }
        LayerParameterBindings.addParameterMembers(to: type, properties: LayerParameterBindings.properties(ofLayer: name))
        type.addProperty("parameterCount", type: .int) { object in
            .int(((object as? LayerBox)?.layer.parameters ?? []).reduce(0) { $0 + $1.count })
        }
        type.addMethod("forward", parameters: [NativeParameter(nil, tensor)], returns: tensor) { call in
            let input = try TensorBindings.argument(call, 0), layer = try layer(call)
            return try TensorBindings.result { try layer.forward(input) }
        }
        type.addMethod("forward", parameters: [NativeParameter(nil, .array(.array(.double)))], returns: .array(.array(.double))) { call in
            let rows = try BindingSupport.rectangular(try call.doubleMatrix(0), name)
            try BindingSupport.checkCount(rows.reduce(0) { $0 + $1.count }, name)
            let layer = try layer(call)
            return .doubleMatrix(try BindingSupport.guarded {
                let input = try Tensor(rows)  // (T, C)
                let sequence = layer is MultiHeadAttention ? try input.reshaped([1] + input.shape) : input  // (1, T, C)
                return try Tensor.withoutGradients { try layer.forward(sequence) }.reshaped(input.shape).array2D()
            })
        }
        switch name {
        case "MultiHeadAttention":
            type.addProperty("lastWeights", type: .optional(tensor)) { object in
                .optional(((object as? LayerBox)?.layer as? MultiHeadAttention)?.lastWeights.map { .native($0) })
            }
            type.addMethod("weights", parameters: [NativeParameter("head", .int, default: .int(0))],
                           returns: .array(.array(.double))) { call in
                guard let weights = (try layer(call) as? MultiHeadAttention)?.lastWeights else {
                    throw NativeError("weights: call forward first")
                }
                let head = try call.int(0)
                guard head >= 0, head < weights.shape[1] else {
                    throw NativeError("weights: head \(head) is outside 0..<\(weights.shape[1])")
                }
                return .doubleMatrix(try BindingSupport.guarded { try weights[0][head].array2D() })  // (T, T)
            }
        case "MixtureOfExperts":
            type.addProperty("lastExpertIndices", type: .array(.array(.int))) { object in
                .array((((object as? LayerBox)?.layer as? MixtureOfExperts)?.lastExpertIndices ?? []).map { .ints($0) })
            }
            type.addProperty("lastExpertWeights", type: .array(.array(.double))) { object in
                .doubleMatrix(((object as? LayerBox)?.layer as? MixtureOfExperts)?.lastExpertWeights ?? [])
            }
            type.addProperty("experts", type: .int) { .int((($0 as? LayerBox)?.layer as? MixtureOfExperts)?.experts.count ?? 0) }
            type.addProperty("active", type: .int) { .int((($0 as? LayerBox)?.layer as? MixtureOfExperts)?.active ?? 0) }
        default:
            break
        }
        return type
    }

    // MARK: GPT

    private static func gptType(_ messages: CellMessages) -> NativeType {
        let type = NativeType(name: "GPT")
        let shape = [
            NativeParameter("layers", .int, default: .int(2)), NativeParameter("heads", .int, default: .int(4)),
            NativeParameter("dimension", .int, default: .int(64)), NativeParameter("contextLength", .int, default: .int(64)),
            NativeParameter("experts", .int, default: .int(0)), NativeParameter("activeExperts", .int, default: .int(2)),
            NativeParameter("seed", .int, default: .int(0)),
        ]
        type.addInitializer(parameters: [NativeParameter("vocabularySize", .int)] + shape) { call in
            try makeGPT(call, vocabularySize: try call.int(0), vocabulary: nil)
        }
        type.addInitializer(parameters: [NativeParameter("text", .string)] + shape) { call in
            let vocabulary = CharacterVocabulary(text: try call.string(0))
            guard vocabulary.size > 0 else { throw NativeError("GPT: the text is empty") }
            return try makeGPT(call, vocabularySize: vocabulary.size, vocabulary: vocabulary)
        }
        func gpt(_ call: NativeCall) throws -> GPTBox { try call.receiver(as: GPTBox.self) }
        LayerParameterBindings.addParameterMembers(to: type, properties: ["tokenEmbedding", "positionEmbedding"])
        func configuration(_ object: AnyObject) -> GPTConfiguration? { (object as? GPTBox)?.model.configuration }
        type.addProperty("parameterCount", type: .int) { .int(($0 as? GPTBox)?.model.parameterCount ?? 0) }
        type.addProperty("vocabularySize", type: .int) { .int(configuration($0)?.vocabularySize ?? 0) }
        type.addProperty("contextLength", type: .int) { .int(configuration($0)?.contextLength ?? 0) }
        type.addProperty("dimension", type: .int) { .int(configuration($0)?.dimension ?? 0) }
        type.addProperty("layers", type: .int) { .int(configuration($0)?.layers ?? 0) }
        type.addProperty("heads", type: .int) { .int(configuration($0)?.heads ?? 0) }
        type.addProperty("step", type: .int) { .int(($0 as? GPTBox)?.trainer?.step ?? 0) }
        type.addProperty("vocabulary", type: .array(.string)) { .strings(($0 as? GPTBox)?.vocabulary?.characters.map(String.init) ?? []) }
        type.addMethod("encode", parameters: [NativeParameter(nil, .string)], returns: .array(.int)) { call in
            let text = try call.string(0), vocabulary = try gpt(call).characters()
            return .ints(try BindingSupport.guarded { try vocabulary.encode(text) })
        }
        type.addMethod("decode", parameters: [NativeParameter(nil, .array(.int))], returns: .string) { call in
            let tokens = try call.ints(0), vocabulary = try gpt(call).characters()
            return .string(try BindingSupport.guarded { try vocabulary.decode(tokens) })
        }
        let training = [
            NativeParameter("steps", .int), NativeParameter("batchSize", .int, default: .int(16)),
            NativeParameter("learningRate", .double, default: .double(3e-3)), NativeParameter("every", .int, default: .int(0)),
            NativeParameter("seed", .int, default: .int(0)),
            NativeParameter("precision", .constants("Precision"), default: .constant("Precision", "double")),
        ]
        type.addMethod("train", parameters: [NativeParameter("text", .string)] + training, returns: .array(.double)) { call in
            let box = try gpt(call), text = try call.string(0)
            let tokens = try BindingSupport.guarded { try box.characters().encode(text) }
            return try train(box, tokens: tokens, call, messages)
        }
        type.addMethod("train", parameters: [NativeParameter("tokens", .array(.int))] + training, returns: .array(.double)) { call in
            try train(try gpt(call), tokens: try call.ints(0), call, messages)
        }
        for label in ["count", "length"] {
            type.addMethod("generate", parameters: [NativeParameter("prompt", .string)] + sampling(label), returns: .string) { call in
                let box = try gpt(call), vocabulary = try box.characters()
                let prompt = try BindingSupport.guarded { try vocabulary.encode(try call.string(0)) }
                let tokens = try generate(box.model, prompt: prompt, call)
                return .string(try BindingSupport.guarded { try vocabulary.decode(tokens) })
            }
        }
        type.addMethod("generate", parameters: [NativeParameter("prompt", .array(.int))] + sampling("count"), returns: .array(.int)) { call in
            .ints(try generate(try gpt(call).model, prompt: try call.ints(0), call))
        }
        for promptType in [CType.string, .array(.int)] {
            type.addMethod("beamSearch", parameters: [
                NativeParameter("prompt", promptType), NativeParameter("count", .int), NativeParameter("beamWidth", .int, default: .int(3)),
            ], returns: .native("BeamSearchResult")) { call in
                let box = try gpt(call), count = try call.int(1), width = try call.int(2)
                guard count <= 10_000, width <= 100 else { throw NativeError("beamSearch: count must be ≤ 10000 and beamWidth ≤ 100") }
                let prompt = promptType == .string ? try BindingSupport.guarded { try box.characters().encode(try call.string(0)) }
                    : try call.ints(0)
                let best = try BindingSupport.guarded { try box.model.beamSearch(prompt: prompt, count: count, beamWidth: width) }
                let text = promptType == .string ? try BindingSupport.guarded { try box.characters().decode(best.tokens) } : ""
                return .native(BeamBox(tokens: best.tokens, text: text, logProbability: best.logProbability))
            }
            type.addMethod("nextTokenProbabilities", parameters: [
                NativeParameter("after", promptType), NativeParameter("temperature", .double, default: .double(1)),
            ], returns: .array(.double)) { call in
                let box = try gpt(call), temperature = try call.double(1)
                let context = promptType == .string ? try BindingSupport.guarded { try box.characters().encode(try call.string(0)) }
                    : try call.ints(0)
                return .doubles(try BindingSupport.guarded { try box.model.nextTokenProbabilities(after: context, temperature: temperature) })
            }
        }
        type.addMethod("evaluate", parameters: [NativeParameter("text", .string)], returns: .double) { call in
            let box = try gpt(call), text = try call.string(0)
            return .double(try BindingSupport.guarded { try box.model.evaluate(tokens: try box.characters().encode(text)) })
        }
        type.addMethod("evaluate", parameters: [NativeParameter("tokens", .array(.int))], returns: .double) { call in
            let box = try gpt(call), tokens = try call.ints(0)
            return .double(try BindingSupport.guarded { try box.model.evaluate(tokens: tokens) })
        }
        for inputType in [CType.string, .array(.int)] {  // (T, V): row t scores the token after input t
            type.addMethod("logits", parameters: [NativeParameter("for", inputType)], returns: .array(.array(.double))) { call in
                let box = try gpt(call)
                let tokens = inputType == .string ? try BindingSupport.guarded { try box.characters().encode(try call.string(0)) }
                    : try call.ints(0)
                return .doubleMatrix(try BindingSupport.guarded { try box.model.logits(for: tokens).array2D() })
            }
        }
        type.addMethod("attentionWeights", parameters: [
            NativeParameter("layer", .int, default: .int(0)), NativeParameter("head", .int, default: .int(0)),
        ], returns: .array(.array(.double))) { call in
            let blocks = try gpt(call).model.blocks, layer = try call.int(0), head = try call.int(1)
            guard layer >= 0, layer < blocks.count else { throw NativeError("attentionWeights: layer \(layer) is outside 0..<\(blocks.count)") }
            guard let weights = blocks[layer].attention.lastWeights else {
                throw NativeError("attentionWeights: run the model first (generate, train or nextTokenProbabilities)")
            }
            guard head >= 0, head < weights.shape[1] else {
                throw NativeError("attentionWeights: head \(head) is outside 0..<\(weights.shape[1])")
            }
            return .doubleMatrix(try BindingSupport.guarded { try weights[0][head].array2D() })  // (T, T) of the first sequence
        }
        type.addMethod("expertRouting", parameters: [NativeParameter("layer", .int, default: .int(0))], returns: .array(.array(.int))) { call in
            let blocks = try gpt(call).model.blocks, layer = try call.int(0)
            guard layer >= 0, layer < blocks.count else { throw NativeError("expertRouting: layer \(layer) is outside 0..<\(blocks.count)") }
            guard let experts = blocks[layer].feedForward as? MixtureOfExperts else {
                throw NativeError("expertRouting: this GPT has no mixture of experts (create it with experts: 8)")
            }
            return .array(experts.lastExpertIndices.map { .ints($0) })
        }
        return type
    }

    /// Builds a GPT from the shape arguments 1...7 (layers, heads, dimension, contextLength, experts, activeExperts, seed).
    private static func makeGPT(_ call: NativeCall, vocabularySize: Int, vocabulary: CharacterVocabulary?) throws -> Value {
        let layers = try call.int(1), heads = try call.int(2), dimension = try call.int(3), context = try call.int(4)
        let experts = try call.int(5), active = try call.int(6), seed = try BindingSupport.seed(try call.int(7))
        guard layers >= 0, layers <= 64, heads > 0, dimension > 0, context > 0, vocabularySize > 0, experts >= 0 else {
            throw NativeError("GPT: need layers in 0...64 and positive heads, dimension, context length and vocabulary size")
        }
        // Embeddings, head and per-block weights (4·C² attention, 8·C² feed-forward per expert): bound them first.
        try BindingSupport.checkedCount([max(vocabularySize, context), dimension, 3], "GPT")
        try BindingSupport.checkedCount([layers, dimension, dimension, 4 + 8 * max(experts, 1)], "GPT")
        let configuration = GPTConfiguration(vocabularySize: vocabularySize, contextLength: context, dimension: dimension,
                                             heads: heads, layers: layers, experts: experts, activeExperts: active)
        return .native(GPTBox(try BindingSupport.guarded { try GPT(configuration: configuration, seed: seed) },
                              vocabulary: vocabulary))
    }

    /// Trains with the arguments after the data (steps, batchSize, learningRate, every, seed, precision), printing a
    /// line every `every` steps; the trainer (Adam state, window sampler, precision) persists across calls.
    private static func train(_ box: GPTBox, tokens: [Int], _ call: NativeCall, _ messages: CellMessages) throws -> Value {
        let steps = try call.int(1), batchSize = try call.int(2), learningRate = try call.double(3), every = try call.int(4)
        let precision = TrainingPrecision(rawValue: try call.constant(6)) ?? .double
        if let existing = box.trainer, existing.precision != precision, existing.engine == .fused {
            throw NativeError("train: this model is already training in \(existing.precision) precision; "
                              + "keep precision: .\(existing.precision) for later calls")
        }
        guard steps >= 0, steps <= 1_000_000 else { throw NativeError("train: steps must be in 0...1000000, got \(steps)") }
        guard every >= 0 else { throw NativeError("train: every must not be negative, got \(every)") }
        guard learningRate > 0, learningRate.isFinite else { throw NativeError("train: the learning rate must be positive") }
        let c = box.model.configuration
        try BindingSupport.checkedCount([max(batchSize, 0), c.contextLength, max(c.dimension * 4, c.vocabularySize)], "train")
        let trainer = try box.trainer ?? GPTTrainer(model: box.model, learningRate: learningRate,
                                                   seed: BindingSupport.seed(try call.int(5)), precision: precision)
        trainer.optimizer.learningRate = learningRate
        box.trainer = trainer
        let first = trainer.step
        var failure: Error?
        let losses = try BindingSupport.guarded {
            try trainer.train(tokens: tokens, steps: steps, batchSize: batchSize) { step, loss in
                let done = step - first
                do {
                    try TrainingGuard.check(loss: loss, step: done, of: steps, unit: "step", call)
                    if every > 0, done % every == 0 || done == steps {
                        try call.write(messages.step(done, of: steps, loss: NeuralNetworkBindings.format(loss)))
                    }
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
        }
        if let failure { throw failure }
        return .doubles(losses)
    }

    /// The sampling parameters after the prompt: count (or length), temperature, topK, topP, seed.
    private static func sampling(_ countLabel: String) -> [NativeParameter] {
        [
            NativeParameter(countLabel, .int), NativeParameter("temperature", .double, default: .double(0)),
            NativeParameter("topK", .int, default: .int(0)), NativeParameter("topP", .double, default: .double(1)),
            NativeParameter("seed", .int, default: .int(0)),
        ]
    }

    /// Generates with the sampling arguments 1...5: temperature 0 is greedy; topK > 0 or topP < 1 restrict the draw.
    private static func generate(_ model: GPT, prompt: [Int], _ call: NativeCall) throws -> [Int] {
        let count = try call.int(1), temperature = try call.double(2), topK = try call.int(3), topP = try call.double(4)
        guard count >= 0, count <= 100_000 else { throw NativeError("generate: count must be in 0...100000, got \(count)") }
        guard temperature >= 0, temperature.isFinite else { throw NativeError("generate: temperature must be ≥ 0, got \(temperature)") }
        guard topK >= 0 else { throw NativeError("generate: topK must be ≥ 0, got \(topK)") }
        guard topP > 0, topP <= 1 else { throw NativeError("generate: topP must be in (0, 1], got \(topP)") }
        let seed = try BindingSupport.seed(try call.int(5))
        let t = temperature == 0 ? 1 : temperature
        let strategy: SamplingStrategy = topK > 0 ? .topK(topK, temperature: t)
            : topP < 1 ? .topP(topP, temperature: t)
            : temperature == 0 ? .greedy : .temperature(temperature)
        return try BindingSupport.guarded { try model.generate(prompt: prompt, count: count, strategy: strategy, seed: seed) }
    }

    // MARK: Bigram baseline

    private static func bigramType() -> NativeType {
        let type = NativeType(name: "BigramModel")
        // `alphabet:` adds characters the model must know without counting them (e.g. the whole text's, when the
        // model is fitted on a training split and measured on a held-out one).
        type.addInitializer(parameters: [
            NativeParameter("text", .string), NativeParameter("alphabet", .string, default: .string("")),
            NativeParameter("smoothing", .double, default: .double(1)),
        ]) { call in
            let vocabulary = CharacterVocabulary(text: try call.string(1) + call.string(0)), smoothing = try call.double(2)
            let model = try BindingSupport.guarded {
                try BigramModel(tokens: try vocabulary.encode(try call.string(0)), vocabularySize: vocabulary.size, smoothing: smoothing)
            }
            return .native(BigramBox(model, vocabulary: vocabulary))
        }
        type.addInitializer(parameters: [
            NativeParameter("tokens", .array(.int)), NativeParameter("vocabularySize", .int),
            NativeParameter("smoothing", .double, default: .double(1)),
        ]) { call in
            let tokens = try call.ints(0), size = try call.int(1), smoothing = try call.double(2)
            return .native(BigramBox(try BindingSupport.guarded {
                try BigramModel(tokens: tokens, vocabularySize: size, smoothing: smoothing)
            }, vocabulary: nil))
        }
        func bigram(_ call: NativeCall) throws -> BigramBox { try call.receiver(as: BigramBox.self) }
        func characters(_ box: BigramBox) throws -> CharacterVocabulary {
            guard let vocabulary = box.vocabulary else { throw NativeError("this BigramModel was built from token ids, not text") }
            return vocabulary
        }
        type.addProperty("vocabularySize", type: .int) { .int(($0 as? BigramBox)?.model.vocabularySize ?? 0) }
        type.addProperty("vocabulary", type: .array(.string)) { .strings(($0 as? BigramBox)?.vocabulary?.characters.map(String.init) ?? []) }
        type.addMethod("probabilities", parameters: [NativeParameter("after", .int)], returns: .array(.double)) { call in
            let token = try call.int(0), model = try bigram(call).model
            guard token >= 0, token < model.vocabularySize else { throw NativeError("token \(token) is outside 0..<\(model.vocabularySize)") }
            return .doubles(model.probabilities(after: token))
        }
        type.addMethod("probabilities", parameters: [NativeParameter("after", .string)], returns: .array(.double)) { call in
            let box = try bigram(call), text = try call.string(0)
            let tokens = try BindingSupport.guarded { try characters(box).encode(text) }
            guard let last = tokens.last else { throw NativeError("probabilities: the context is empty") }
            return .doubles(box.model.probabilities(after: last))
        }
        type.addMethod("crossEntropy", parameters: [NativeParameter(nil, .array(.int))], returns: .double) { call in
            let tokens = try call.ints(0), model = try bigram(call).model
            return .double(try BindingSupport.guarded { try model.crossEntropy(tokens) })
        }
        type.addMethod("crossEntropy", parameters: [NativeParameter("text", .string)], returns: .double) { call in
            let box = try bigram(call), text = try call.string(0)
            return .double(try BindingSupport.guarded { try box.model.crossEntropy(try characters(box).encode(text)) })
        }
        type.addMethod("generate", parameters: [
            NativeParameter("prompt", .string), NativeParameter("count", .int), NativeParameter("seed", .int, default: .int(0)),
        ], returns: .string) { call in
            let box = try bigram(call), vocabulary = try characters(box), count = try call.int(1)
            guard count >= 0, count <= 100_000 else { throw NativeError("generate: count must be in 0...100000, got \(count)") }
            var tokens = try BindingSupport.guarded { try vocabulary.encode(try call.string(0)) }
            guard !tokens.isEmpty else { throw NativeError("generate: the prompt is empty") }
            var random = Random(seed: try BindingSupport.seed(try call.int(2)))
            for _ in 0..<count {
                let weights = box.model.probabilities(after: tokens[tokens.count - 1])
                tokens.append(try BindingSupport.guarded { try random.choice(weights: weights) })
            }
            return .string(try BindingSupport.guarded { try vocabulary.decode(tokens) })
        }
        return type
    }
}
