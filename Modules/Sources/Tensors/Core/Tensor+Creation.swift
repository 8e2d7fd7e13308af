import SeededRandom

extension Tensor {
    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) throws(TensorError) -> Tensor {
        try full(shape, value: 0, requiresGrad: requiresGrad)
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], requiresGrad: Bool = false) throws(TensorError) -> Tensor {
        try full(shape, value: 1, requiresGrad: requiresGrad)
    }

    /// A tensor filled with `value`.
    public static func full(_ shape: [Int], value: Double, requiresGrad: Bool = false) throws(TensorError) -> Tensor {
        let count = try Shape.validate(shape, operation: "full")
        let tensor = Tensor(shape: shape, storage: [Double](repeating: value, count: count))
        tensor.requiresGrad = requiresGrad
        return tensor
    }

    /// The vector `start, start + step, …` up to but excluding `end`, like `np.arange`.
    public static func arange(
        from start: Double = 0, to end: Double, step: Double = 1
    ) throws(TensorError) -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw .invalidArgument("arange: step must be finite and non-zero")
        }
        let count = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        _ = try Shape.validate([count], operation: "arange")
        return Tensor((0..<count).map { start + Double($0) * step })
    }

    /// `count` evenly spaced values from `start` to `end` inclusive, like `np.linspace`.
    public static func linspace(from start: Double, to end: Double, count: Int) throws(TensorError) -> Tensor {
        _ = try Shape.validate([count], operation: "linspace")
        guard count > 1 else { return Tensor(count == 1 ? [start] : []) }
        let step = (end - start) / Double(count - 1)
        var values = (0..<count).map { start + Double($0) * step }
        values[count - 1] = end
        return Tensor(values)
    }

    /// The identity matrix of size `n`.
    public static func eye(_ n: Int) throws(TensorError) -> Tensor {
        let result = try zeros([n, n])
        result.withMutableScalars { buffer in
            for i in 0..<n { buffer[i * n + i] = 1 }
        }
        return result
    }

    /// Normal draws (NumPy's legacy stream), like `np.random.normal(mean, std, shape)`.
    public static func randomNormal(
        _ shape: [Int], mean: Double = 0, standardDeviation: Double = 1, using random: inout Random,
        requiresGrad: Bool = false
    ) throws(TensorError) -> Tensor {
        let count = try Shape.validate(shape, operation: "randomNormal")
        let tensor = Tensor(
            shape: shape, storage: random.normal(mean: mean, standardDeviation: standardDeviation, count: count))
        tensor.requiresGrad = requiresGrad
        return tensor
    }

    /// Uniform draws in [low, high) (NumPy's legacy stream), like `np.random.uniform(low, high, shape)`.
    public static func randomUniform(
        _ shape: [Int], low: Double = 0, high: Double = 1, using random: inout Random, requiresGrad: Bool = false
    ) throws(TensorError) -> Tensor {
        let count = try Shape.validate(shape, operation: "randomUniform")
        let tensor = Tensor(shape: shape, storage: random.uniform(low: low, high: high, count: count))
        tensor.requiresGrad = requiresGrad
        return tensor
    }

    /// One-hot rows for integer `labels`: shape `(labels.count, classes)`.
    public static func oneHot(_ labels: [Int], classes: Int) throws(TensorError) -> Tensor {
        let result = try zeros([labels.count, classes])
        for (row, label) in labels.enumerated() {
            guard label >= 0, label < classes else {
                throw .invalidArgument("oneHot: label \(label) is outside 0..<\(classes)")
            }
            result.scalars[row * classes + label] = 1
        }
        return result
    }
}
