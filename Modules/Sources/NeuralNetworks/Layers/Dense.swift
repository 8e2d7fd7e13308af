import SeededRandom
import Tensors

/// A fully connected layer: output = activation(input · weight + bias).
public final class Dense: Layer {
    /// The weight matrix, shape `(inputSize, outputSize)`.
    public let weight: Tensor
    /// The bias vector, shape `(outputSize)`.
    public let bias: Tensor
    /// The non-linearity applied after the affine map.
    public let activation: Activation

    /// Creates a layer initialised like PyTorch's `nn.Linear`: weights and biases uniform in ±1/√inputSize,
    /// drawn from `random`.
    public init(
        inputSize: Int, outputSize: Int, activation: Activation = .identity, random: inout Random
    ) throws(TensorError) {
        guard inputSize > 0, outputSize > 0 else {
            throw .invalidArgument("Dense: sizes must be positive, got \(inputSize) → \(outputSize)")
        }
        let bound = 1 / Double(inputSize).squareRoot()
        weight = try Tensor.randomUniform(
            [inputSize, outputSize], low: -bound, high: bound, using: &random, requiresGrad: true)
        bias = try Tensor.randomUniform([outputSize], low: -bound, high: bound, using: &random, requiresGrad: true)
        self.activation = activation
    }

    /// Creates a layer with the given weight `(inputSize, outputSize)` and bias `(outputSize)` (both become
    /// trainable), e.g. initialised another way than `nn.Linear`'s.
    public init(weight: Tensor, bias: Tensor, activation: Activation = .identity) throws(TensorError) {
        guard weight.rank == 2, weight.shape[0] > 0, weight.shape[1] > 0, bias.shape == [weight.shape[1]] else {
            throw .shapeMismatch("Dense: weight must be (inputSize, outputSize) and bias (outputSize), got "
                + "\(weight.shapeDescription) and \(bias.shapeDescription)")
        }
        weight.requiresGrad = true
        bias.requiresGrad = true
        (self.weight, self.bias, self.activation) = (weight, bias, activation)
    }

    /// The number of input features.
    public var inputSize: Int { weight.shape[0] }
    /// The number of output features.
    public var outputSize: Int { weight.shape[1] }

    /// `activation(input · weight + bias)` for a batch `(N, inputSize)` → `(N, outputSize)`.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        guard input.shape.last == inputSize else {
            throw .shapeMismatch(
                "Dense: expected inputs with \(inputSize) features, got shape \(input.shapeDescription)")
        }
        return try activation.forward(try input.matmul(weight) + bias)
    }

    /// The weight and the bias.
    public var parameters: [Tensor] { [weight, bias] }
}

extension Dense: NamedParameters, CustomStringConvertible {
    /// `weight` `(inputSize, outputSize)` — PyTorch's `nn.Linear.weight` transposed — and `bias` `(outputSize)`.
    public var ownParameters: [(name: String, tensor: Tensor)] { [("weight", weight), ("bias", bias)] }

    /// `Dense(inputSize: 2, outputSize: 16, activation: tanh)`.
    public var description: String {
        "Dense(inputSize: \(inputSize), outputSize: \(outputSize), activation: \(activation.rawValue))"
    }
}

/// PyTorch's name for a fully connected layer; the weight is stored `(inputSize, outputSize)`, the transpose
/// of `nn.Linear.weight`.
public typealias Linear = Dense
