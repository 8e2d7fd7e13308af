import Tensors

/// An element-wise non-linearity (softmax works along the last axis); usable as a parameter-free layer.
public enum Activation: String, Layer, Sendable, CaseIterable {
    /// No change: f(x) = x.
    case identity
    /// 1 / (1 + e^-x), squashes into (0, 1).
    case sigmoid
    /// Hyperbolic tangent, squashes into (-1, 1).
    case tanh
    /// max(0, x).
    case relu
    /// x·Φ(x), the smooth ReLU used in GPT.
    case gelu
    /// e^x / Σe^x along the last axis: a probability distribution per row.
    case softmax

    /// Applies the activation.
    public func forward(_ input: Tensor) throws(TensorError) -> Tensor {
        switch self {
        case .identity: return input
        case .sigmoid: return input.sigmoid()
        case .tanh: return input.tanh()
        case .relu: return input.relu()
        case .gelu: return input.gelu()
        case .softmax: return try input.softmax(axis: -1)
        }
    }

    /// Activations have no parameters.
    public var parameters: [Tensor] { [] }
}
