extension Tensor {
    /// The variance of all elements, as a 0-D tensor: Σ(x − mean)² / (n − correction). `correction: 0` (the default,
    /// like `variance(axis:)` and `np.var`) divides by n; `correction: 1` is PyTorch's `torch.var` default.
    public func variance(correction: Int = 0) throws(TensorError) -> Tensor {
        try reshaped([count]).variance(axis: 0, correction: correction)
    }

    /// The variance along `axis` dividing by n − `correction` (0: `np.var`; 1: `torch.var`'s default).
    public func variance(axis: Int, keepDims: Bool = false, correction: Int) throws(TensorError) -> Tensor {
        let resolved = try Shape.normalize(axis: axis, rank: rank, operation: "variance")
        let n = shape[resolved]
        guard correction >= 0, n - correction > 0 else {
            throw .invalidArgument("variance: \(n) values leave no degrees of freedom with correction \(correction)")
        }
        let centered = try self - mean(axis: resolved, keepDims: true)
        return try centered.squared().sum(axis: resolved, keepDims: keepDims) / Double(n - correction)
    }

    /// The standard deviation of all elements, √variance(correction:), as a 0-D tensor (default divides by n,
    /// like `np.std`; pass `correction: 1` for `torch.std`'s default).
    public func std(correction: Int = 0) throws(TensorError) -> Tensor {
        try variance(correction: correction).sqrt()
    }

    /// The standard deviation along `axis`, √variance(axis:correction:).
    public func std(axis: Int, keepDims: Bool = false, correction: Int = 0) throws(TensorError) -> Tensor {
        try variance(axis: axis, keepDims: keepDims, correction: correction).sqrt()
    }

    /// The smallest element, as a 0-D tensor; the gradient flows to the first minimal element.
    public func min() throws(TensorError) -> Tensor {
        try reshaped([count]).min(axis: 0)
    }
}
