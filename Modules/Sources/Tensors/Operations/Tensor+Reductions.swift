extension Tensor {
    /// The shape after reducing `axis`: kept as size 1 or removed.
    private func reducedShape(axis: Int, keepDims: Bool) -> [Int] {
        var result = shape
        if keepDims { result[axis] = 1 } else { result.remove(at: axis) }
        return result
    }

    /// The sum of all elements, as a 0-D tensor: pairwise summation, bit for bit what `np.sum` gives
    /// (100,000 × 0.1 sums to 10000.0).
    public func sum() -> Tensor {
        let total = PairwiseSum.sum(scalars)
        let shape = self.shape
        return Tensor.make(shape: [], storage: [total], parents: [self]) { g in
            [[Double](repeating: g[0], count: Shape.count(shape))]  // backward: every element gets g
        }
    }

    /// The sum along `axis` (negative counts from the end), keeping it as size 1 when `keepDims`. As in NumPy,
    /// the last axis (contiguous numbers) is summed pairwise and any other axis row by row, so the results are
    /// `np.sum(x, axis)`'s bits.
    public func sum(axis: Int, keepDims: Bool = false) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "sum")
        let (outer, length, inner) = Shape.split(shape, axis: axis)
        // forward: (outer, length, inner) -> (outer, inner)
        var values = [Double](repeating: 0, count: outer * inner)
        scalars.withUnsafeBufferPointer { x in
            values.withUnsafeMutableBufferPointer { out in
                if inner == 1, let base = x.baseAddress {
                    for o in 0..<outer { out[o] = 0.0 + PairwiseSum.sum(base + o * length, count: length) }
                    return
                }
                for o in 0..<outer {
                    for k in 0..<length {
                        let base = (o * length + k) * inner
                        for i in 0..<inner { out[o * inner + i] += x[base + i] }
                    }
                }
            }
        }
        return Tensor.make(shape: reducedShape(axis: axis, keepDims: keepDims), storage: values, parents: [self]) { g in
            // backward: broadcast g back along the reduced axis
            var result = [Double](repeating: 0, count: outer * length * inner)
            for o in 0..<outer {
                for k in 0..<length {
                    let base = (o * length + k) * inner
                    for i in 0..<inner { result[base + i] = g[o * inner + i] }
                }
            }
            return [result]
        }
    }

    /// The mean of all elements, as a 0-D tensor.
    public func mean() -> Tensor {
        sum() / Double(Swift.max(count, 1))
    }

    /// The mean along `axis`.
    public func mean(axis: Int, keepDims: Bool = false) throws(TensorError) -> Tensor {
        let resolved = try Shape.normalize(axis: axis, rank: rank, operation: "mean")
        return try sum(axis: resolved, keepDims: keepDims) / Double(Swift.max(shape[resolved], 1))
    }

    /// The population variance along `axis` (divides by n, like `np.var`).
    public func variance(axis: Int, keepDims: Bool = false) throws(TensorError) -> Tensor {
        let centered = try self - mean(axis: axis, keepDims: true)
        return try centered.squared().mean(axis: axis, keepDims: keepDims)
    }

    /// The largest element along `axis`; the gradient flows to the first maximal element.
    public func max(axis: Int, keepDims: Bool = false) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "max")
        guard shape[axis] > 0 else { throw .invalidArgument("max: axis \(axis) is empty") }
        let (outer, length, inner) = Shape.split(shape, axis: axis)
        let (values, winners) = extremum(outer: outer, length: length, inner: inner, greater: true)
        let total = count
        return Tensor.make(shape: reducedShape(axis: axis, keepDims: keepDims), storage: values, parents: [self]) { g in
            var result = [Double](repeating: 0, count: total)  // backward: route g to the arg-max
            for (index, winner) in winners.enumerated() { result[winner] += g[index] }
            return [result]
        }
    }

    /// The smallest element along `axis`; the gradient flows to the first minimal element.
    public func min(axis: Int, keepDims: Bool = false) throws(TensorError) -> Tensor {
        try -((-self).max(axis: axis, keepDims: keepDims))
    }

    /// The largest element, as a 0-D tensor.
    public func max() throws(TensorError) -> Tensor {
        try reshaped([count]).max(axis: 0)
    }

    /// The index of the largest element along `axis` (first on ties), as a tensor of integral values.
    public func argmax(axis: Int, keepDims: Bool = false) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "argmax")
        guard shape[axis] > 0 else { throw .invalidArgument("argmax: axis \(axis) is empty") }
        let (outer, length, inner) = Shape.split(shape, axis: axis)
        let (_, winners) = extremum(outer: outer, length: length, inner: inner, greater: true)
        let indices = winners.map { Double(($0 / inner) % length) }
        return Tensor(shape: reducedShape(axis: axis, keepDims: keepDims), storage: indices)
    }

    /// The flat index of the largest element (first on ties), or nil for an empty tensor.
    public func argmax() -> Int? {
        guard var best = scalars.indices.first else { return nil }
        for index in scalars.indices where scalars[index] > scalars[best] { best = index }
        return best
    }

    /// Per (outer, inner) pair, the extreme value along the middle axis and its flat index.
    private func extremum(outer: Int, length: Int, inner: Int, greater: Bool) -> ([Double], [Int]) {
        var values = [Double](repeating: 0, count: outer * inner)
        var winners = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = o * length * inner + i
                for k in 1..<Swift.max(length, 1) {
                    let candidate = (o * length + k) * inner + i
                    let value = scalars[candidate]
                    if greater ? value > scalars[best] : value < scalars[best] { best = candidate }
                    if value.isNaN && !scalars[best].isNaN { best = candidate }
                }
                values[o * inner + i] = scalars[best]
                winners[o * inner + i] = best
            }
        }
        return (values, winners)
    }
}
