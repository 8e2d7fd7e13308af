import SeededRandom
import NeuralNetworks
import Tensors

/// Trains a `GPT` on next-token prediction with Adam, sampling random windows of a token stream.
/// The trainer keeps Adam's state and its random generator, so training can continue across calls.
public final class GPTTrainer {
    /// The model being trained.
    public let model: GPT
    /// The optimiser (its learning rate can be changed between calls).
    public let optimizer: Adam
    /// Updates taken so far.
    public private(set) var step = 0
    private var random: Random

    /// Creates a trainer; `seed` drives the choice of training windows.
    public init(model: GPT, learningRate: Double = 3e-3, seed: UInt32 = 0) {
        self.model = model
        optimizer = Adam(parameters: model.parameters, learningRate: learningRate)
        random = Random(seed: seed)
    }

    /// Takes `steps` updates on random windows of `tokens` (`batchSize` windows of the context length),
    /// calls `onStep(step, loss)` after each, and returns the losses. Returning `false` from `onStep` stops
    /// training after that step (the loss became NaN, time ran out, …).
    @discardableResult
    public func train(
        tokens: [Int], steps: Int, batchSize: Int = 16, onStep: ((Int, Double) -> Bool)? = nil
    ) throws(TransformerError) -> [Double] {
        let window = model.configuration.contextLength
        guard tokens.count > window else {
            throw .invalidArgument("GPTTrainer: need more than \(window) tokens, got \(tokens.count)")
        }
        guard steps >= 0, batchSize > 0 else { throw .invalidArgument("GPTTrainer: steps ≥ 0 and batch size > 0") }
        // The widest activation is (B, T, 4·C); refuse sizes whose tensors could never be allocated.
        let (elements, overflow) = batchSize.multipliedReportingOverflow(by: window * model.configuration.dimension * 4)
        guard !overflow, elements <= Tensor.maxElementCount else {
            throw .invalidArgument("GPTTrainer: batch size \(batchSize) is too large for this model")
        }
        var losses: [Double] = []
        for _ in 0..<steps {
            var inputs: [[Int]] = [], targets: [[Int]] = []
            for _ in 0..<batchSize {
                let start: Int
                do { start = try random.integer(in: 0..<(tokens.count - window)) } catch {
                    throw .invalidArgument(error.description)
                }
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
}
