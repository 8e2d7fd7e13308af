extension Tensor {
    /// The same elements with a new shape; one dimension may be -1 to be inferred, as in NumPy.
    public func reshaped(_ newShape: [Int]) throws(TensorError) -> Tensor {
        var resolved = newShape
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1 else { throw .invalidArgument("reshape: only one dimension can be -1") }
        if let axis = inferred.first {
            let known = newShape.enumerated().filter { $0.offset != axis }.map(\.element)
            let product = try Shape.validate(known, operation: "reshape")
            guard product > 0, count % product == 0 else {
                throw .shapeMismatch(
                    "reshape: cannot reshape tensor of shape \(Shape.describe(shape)) into \(Shape.describe(newShape))")
            }
            resolved[axis] = count / product
        }
        guard try Shape.validate(resolved, operation: "reshape") == count else {
            throw .shapeMismatch(
                "reshape: cannot reshape tensor of shape \(Shape.describe(shape)) into \(Shape.describe(newShape))")
        }
        return Tensor.make(shape: resolved, storage: scalars, parents: [self]) { g in [g] }  // backward: same data
    }

    /// The axes reordered: axis `i` of the result is axis `axes[i]` of this tensor (NumPy's `transpose(axes)`).
    public func permuted(_ axes: [Int]) throws(TensorError) -> Tensor {
        let resolved = try axes.map { (axis: Int) throws(TensorError) -> Int in
            try Shape.normalize(axis: axis, rank: rank, operation: "permute")
        }
        guard resolved.count == rank, Set(resolved).count == rank else {
            throw .invalidArgument("permute: \(axes) is not a permutation of the \(rank) axes")
        }
        let newShape = resolved.map { shape[$0] }
        let values = Tensor.permute(scalars, shape: shape, axes: resolved)
        var inverse = [Int](repeating: 0, count: rank)
        for (index, axis) in resolved.enumerated() { inverse[axis] = index }
        return Tensor.make(shape: newShape, storage: values, parents: [self]) { g in
            [Tensor.permute(g, shape: newShape, axes: inverse)]  // backward: inverse permutation
        }
    }

    /// The last two axes swapped (the matrix transpose); a tensor of rank below 2 is returned unchanged.
    public func transposed() -> Tensor {
        guard rank >= 2 else { return self }
        var axes = Array(0..<rank)
        axes.swapAt(rank - 1, rank - 2)
        return (try? permuted(axes)) ?? self
    }

    /// Two axes swapped.
    public func transposed(_ first: Int, _ second: Int) throws(TensorError) -> Tensor {
        let a = try Shape.normalize(axis: first, rank: rank, operation: "transpose")
        let b = try Shape.normalize(axis: second, rank: rank, operation: "transpose")
        var axes = Array(0..<rank)
        axes.swapAt(a, b)
        return try permuted(axes)
    }

    /// Copies `values` of `shape` into the axis order `axes`.
    static func permute(_ values: [Double], shape: [Int], axes: [Int]) -> [Double] {
        let rank = shape.count
        if axes == Array(0..<rank) { return values }
        let sourceStrides = Shape.strides(shape)
        let newShape = axes.map { shape[$0] }
        let readStrides = axes.map { sourceStrides[$0] }
        var result = [Double](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { out in
                Shape.forEachBroadcast(newShape, readStrides, readStrides) { output, offset, _, inner, step, _ in
                    for k in 0..<inner { out[output + k] = source[offset + k * step] }
                }
            }
        }
        return result
    }

    /// The elements with index in `range` along `axis` (NumPy's `x[..., a:b, ...]`).
    public func slice(_ range: Range<Int>, axis: Int = 0) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "slice")
        guard range.lowerBound >= 0, range.upperBound <= shape[axis] else {
            throw .invalidArgument(
                "slice: range \(range.lowerBound)..<\(range.upperBound) is out of bounds for axis \(axis) of size \(shape[axis])")
        }
        let (outer, length, inner) = Shape.split(shape, axis: axis)
        let width = range.count * inner
        var values = [Double](repeating: 0, count: outer * width)
        for o in 0..<outer {
            let source = (o * length + range.lowerBound) * inner
            for i in 0..<width { values[o * width + i] = scalars[source + i] }
        }
        var newShape = shape
        newShape[axis] = range.count
        let total = count
        return Tensor.make(shape: newShape, storage: values, parents: [self]) { g in
            var result = [Double](repeating: 0, count: total)  // backward: scatter into the slice
            for o in 0..<outer {
                let target = (o * length + range.lowerBound) * inner
                for i in 0..<width { result[target + i] = g[o * width + i] }
            }
            return [result]
        }
    }

    /// The sub-tensor at `index` along the first axis, with that axis removed (NumPy's `x[i]`).
    public subscript(index: Int) -> Tensor {
        get throws(TensorError) {
            guard rank > 0 else { throw .invalidArgument("subscript: a scalar tensor cannot be indexed") }
            let resolved = index < 0 ? index + shape[0] : index
            guard resolved >= 0, resolved < shape[0] else {
                throw .invalidArgument("subscript: index \(index) is out of range for axis 0 of size \(shape[0])")
            }
            return try slice(resolved..<(resolved + 1)).reshaped(Array(shape.dropFirst()))
        }
    }

    /// The rows (first-axis entries) at `indices`, repeats allowed: an embedding lookup (`x[indices]`).
    public func rows(at indices: [Int]) throws(TensorError) -> Tensor {
        guard rank > 0 else { throw .invalidArgument("rows(at:): a scalar tensor has no rows") }
        let rowCount = shape[0]
        let width = count / Swift.max(rowCount, 1)
        for index in indices where index < 0 || index >= rowCount {
            throw .invalidArgument("rows(at:): index \(index) is out of range for \(rowCount) rows")
        }
        var newShape = shape
        newShape[0] = indices.count
        _ = try Shape.validate(newShape, operation: "rows(at:)")
        var values = [Double](repeating: 0, count: indices.count * width)
        for (position, index) in indices.enumerated() {
            for i in 0..<width { values[position * width + i] = scalars[index * width + i] }
        }
        let total = count
        return Tensor.make(shape: newShape, storage: values, parents: [self]) { g in
            var result = [Double](repeating: 0, count: total)  // backward: scatter-add into the chosen rows
            for (position, index) in indices.enumerated() {
                for i in 0..<width { result[index * width + i] += g[position * width + i] }
            }
            return [result]
        }
    }

    /// Joins tensors along `axis`; all other axes must match.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw .invalidArgument("concatenate: no tensors given") }
        let axis = try Shape.normalize(axis: axis, rank: first.rank, operation: "concatenate")
        for tensor in tensors {
            var a = tensor.shape, b = first.shape
            guard a.count == b.count else {
                throw .shapeMismatch(
                    "concatenate: shapes \(Shape.describe(first.shape)) and \(Shape.describe(tensor.shape)) have different ranks")
            }
            a[axis] = 0
            b[axis] = 0
            guard a == b else {
                throw .shapeMismatch(
                    "concatenate: shapes \(Shape.describe(first.shape)) and \(Shape.describe(tensor.shape)) differ outside axis \(axis)")
            }
        }
        var newShape = first.shape
        newShape[axis] = tensors.reduce(0) { $0 + $1.shape[axis] }
        _ = try Shape.validate(newShape, operation: "concatenate")
        let (outer, _, inner) = Shape.split(first.shape, axis: axis)
        let widths = tensors.map { $0.shape[axis] * inner }
        let totalWidth = widths.reduce(0, +)
        var values = [Double](repeating: 0, count: outer * totalWidth)
        var start = 0
        for (tensor, width) in zip(tensors, widths) {
            for o in 0..<outer {
                for i in 0..<width { values[o * totalWidth + start + i] = tensor.scalars[o * width + i] }
            }
            start += width
        }
        return make(shape: newShape, storage: values, parents: tensors) { g in
            // backward: split g back into the pieces
            var pieces: [[Double]?] = []
            var start = 0
            for width in widths {
                var piece = [Double](repeating: 0, count: outer * width)
                for o in 0..<outer {
                    for i in 0..<width { piece[o * width + i] = g[o * totalWidth + start + i] }
                }
                pieces.append(piece)
                start += width
            }
            return pieces
        }
    }

    /// Stacks tensors of equal shape along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw .invalidArgument("stack: no tensors given") }
        let resolved = try Shape.normalize(axis: axis, rank: first.rank + 1, operation: "stack")
        let expanded = try tensors.map { (tensor: Tensor) throws(TensorError) -> Tensor in
            guard tensor.shape == first.shape else {
                throw .shapeMismatch(
                    "stack: shapes \(Shape.describe(first.shape)) and \(Shape.describe(tensor.shape)) differ")
            }
            var shape = tensor.shape
            shape.insert(1, at: resolved)
            return try tensor.reshaped(shape)
        }
        return try concatenate(expanded, axis: resolved)
    }
}
