import SeededRandom
import NeuralNetworks
import Tensors

/// A sparse mixture of feed-forward experts (Mixtral-style): a router scores every expert per token, the
/// `active` best are kept, their softmax-renormalised scores weight those experts' outputs.
public final class MixtureOfExperts: Layer {
    /// The router producing one score per expert.
    public let router: Dense
    /// The experts.
    public let experts: [FeedForward]
    /// How many experts each token uses.
    public let active: Int
    /// For the most recent forward pass: per token (rows of the flattened batch), the chosen expert indices.
    public private(set) var lastExpertIndices: [[Int]] = []
    /// For the most recent forward pass: per token, the weight of each chosen expert (sums to 1).
    public private(set) var lastExpertWeights: [[Double]] = []

    /// Creates `experts` experts of hidden size `hiddenSize` (default 2·dimension), `active` used per token.
    public init(
        dimension: Int, experts: Int = 8, active: Int = 2, hiddenSize: Int? = nil, random: inout Random
    ) throws(TensorError) {
        guard experts > 0, active > 0, active <= experts else {
            throw .invalidArgument("MixtureOfExperts: need 1 ≤ active (\(active)) ≤ experts (\(experts))")
        }
        router = try Dense(inputSize: dimension, outputSize: experts, random: &random)
        var list: [FeedForward] = []
        for _ in 0..<experts {
            list.append(try FeedForward(dimension: dimension, hiddenSize: hiddenSize ?? 2 * dimension, random: &random))
        }
        self.experts = list
        self.active = active
    }

    /// `(…, C)` → `(…, C)`: Σ over the chosen experts of gate · expert(x).
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        let width = input.shape.last ?? 0
        let tokens = try input.reshaped([-1, width])  // (N, C)
        let scores = try router.forward(tokens)        // (N, E)
        let count = experts.count
        // Choose the top `active` experts per token; the mask is −∞ elsewhere so the softmax renormalises
        // over the chosen ones only (gradients flow to the router through the kept scores).
        var maskValues = [Double](repeating: -.infinity, count: scores.count)
        var chosen: [[Int]] = []
        for row in 0..<tokens.shape[0] {
            let rowScores = Array(scores.scalars[(row * count)..<((row + 1) * count)])
            let best = rowScores.indices.sorted { rowScores[$0] > rowScores[$1] || (rowScores[$0] == rowScores[$1] && $0 < $1) }
            let top = Array(best.prefix(active))
            for expert in top { maskValues[row * count + expert] = 0 }
            chosen.append(top)
        }
        let gates = try (scores + Tensor(shape: scores.shape, scalars: maskValues)).softmax(axis: -1)  // (N, E)
        lastExpertIndices = chosen
        lastExpertWeights = chosen.enumerated().map { row, experts in
            experts.map { gates.scalars[row * count + $0] }
        }
        var output: Tensor? = nil
        for (index, expert) in experts.enumerated() {
            // Dense compute per expert keeps the code simple; unchosen tokens get gate 0.
            let gate = try gates.slice(index..<(index + 1), axis: 1)  // (N, 1)
            let contribution = try expert.forward(tokens) * gate      // (N, C)
            output = try output.map { (sum: Tensor) throws(TensorError) -> Tensor in try sum + contribution } ?? contribution
        }
        guard let output else { throw .invalidArgument("MixtureOfExperts: no experts") }
        return try output.reshaped(input.shape)
    }

    /// The router's and every expert's parameters.
    public var parameters: [Tensor] { router.parameters + experts.flatMap(\.parameters) }
}
