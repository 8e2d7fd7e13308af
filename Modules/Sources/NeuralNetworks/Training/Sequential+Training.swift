import SeededRandom
import Tensors

extension Sequential {
    /// Trains on `dataset` with mini-batches shuffled by `seed`, returning the loss and accuracy per epoch.
    /// Targets follow the loss: class indices for categorical cross-entropy; a `(N, 1)` column of 0/1 for a
    /// single output; one-hot rows for several outputs with MSE or binary cross-entropy.
    /// `onEpoch` is called after every epoch (the caller decides whether to print); returning `false` stops
    /// training there, e.g. when the loss became NaN or time ran out. The history holds the epochs done.
    public func fit(
        _ dataset: Dataset, loss: Loss, optimizer: any Optimizer, epochs: Int, batchSize: Int = 32,
        seed: UInt32 = 0, onEpoch: ((EpochSummary) -> Bool)? = nil
    ) throws(TensorError) -> TrainingHistory {
        guard epochs >= 0 else { throw .invalidArgument("fit: epochs must be non-negative, got \(epochs)") }
        guard batchSize > 0 else { throw .invalidArgument("fit: batch size must be positive, got \(batchSize)") }
        guard dataset.count > 0 else { throw .invalidArgument("fit: the data set is empty") }
        var random = Random(seed: seed)
        var history = TrainingHistory()
        guard epochs > 0 else { return history }
        for epoch in 1...epochs {
            let order = random.permutation(dataset.count)
            var total = 0.0
            var start = 0
            while start < order.count {
                let indices = Array(order[start..<Swift.min(start + batchSize, order.count)])
                let batch = try dataset.subset(indices)
                optimizer.zeroGrad()
                let value = try loss(forward(batch.features), targets(for: batch, loss: loss))
                try value.backward()
                optimizer.step()
                total += try value.item() * Double(indices.count)
                start += batchSize
            }
            let summary = EpochSummary(
                epoch: epoch, loss: total / Double(dataset.count), accuracy: try accuracy(on: dataset))
            history.losses.append(summary.loss)
            history.accuracies.append(summary.accuracy)
            if let onEpoch, !onEpoch(summary) { break }
        }
        return history
    }

    /// The fraction of rows whose predicted class equals the label.
    public func accuracy(on dataset: Dataset) throws(TensorError) -> Double {
        let predicted = try predictClasses(dataset.features)
        let correct = zip(predicted, dataset.labels).filter { $0 == $1 }.count
        return Double(correct) / Double(Swift.max(dataset.count, 1))
    }

    /// The loss of the model on a whole data set, without recording gradients.
    public func evaluate(_ dataset: Dataset, loss: Loss) throws(TensorError) -> Double {
        let outputs = try predict(dataset.features)
        return try loss(outputs, targets(for: dataset, loss: loss)).item()
    }

    /// The target tensor `loss` expects for `dataset`, given this model's output width.
    func targets(for dataset: Dataset, loss: Loss) throws(TensorError) -> Tensor {
        let outputWidth = (layers.last { $0 is Dense } as? Dense)?.outputSize ?? dataset.classCount
        if loss == .categoricalCrossEntropy { return Tensor(dataset.labels.map(Double.init)) }
        if outputWidth == 1 {
            return try Tensor(shape: [dataset.count, 1], scalars: dataset.labels.map(Double.init))
        }
        return try Tensor.oneHot(dataset.labels, classes: outputWidth)
    }
}
