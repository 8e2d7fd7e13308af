import SeededRandom
import Tensors

/// Layers applied one after the other; a multi-layer perceptron is a `Sequential` of `Dense` layers.
public final class Sequential: Layer {
    /// The layers in order.
    public let layers: [any Layer]

    /// Chains the given layers.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    /// A multi-layer perceptron with the given layer sizes, e.g. `[2, 16, 16, 1]`, seeded like NumPy.
    public convenience init(
        sizes: [Int], hiddenActivation: Activation = .tanh, outputActivation: Activation = .identity, seed: UInt32 = 0
    ) throws(TensorError) {
        guard sizes.count >= 2 else {
            throw .invalidArgument("Sequential: an MLP needs at least an input and an output size, got \(sizes)")
        }
        var random = Random(seed: seed)
        var layers: [any Layer] = []
        for index in 0..<(sizes.count - 1) {
            let isLast = index == sizes.count - 2
            layers.append(
                try Dense(
                    inputSize: sizes[index], outputSize: sizes[index + 1],
                    activation: isLast ? outputActivation : hiddenActivation, random: &random))
        }
        self.init(layers)
    }

    /// Runs every layer in turn.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        var x = input
        for layer in layers { x = try layer.forward(x) }
        return x
    }

    /// Same as `forward`.
    public func callAsFunction(_ input: Tensor) throws(TensorError) -> Tensor { try forward(input) }

    /// All trainable tensors, layer by layer.
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// The total number of trainable numbers.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// The outputs without recording gradients (for evaluation and plots).
    public func predict(_ input: Tensor) throws(TensorError) -> Tensor {
        try Tensor.withoutGradients { () throws(TensorError) -> Tensor in try forward(input) }
    }

    /// The predicted class of each row: `output ≥ 0.5` for a single output, else the arg-max.
    public func predictClasses(_ input: Tensor) throws(TensorError) -> [Int] {
        Sequential.classes(of: try predict(input))
    }

    /// Classes from outputs `(N, 1)` (threshold 0.5) or `(N, C)` (arg-max).
    static func classes(of output: Tensor) -> [Int] {
        let width = output.shape.last ?? 1
        let rows = output.count / Swift.max(width, 1)
        return (0..<rows).map { row in
            if width <= 1 { return width == 1 && output.scalars[row] >= 0.5 ? 1 : 0 }
            var best = 0
            for column in 1..<width where output.scalars[row * width + column] > output.scalars[row * width + best] {
                best = column
            }
            return best
        }
    }
}

extension Sequential: NamedParameters {
    /// The layers with parameters under their index, as PyTorch names `nn.Sequential`'s (`0.weight`, `1.bias`).
    public var namedChildren: [(name: String, child: any NamedParameters)] {
        layers.enumerated().compactMap { index, layer in
            (layer as? any NamedParameters).map { (name: String(index), child: $0) }
        }
    }
}
