import Tensors

/// A step of a network: maps a batch of inputs to outputs and owns trainable parameters (maybe none).
public protocol Layer {
    /// The outputs for a batch of inputs `(N, features)`.
    func forward(_ input: Tensor) throws(TensorError) -> Tensor
    /// The tensors an optimiser updates.
    var parameters: [Tensor] { get }
}
