import Dispatch
import NeuralNetworks
import Tensors

/// A fused training engine for a dense `GPT` (llm.c style), generic over `Float` and `Double`.
///
/// Parameters, gradients and Adam's moments live in one flat buffer each (offsets in `FusedParameterLayout`);
/// every activation of a (B, T) batch is allocated once and reused across steps; each layer kind has a
/// forward and a backward kernel side by side (`FusedEncoder`, `FusedLayerNorm`, `FusedMatmul`,
/// `FusedAttention`, `FusedGELU`, `FusedCrossEntropy`) and the update is `FusedAdam`. The batch is split into
/// `sliceCount` slices of whole sequences, run in parallel with single-threaded BLAS, whose gradients are then
/// summed in a fixed order, so results do not depend on thread timing or on the machine's core count.
///
/// The model's `Tensor` weights remain the truth: `load(from:)` copies them in, `store(into:)` writes them back.
final class FusedGPT<S: FusedScalar>: @unchecked Sendable {
    /// The model's size.
    let configuration: GPTConfiguration
    /// The feed-forward width (4·C for the course's GPT).
    let hidden: Int
    /// Where each weight lives in the flat buffers.
    let layout: FusedParameterLayout
    /// The layer norms' ε: per block (norm₁, norm₂), then the final norm.
    let epsilons: (blocks: [(S, S)], final: S)
    /// All weights, in `GPT.parameters` order.
    let parameters: FusedBuffer<S>        // (P)
    /// The loss gradient of the last `computeGradients()`, same layout.
    let gradients: FusedBuffer<S>         // (P)
    /// Adam's running mean of gradients.
    let firstMoments: FusedBuffer<S>      // (P)
    /// Adam's running mean of squared gradients.
    let secondMoments: FusedBuffer<S>     // (P)
    /// Adam updates taken so far (the t of its bias correction).
    private(set) var updates = 0
    /// How many parallel slices a batch is split into (fewer when the batch has fewer sequences).
    let sliceCount: Int

    private var slices: [FusedActivations<S>] = []
    private var sliceGradients: [FusedBuffer<S>] = []  // for slices 1...; slice 0 writes `gradients`
    private var batchShape = (batch: 0, time: 0)

    /// An engine for `model`, or nil when the model has mixture-of-experts blocks (they keep the autograd path).
    init?(model: GPT, sliceCount: Int = 2) {
        var hidden = 4 * model.configuration.dimension
        var blockEpsilons: [(S, S)] = []
        for block in model.blocks {
            guard let feedForward = block.feedForward as? FeedForward, feedForward.expand.activation == .gelu,
                feedForward.project.activation == .identity, block.attention.causal
            else { return nil }
            hidden = feedForward.expand.outputSize
            blockEpsilons.append((S(block.attentionNorm.epsilon), S(block.feedForwardNorm.epsilon)))
        }
        configuration = model.configuration
        self.hidden = hidden
        layout = FusedParameterLayout(configuration: model.configuration, hidden: hidden)
        guard layout.sizes == model.parameters.map(\.count) else { return nil }
        epsilons = (blockEpsilons, S(model.finalNorm.epsilon))
        parameters = FusedBuffer(count: layout.count)
        gradients = FusedBuffer(count: layout.count)
        firstMoments = FusedBuffer(count: layout.count)
        secondMoments = FusedBuffer(count: layout.count)
        self.sliceCount = Swift.max(1, sliceCount)
        load(from: model)
    }

    // MARK: Weights

    /// Copies the model's weights into the flat buffer (rounded to `S`).
    func load(from model: GPT) {
        var offset = 0
        for tensor in model.parameters {
            let destination = parameters.pointer + offset
            tensor.scalars.withUnsafeBufferPointer { source in
                for i in 0..<source.count { destination[i] = S(source[i]) }
            }
            offset += tensor.count
        }
    }

    /// Writes the flat buffer back into the model's weights.
    func store(into model: GPT) {
        var offset = 0
        for tensor in model.parameters {
            let source = parameters.pointer + offset
            tensor.withMutableScalars { destination in
                for i in 0..<destination.count { destination[i] = source[i].doubleValue }
            }
            offset += tensor.count
        }
    }

    /// The gradient of each parameter tensor, in `GPT.parameters` order, in double precision.
    func parameterGradients() -> [[Double]] {
        var offset = 0
        return layout.sizes.map { size in
            defer { offset += size }
            return (0..<size).map { gradients.pointer[offset + $0].doubleValue }
        }
    }

    // MARK: Batches

    /// Makes room for a batch of `batch` sequences of `time` positions (allocates only when the shape changes).
    func prepare(batch: Int, time: Int) {
        guard batchShape != (batch, time) else { return }
        let count = Swift.min(sliceCount, batch)
        slices = (0..<count).map { slice in
            FusedActivations(
                configuration: configuration, hidden: hidden,
                batch: (slice + 1) * batch / count - slice * batch / count, time: time)
        }
        sliceGradients = (1..<Swift.max(count, 1)).map { _ in FusedBuffer(count: layout.count) }
        batchShape = (batch, time)
    }

    /// Loads equally long `inputs` and `targets` sequences (T ≤ context length, ids in the vocabulary).
    func loadBatch(inputs: [[Int]], targets: [[Int]]) throws(TransformerError) {
        let time = inputs.first?.count ?? 0
        guard !inputs.isEmpty, time > 0, time <= configuration.contextLength, inputs.count == targets.count,
            zip(inputs, targets).allSatisfy({ $0.count == time && $1.count == time })
        else {
            throw .invalidArgument("FusedGPT: need equally long input and target sequences of 1...\(configuration.contextLength) tokens")
        }
        prepare(batch: inputs.count, time: time)
        for (sequence, (input, target)) in zip(inputs, targets).enumerated() {
            let (tokenRow, targetRow) = rows(of: sequence)
            for t in 0..<time {
                tokenRow[t] = try checked(input[t])
                targetRow[t] = try checked(target[t])
            }
        }
    }

    /// Loads the windows tokens[s..<s+T] (inputs) and tokens[s+1...s+T] (targets) for each start s.
    func loadWindows(of tokens: [Int], starts: [Int], time: Int) throws(TransformerError) {
        guard !starts.isEmpty, time > 0, time <= configuration.contextLength else {
            throw .invalidArgument("FusedGPT: need at least one window of 1...\(configuration.contextLength) tokens")
        }
        prepare(batch: starts.count, time: time)
        for (sequence, start) in starts.enumerated() {
            guard start >= 0, start + time < tokens.count else {
                throw .invalidArgument("FusedGPT: window \(start)..<\(start + time + 1) is outside the tokens")
            }
            let (tokenRow, targetRow) = rows(of: sequence)
            for t in 0..<time {
                tokenRow[t] = try checked(tokens[start + t])
                targetRow[t] = try checked(tokens[start + t + 1])
            }
        }
    }

    /// The token and target rows of sequence `sequence` of the loaded batch.
    private func rows(of sequence: Int) -> (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) {
        var local = sequence
        for slice in slices {
            if local < slice.batch { return (slice.tokens + local * slice.time, slice.targets + local * slice.time) }
            local -= slice.batch
        }
        preconditionFailure("FusedGPT: sequence \(sequence) is outside the batch")
    }

    private func checked(_ token: Int) throws(TransformerError) -> Int32 {
        guard token >= 0, token < configuration.vocabularySize else {
            throw .invalidArgument("GPT: token \(token) is outside 0..<\(configuration.vocabularySize)")
        }
        return Int32(token)
    }

    // MARK: Steps

    /// The mean cross-entropy of the loaded batch, without gradients.
    func loss() -> Double {
        precondition(!slices.isEmpty, "FusedGPT: load a batch first")
        run(slices.count) { slice in
            let activations = self.slices[slice]
            activations.loss = self.forward(activations)
        }
        return meanLoss()
    }

    /// The mean cross-entropy of the loaded batch; leaves its gradient with respect to every parameter in
    /// `gradients`.
    func computeGradients() -> Double {
        precondition(!slices.isEmpty, "FusedGPT: load a batch first")
        let scale = 1 / S(batchShape.batch * batchShape.time)
        run(slices.count) { slice in
            let activations = self.slices[slice]
            let gradient = slice == 0 ? self.gradients : self.sliceGradients[slice - 1]
            gradient.zero()
            activations.loss = self.forward(activations)
            self.backward(activations, gradients: gradient.pointer, scale: scale)
        }
        for other in sliceGradients {
            let (sum, part) = (gradients.pointer, other.pointer)
            for i in 0..<layout.count { sum[i] += part[i] }
        }
        return meanLoss()
    }

    /// The slices' summed losses over the number of predicted tokens.
    private func meanLoss() -> Double {
        slices.reduce(0) { $0 + $1.loss } / Double(batchShape.batch * batchShape.time)
    }

    /// One Adam update of the parameters from `gradients`.
    func update(learningRate: Double, beta1: Double, beta2: Double, epsilon: Double) {
        updates += 1
        FusedAdam.update(
            parameters: parameters.pointer, gradients: gradients.pointer, firstMoments: firstMoments.pointer,
            secondMoments: secondMoments.pointer, count: layout.count, learningRate: learningRate, beta1: beta1,
            beta2: beta2, epsilon: epsilon, step: updates)
    }

    /// Runs `body` for 0..<count, in parallel when there is more than one, with OpenBLAS limited to one thread
    /// meanwhile (measured on 2 cores: two slices on single-threaded BLAS take 4.7 ms per Float step of the
    /// course's GPT, one slice on two BLAS threads 6.7 ms, one on one thread 8.6 ms).
    private func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count == 1 {
            body(0)
        } else {
            let threads = BLAS.threadCount
            BLAS.threadCount = 1
            defer { BLAS.threadCount = threads }
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }
}

