import Tensors

/// Updates parameters from their accumulated gradients.
public protocol Optimizer: AnyObject {
    /// The tensors this optimiser updates.
    var parameters: [Tensor] { get }
    /// Applies one update using the current gradients (parameters without a gradient are skipped).
    func step()
}

extension Optimizer {
    /// Clears every parameter's gradient; call before each backward pass.
    public func zeroGrad() {
        for parameter in parameters { parameter.zeroGrad() }
    }
}
