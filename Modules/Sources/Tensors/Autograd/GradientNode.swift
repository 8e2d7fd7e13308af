/// One recorded operation in the autograd graph: the inputs it read and how to turn the gradient of its
/// output into gradients for those inputs.
struct GradientNode {
    /// The inputs of the operation, in the order the backward closure returns their gradients.
    let parents: [Tensor]
    /// Each parent's `version` when the operation read it: a parent changed in place since then makes
    /// `backward()` an error (PyTorch's version counter), instead of a gradient computed from the new values.
    let versions: [Int]
    /// Maps the output gradient to one gradient per parent (`nil` where a parent needs none).
    let backward: ([Double]) -> [[Double]?]
}

extension Tensor {
    /// Wraps a forward result, recording `backward` when gradients are enabled and any parent requires them.
    static func make(
        shape: [Int], storage: [Double], parents: [Tensor], backward: @escaping ([Double]) -> [[Double]?]
    ) -> Tensor {
        guard GradientMode.isEnabled, parents.contains(where: \.requiresGrad) else {
            return Tensor(shape: shape, storage: storage)
        }
        return Tensor(shape: shape, storage: storage, node: GradientNode(parents: parents, versions: parents.map(\.version), backward: backward))
    }
}
