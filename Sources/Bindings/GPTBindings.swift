import CellLanguage
import Tensors
import Transformer

/// `GPT` for cells: built from text (a character vocabulary) or from a vocabulary size (token ids), trained with
/// printed progress, sampled, beam-searched and inspected.
enum GPTBindings {
    static func install(_ bind: ModuleBinder, messages: CellMessages) {
        let type = bind.type(CellGPT.self, doc: "A small decoder-only transformer language model.")
        LayerParameterBindings.addParameterMembers(type, properties: ["tokenEmbedding", "positionEmbedding"]) { $0.model }
        let layers = Param("layers", default: 2), heads = Param("heads", default: 4), dimension = Param("dimension", default: 64)
        let context = Param("contextLength", default: 64), experts = Param("experts", default: 0)
        let active = Param("activeExperts", default: 2), seed = Param("seed", default: 0)
        type.initializer(Param<Int>("vocabularySize"), layers, heads, dimension, context, experts, active, seed,
                         doc: "A GPT on token ids 0..<vocabularySize.") {
            try makeGPT(vocabularySize: $0, Shape(layers: $1, heads: $2, dimension: $3, context: $4, experts: $5, active: $6, seed: $7),
                        vocabulary: nil)
        }
        type.initializer(Param<String>("text"), layers, heads, dimension, context, experts, active, seed,
                         doc: "A GPT on the characters of a text.") {
            let vocabulary = CharacterVocabulary(text: $0)
            guard vocabulary.size > 0 else { throw NativeError("GPT: the text is empty") }
            return try makeGPT(vocabularySize: vocabulary.size,
                               Shape(layers: $1, heads: $2, dimension: $3, context: $4, experts: $5, active: $6, seed: $7),
                               vocabulary: vocabulary)
        }
        addProperties(type)
        addTraining(type, messages)
        addGeneration(type, String.self)
        addGeneration(type, [Int].self)
        addInspection(type)
    }

    private static func addProperties(_ type: TypeBinder<CellGPT>) {
        type.property("parameterCount", doc: "The number of weights.") { $0.model.parameterCount }
        type.property("vocabularySize", doc: "The number of tokens.") { $0.model.configuration.vocabularySize }
        type.property("contextLength", doc: "The longest context the model sees.") { $0.model.configuration.contextLength }
        type.property("dimension", doc: "The width of the token vectors.") { $0.model.configuration.dimension }
        type.property("layers", doc: "The number of transformer blocks.") { $0.model.configuration.layers }
        type.property("heads", doc: "The attention heads per block.") { $0.model.configuration.heads }
        type.property("step", doc: "The training steps done so far.") { $0.trainer?.step ?? 0 }
        type.property("vocabulary", doc: "The characters, for a GPT built from text.") {
            $0.vocabulary?.characters.map(String.init) ?? []
        }
        type.method("encode", Param<String>(), doc: "The token ids of a text.") { try $0.characters().encode($1) }
        type.method("decode", Param<[Int]>(), doc: "The text of token ids.") { try $0.characters().decode($1) }
    }

    /// The sizes of a GPT.
    private struct Shape {
        let layers, heads, dimension, context, experts, active, seed: Int
    }

    private static func makeGPT(vocabularySize: Int, _ shape: Shape, vocabulary: CharacterVocabulary?) throws -> CellGPT {
        let layers = shape.layers, heads = shape.heads, dimension = shape.dimension, context = shape.context
        let experts = shape.experts, seed = try BindingSupport.seed(shape.seed)
        guard layers >= 0, layers <= 64, heads > 0, dimension > 0, context > 0, vocabularySize > 0, experts >= 0 else {
            throw NativeError("GPT: need layers in 0...64 and positive heads, dimension, context length and vocabulary size")
        }
        // Embeddings, head and per-block weights (4·C² attention, 8·C² feed-forward per expert): bound them first.
        try BindingSupport.checkedCount([max(vocabularySize, context), dimension, 3], "GPT")
        try BindingSupport.checkedCount([layers, dimension, dimension, 4 + 8 * max(experts, 1)], "GPT")
        let configuration = GPTConfiguration(vocabularySize: vocabularySize, contextLength: context, dimension: dimension,
                                             heads: heads, layers: layers, experts: experts, activeExperts: shape.active)
        return CellGPT(try GPT(configuration: configuration, seed: seed), vocabulary: vocabulary)
    }

    // MARK: Training

    /// The arguments of `train` after the data.
    private struct Training {
        let steps, batchSize: Int
        let learningRate: Double
        let every, seed: Int
        let precision: TrainingPrecision
    }

    private static func addTraining(_ type: TypeBinder<CellGPT>, _ messages: CellMessages) {
        let steps = Param<Int>("steps"), batchSize = Param("batchSize", default: 16)
        let rate = Param("learningRate", default: 3e-3), every = Param("every", default: 0), seed = Param("seed", default: 0)
        let precision = Param("precision", default: TrainingPrecision.double)
        type.outputMethod("train", Param<String>("text"), steps, batchSize, rate, every, seed, precision,
                          doc: "Trains with Adam on windows of a text, printing the loss every `every` steps.") {
            call, gpt, text, steps, batchSize, rate, every, seed, precision in
            let tokens = try BindingSupport.guarded { try gpt.characters().encode(text) }
            return try train(gpt, tokens: tokens, Training(steps: steps, batchSize: batchSize, learningRate: rate, every: every,
                                                            seed: seed, precision: precision), call, messages)
        }
        type.outputMethod("train", Param<[Int]>("tokens"), steps, batchSize, rate, every, seed, precision,
                          doc: "Trains on windows of token ids.") { call, gpt, tokens, steps, batchSize, rate, every, seed, precision in
            try train(gpt, tokens: tokens, Training(steps: steps, batchSize: batchSize, learningRate: rate, every: every,
                                                     seed: seed, precision: precision), call, messages)
        }
    }

    /// Trains, printing a line every `every` steps; the trainer (Adam state, window sampler, precision) persists.
    private static func train(_ gpt: CellGPT, tokens: [Int], _ training: Training, _ call: NativeCall,
                              _ messages: CellMessages) throws -> [Double] {
        let steps = training.steps, every = training.every, learningRate = training.learningRate
        if let existing = gpt.trainer, existing.precision != training.precision, existing.engine == .fused {
            throw NativeError("train: this model is already training in \(existing.precision) precision; "
                              + "keep precision: .\(existing.precision) for later calls")
        }
        guard steps >= 0, steps <= 1_000_000 else { throw NativeError("train: steps must be in 0...1000000, got \(steps)") }
        guard every >= 0 else { throw NativeError("train: every must not be negative, got \(every)") }
        guard learningRate > 0, learningRate.isFinite else { throw NativeError("train: the learning rate must be positive") }
        let c = gpt.model.configuration
        try BindingSupport.checkedCount([max(training.batchSize, 0), c.contextLength, max(c.dimension * 4, c.vocabularySize)], "train")
        let trainer = try gpt.trainer ?? GPTTrainer(model: gpt.model, learningRate: learningRate,
                                                   seed: BindingSupport.seed(training.seed), precision: training.precision)
        trainer.optimizer.learningRate = learningRate
        gpt.trainer = trainer
        let first = trainer.step
        var failure: Error?
        let losses = try BindingSupport.guarded {
            try trainer.train(tokens: tokens, steps: steps, batchSize: training.batchSize) { step, loss in
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
        return losses
    }

    // MARK: Generation

    /// Generates after `prompt`: temperature 0 is greedy; topK > 0 or topP < 1 restrict the draw.
    private static func generate(_ model: GPT, prompt: [Int], count: Int, temperature: Double, topK: Int, topP: Double,
                                 seed: Int) throws -> [Int] {
        guard count >= 0, count <= 100_000 else { throw NativeError("generate: count must be in 0...100000, got \(count)") }
        guard temperature >= 0, temperature.isFinite else { throw NativeError("generate: temperature must be ≥ 0, got \(temperature)") }
        guard topK >= 0 else { throw NativeError("generate: topK must be ≥ 0, got \(topK)") }
        guard topP > 0, topP <= 1 else { throw NativeError("generate: topP must be in (0, 1], got \(topP)") }
        let seed = try BindingSupport.seed(seed)
        let t = temperature == 0 ? 1 : temperature
        let strategy: SamplingStrategy = topK > 0 ? .topK(topK, temperature: t)
            : topP < 1 ? .topP(topP, temperature: t)
            : temperature == 0 ? .greedy : .temperature(temperature)
        return try model.generate(prompt: prompt, count: count, strategy: strategy, seed: seed)
    }

    /// `generate`, `beamSearch` and `nextTokenProbabilities` for a prompt of text or of token ids.
    private static func addGeneration<Input: GPTInput>(_ type: TypeBinder<CellGPT>, _ input: Input.Type) {
        let isText = Input.self == String.self
        let temperature = Param("temperature", default: 0.0), topK = Param("topK", default: 0)
        let topP = Param("topP", default: 1.0), seed = Param("seed", default: 0)
        for countLabel in isText ? ["count", "length"] : ["count"] {
            type.method("generate", Param<Input>("prompt"), Param<Int>(countLabel), temperature, topK, topP, seed,
                        doc: "The prompt followed by `\(countLabel)` generated tokens (greedy at temperature 0).") {
                gpt, prompt, count, temperature, topK, topP, seed in
                let tokens = try generate(gpt.model, prompt: try prompt.tokens(for: gpt), count: count, temperature: temperature,
                                          topK: topK, topP: topP, seed: seed)
                return try Input.fromCell(isText ? .string(try gpt.characters().decode(tokens)) : tokens.cell)
            }
        }
        type.method("beamSearch", Param<Input>("prompt"), Param<Int>("count"), Param("beamWidth", default: 3),
                    doc: "The most likely continuation found by beam search.") { gpt, prompt, count, width in
            guard count <= 10_000, width <= 100 else { throw NativeError("beamSearch: count must be ≤ 10000 and beamWidth ≤ 100") }
            let best = try gpt.model.beamSearch(prompt: try prompt.tokens(for: gpt), count: count, beamWidth: width)
            let text = isText ? try gpt.characters().decode(best.tokens) : ""
            return BeamSearchOutcome(tokens: best.tokens, text: text, logProbability: best.logProbability)
        }
        type.method("nextTokenProbabilities", Param<Input>("after"), Param("temperature", default: 1.0),
                    doc: "The next token's distribution after a context.") { gpt, context, temperature in
            try gpt.model.nextTokenProbabilities(after: try context.tokens(for: gpt), temperature: temperature)
        }
        type.method("evaluate", Param<Input>(isText ? "text" : "tokens"), doc: "The mean cross-entropy (nats per token) on held-out data.") {
            try $0.model.evaluate(tokens: try $1.tokens(for: $0))
        }
        type.method("callAsFunction", Param<Input>(),
                    doc: "The (T, V) logits of one sequence as a tensor recording gradients (PyTorch's `model(idx)[0]`).") {
            gpt, input in
            let tokens = try input.tokens(for: gpt)
            return try gpt.model.forward([tokens]).reshaped([tokens.count, gpt.model.configuration.vocabularySize])
        }
        type.method("logits", Param<Input>("for"), doc: "The (T, V) scores: row t scores the token after input t.") {
            try $0.model.logits(for: try $1.tokens(for: $0)).array2D()
        }
    }

    // MARK: Inspection

    private static func addInspection(_ type: TypeBinder<CellGPT>) {
        type.method("attentionWeights", Param("layer", default: 0), Param("head", default: 0),
                    doc: "One head's (T, T) weights of the last forward pass, for a heat map.") { gpt, layer, head in
            let blocks = gpt.model.blocks
            guard layer >= 0, layer < blocks.count else { throw NativeError("attentionWeights: layer \(layer) is outside 0..<\(blocks.count)") }
            guard let weights = blocks[layer].attention.lastWeights else {
                throw NativeError("attentionWeights: run the model first (generate, train or nextTokenProbabilities)")
            }
            guard head >= 0, head < weights.shape[1] else {
                throw NativeError("attentionWeights: head \(head) is outside 0..<\(weights.shape[1])")
            }
            return try weights[0][head].array2D()  // (T, T) of the first sequence
        }
        type.method("expertRouting", Param("layer", default: 0), doc: "The experts each token was routed to in the last forward pass.") {
            gpt, layer in
            let blocks = gpt.model.blocks
            guard layer >= 0, layer < blocks.count else { throw NativeError("expertRouting: layer \(layer) is outside 0..<\(blocks.count)") }
            guard let experts = blocks[layer].feedForward as? MixtureOfExperts else {
                throw NativeError("expertRouting: this GPT has no mixture of experts (create it with experts: 8)")
            }
            return experts.lastExpertIndices
        }
    }
}
