import Tensors

/// Labelled points for classification: features `(N, F)` and one class index per row.
public struct Dataset {
    /// The inputs, shape `(N, F)`.
    public let features: Tensor
    /// The class of each row, in `0..<classCount`.
    public let labels: [Int]
    /// The number of classes.
    public let classCount: Int

    /// Creates a data set, checking that there is one label per row and that labels fit `classCount`.
    public init(features: Tensor, labels: [Int], classCount: Int? = nil) throws(TensorError) {
        guard features.rank == 2 else {
            throw .shapeMismatch("Dataset: features must be (N, F), got shape \(features.shapeDescription)")
        }
        guard features.shape[0] == labels.count else {
            throw .shapeMismatch("Dataset: \(features.shape[0]) rows but \(labels.count) labels")
        }
        let classes = classCount ?? ((labels.max() ?? 0) + 1)
        for label in labels where label < 0 || label >= classes {
            throw .invalidArgument("Dataset: label \(label) is outside 0..<\(classes)")
        }
        self.features = features
        self.labels = labels
        self.classCount = classes
    }

    /// The number of rows.
    public var count: Int { labels.count }

    /// The points of one class as (x, y) pairs of the first two features, for scatter plots.
    public func points(ofClass label: Int) -> [(x: Double, y: Double)] {
        let width = features.shape[1]
        guard width >= 2 else { return [] }
        return labels.indices.filter { labels[$0] == label }.map {
            (features.scalars[$0 * width], features.scalars[$0 * width + 1])
        }
    }

    /// The rows at `indices` (for mini-batches and train/test splits).
    public func subset(_ indices: [Int]) throws(TensorError) -> Dataset {
        for index in indices where index < 0 || index >= count {
            throw .invalidArgument("Dataset: index \(index) is outside 0..<\(count)")
        }
        return try Dataset(
            features: features.detached().rows(at: indices), labels: indices.map { labels[$0] }, classCount: classCount)
    }
}
