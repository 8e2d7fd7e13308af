import Tensors

/// A training objective comparing a batch of predictions with targets; returns a 0-D tensor to differentiate.
public enum Loss: String, Sendable, CaseIterable {
    /// Mean of (prediction − target)² over all elements.
    case meanSquaredError
    /// −mean[t·log p + (1 − t)·log(1 − p)] for probabilities p (a sigmoid output) and 0/1 targets;
    /// p is clipped to [1e-7, 1 − 1e-7] like Keras so that log never sees 0.
    case binaryCrossEntropy
    /// −mean log softmax(logits)[target] for raw scores (no softmax on the last layer, like PyTorch's
    /// `CrossEntropyLoss`); targets are class indices `(N)` or probability rows `(N, C)`.
    case categoricalCrossEntropy

    /// The loss of `predictions` against `targets`.
    public func callAsFunction(_ predictions: Tensor, _ targets: Tensor) throws(TensorError) -> Tensor {
        switch self {
        case .meanSquaredError:
            try requireSameCount(predictions, targets)
            return try (predictions - targets.reshaped(predictions.shape)).squared().mean()
        case .binaryCrossEntropy:
            try requireSameCount(predictions, targets)
            let t = try targets.reshaped(predictions.shape)
            let p = predictions.clamped(min: 1e-7, max: 1 - 1e-7)
            return try -(t * p.log() + (1 - t) * (1 - p).log()).mean()
        case .categoricalCrossEntropy:
            guard predictions.rank == 2 else {
                throw .shapeMismatch(
                    "categoricalCrossEntropy: expected logits (N, C), got shape \(predictions.shapeDescription)")
            }
            if targets.shape == predictions.shape {
                let perRow = try (targets * predictions.logSoftmax(axis: -1)).sum(axis: -1)
                return -perRow.mean()
            }
            guard targets.count == predictions.shape[0] else {
                throw .shapeMismatch(
                    "categoricalCrossEntropy: \(predictions.shape[0]) rows of logits but \(targets.count) targets")
            }
            for value in targets.scalars where value.rounded() != value || !value.isFinite {
                throw .invalidArgument("categoricalCrossEntropy: target \(value) is not a class index")
            }
            let labels = targets.scalars.map { Int($0) }
            return try Tensor.crossEntropy(logits: predictions, targets: labels)
        }
    }

    private func requireSameCount(_ predictions: Tensor, _ targets: Tensor) throws(TensorError) {
        guard predictions.count == targets.count else {
            throw .shapeMismatch(
                "\(rawValue): predictions of shape \(predictions.shapeDescription) and targets of shape \(targets.shapeDescription) differ")
        }
    }
}
