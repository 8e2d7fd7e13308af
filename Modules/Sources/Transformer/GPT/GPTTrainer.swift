import SeededRandom
import NeuralNetworks
import Tensors

/// Trains a `GPT` on next-token prediction with Adam, sampling random windows of a token stream.
/// The trainer keeps Adam's state and its random generator, so training can continue across calls.
///
/// Dense GPTs train on the fused engine (flat buffers, preallocated activations, hand-written backward) in
/// the chosen `precision`; mixture-of-experts GPTs, or `engine: .autograd`, use the `Tensor` autograd tape in
/// `Double`. Either way the model's `Tensor` weights are the truth: the fused engine copies them in when a
/// `train` call starts and writes them back before every `onStep` callback and when the call returns, so
/// `forward`, `evaluate` and `generate` always see the trained weights.
public final class GPTTrainer {
    /// The model being trained.
    public let model: GPT
    /// The optimiser (its learning rate can be changed between calls). The fused engine reads its learning
    /// rate, betas and epsilon and keeps the moments in its own flat buffers, so `stepCount` then stays 0.
    public let optimizer: Adam
    /// The precision the fused engine computes in (the autograd engine always uses `Double`).
    public let precision: TrainingPrecision
    /// The engine actually used: `.autograd` when it was asked for or the model has mixture-of-experts blocks.
    public let engine: TrainingEngine
    /// Updates taken so far.
    public private(set) var step = 0
    private var random: Random
    private let doubleEngine: FusedGPT<Double>?
    private let floatEngine: FusedGPT<Float>?

    /// Creates a trainer; `seed` drives the choice of training windows, `precision` the fused engine's number
    /// type, and `engine: .autograd` forces the `Tensor` autograd path.
    public init(
        model: GPT, learningRate: Double = 3e-3, seed: UInt32 = 0, precision: TrainingPrecision = .double,
        engine: TrainingEngine = .fused
    ) {
        self.model = model
        optimizer = Adam(parameters: model.parameters, learningRate: learningRate)
        random = Random(seed: seed)
        self.precision = precision
        let fusedDouble = engine == .fused && precision == .double ? FusedGPT<Double>(model: model) : nil
        let fusedFloat = engine == .fused && precision == .float ? FusedGPT<Float>(model: model) : nil
        doubleEngine = fusedDouble
        floatEngine = fusedFloat
        self.engine = fusedDouble != nil || fusedFloat != nil ? .fused : .autograd
    }

    /// Takes `steps` updates on random windows of `tokens` (`batchSize` windows of the context length),
    /// calls `onStep(step, loss)` after each, and returns the losses. Returning `false` from `onStep` stops
    /// training after that step (the loss became NaN, time ran out, …).
    @discardableResult
    public func train(
        tokens: [Int], steps: Int, batchSize: Int = 16, onStep: ((Int, Double) -> Bool)? = nil
    ) throws(TransformerError) -> [Double] {
        let c = model.configuration
        let window = c.contextLength
        guard tokens.count > window else {
            throw .invalidArgument("GPTTrainer: need more than \(window) tokens, got \(tokens.count)")
        }
        guard steps >= 0, batchSize > 0 else { throw .invalidArgument("GPTTrainer: steps ≥ 0 and batch size > 0") }
        // The widest activations are (B, T, 4·C), (B, T, V) and the attention weights (B, H, T, T); refuse
        // sizes whose buffers could never be allocated.
        for factors in [[batchSize, window, c.dimension, 4], [batchSize, window, c.vocabularySize],
                        [batchSize, c.heads, window, window]] {
            var elements = 1, overflow = false
            for factor in factors where !overflow { (elements, overflow) = elements.multipliedReportingOverflow(by: factor) }
            guard !overflow, elements <= Tensor.maxElementCount else {
                throw .invalidArgument("GPTTrainer: batch size \(batchSize) is too large for this model")
            }
        }
        if let doubleEngine {
            return try trainFused(doubleEngine, tokens: tokens, steps: steps, batchSize: batchSize, onStep: onStep)
        }
        if let floatEngine {
            return try trainFused(floatEngine, tokens: tokens, steps: steps, batchSize: batchSize, onStep: onStep)
        }
        var losses: [Double] = []
        for _ in 0..<steps {
            var inputs: [[Int]] = [], targets: [[Int]] = []
            for _ in 0..<batchSize {
                let start = try drawStart(tokenCount: tokens.count)
                inputs.append(Array(tokens[start..<(start + window)]))
                targets.append(Array(tokens[(start + 1)...(start + window)]))
            }
            optimizer.zeroGrad()
            let loss = try model.loss(inputs: inputs, targets: targets)
            do { try loss.backward() } catch { throw .tensor(error) }
            optimizer.step()
            step += 1
            losses.append(loss.scalars[0])
            if let onStep, !onStep(step, loss.scalars[0]) { break }
        }
        return losses
    }

    /// The training loop on the fused engine: the same windows and Adam arithmetic as the autograd loop.
    private func trainFused<S: FusedScalar>(
        _ fused: FusedGPT<S>, tokens: [Int], steps: Int, batchSize: Int, onStep: ((Int, Double) -> Bool)?
    ) throws(TransformerError) -> [Double] {
        guard steps > 0 else { return [] }
        fused.load(from: model)
        defer { fused.store(into: model) }
        var starts = [Int](repeating: 0, count: batchSize)
        var losses: [Double] = []
        losses.reserveCapacity(steps)
        for _ in 0..<steps {
            for index in 0..<batchSize { starts[index] = try drawStart(tokenCount: tokens.count) }
            try fused.loadWindows(of: tokens, starts: starts, time: model.configuration.contextLength)
            let loss = fused.computeGradients()
            fused.update(
                learningRate: optimizer.learningRate, beta1: optimizer.beta1, beta2: optimizer.beta2,
                epsilon: optimizer.epsilon)
            step += 1
            losses.append(loss)
            if let onStep {
                fused.store(into: model)
                if !onStep(step, loss) { break }
            }
        }
        return losses
    }

    /// The start of a random training window, drawn as the autograd loop always has.
    private func drawStart(tokenCount: Int) throws(TransformerError) -> Int {
        do { return try random.integer(in: 0..<(tokenCount - model.configuration.contextLength)) } catch {
            throw .invalidArgument(error.description)
        }
    }
}

