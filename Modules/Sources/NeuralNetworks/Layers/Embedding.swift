import SeededRandom
import Tensors

/// A lookup table of learned vectors, one row per token id (PyTorch's `nn.Embedding`).
public final class Embedding: Layer, NamedParameters, CustomStringConvertible {
    /// The vectors `(vocabularySize, dimension)`.
    public let weight: Tensor

    /// Creates a table with entries drawn from N(0, 1), as `nn.Embedding` initialises it.
    public init(vocabularySize: Int, dimension: Int, random: inout Random) throws(TensorError) {
        guard vocabularySize > 0, dimension > 0 else {
            throw .invalidArgument("Embedding: sizes must be positive, got \(vocabularySize) × \(dimension)")
        }
        weight = try Tensor.randomNormal([vocabularySize, dimension], using: &random, requiresGrad: true)
    }

    /// The number of rows (token ids `0..<vocabularySize`).
    public var vocabularySize: Int { weight.shape[0] }
    /// The width of each vector.
    public var dimension: Int { weight.shape[1] }

    /// The rows for `ids`: `(ids.count, dimension)`; the gradient adds into the rows used.
    public func forward(ids: [Int]) throws(TensorError) -> Tensor {
        try weight.rows(at: ids)
    }

    /// The rows for a tensor of integral ids of any shape `S`: `S + (dimension)`.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        var ids: [Int] = []
        ids.reserveCapacity(input.count)
        for value in input.scalars {
            guard value.rounded() == value, value >= 0, value < Double(vocabularySize) else {
                throw .invalidArgument("Embedding: \(value) is not a token id in 0..<\(vocabularySize)")
            }
            ids.append(Int(value))
        }
        return try weight.rows(at: ids).reshaped(input.shape + [dimension])
    }

    /// The table.
    public var parameters: [Tensor] { [weight] }

    /// `weight`.
    public var ownParameters: [(name: String, tensor: Tensor)] { [("weight", weight)] }

    /// `Embedding(vocabularySize: 65, dimension: 32)`.
    public var description: String { "Embedding(vocabularySize: \(vocabularySize), dimension: \(dimension))" }
}
