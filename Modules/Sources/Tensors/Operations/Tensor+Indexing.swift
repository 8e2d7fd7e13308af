extension Tensor {
    /// The sub-tensor at `index` along `axis`, with that axis removed (`x.select(axis, index)` in PyTorch);
    /// negative indices count from the end.
    public func select(_ index: Int, axis: Int) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "select")
        let size = shape[axis]
        let resolved = index < 0 ? index + size : index
        guard resolved >= 0, resolved < size else {
            throw .invalidArgument("index \(index) is out of range for axis \(axis) of size \(size)")
        }
        var reduced = shape
        reduced.remove(at: axis)
        return try slice(resolved..<(resolved + 1), axis: axis).reshaped(reduced)
    }

    /// `x[i, j]`: index the first two axes (a 0-D tensor for a matrix; `.item()` gives the number).
    public subscript(_ i: Int, _ j: Int) -> Tensor {
        get throws(TensorError) { try self[i].select(j, axis: 0) }
    }

    /// `x[i, j, k]`: index the first three axes.
    public subscript(_ i: Int, _ j: Int, _ k: Int) -> Tensor {
        get throws(TensorError) { try self[i, j].select(k, axis: 0) }
    }

    /// `x[a..<b]`: the entries `a..<b` along the first axis, which is kept (NumPy's `x[a:b]`).
    public subscript(_ range: Range<Int>) -> Tensor {
        get throws(TensorError) { try slice(range, axis: 0) }
    }

    /// `x[a...b]`: the entries `a...b` along the first axis.
    public subscript(_ range: ClosedRange<Int>) -> Tensor {
        get throws(TensorError) { try slice(Range(range), axis: 0) }
    }

    /// `x[rows, columns]`: a block of a matrix (NumPy's `x[a:b, c:d]`).
    public subscript(_ rows: Range<Int>, _ columns: Range<Int>) -> Tensor {
        get throws(TensorError) { try slice(rows, axis: 0).slice(columns, axis: 1) }
    }

    /// `x[rows: a..<b]`: the same as `x[a..<b]`, spelled to pair with `columns:`.
    public subscript(rows rows: Range<Int>) -> Tensor {
        get throws(TensorError) { try slice(rows, axis: 0) }
    }

    /// `x[column: j]`: entry `j` of the second axis, which is removed (NumPy's `x[:, j]`).
    public subscript(column column: Int) -> Tensor {
        get throws(TensorError) {
            guard rank >= 2 else { throw .invalidArgument("column: needs a tensor of rank 2 or more, shape is \(shapeDescription)") }
            return try select(column, axis: 1)
        }
    }

    /// `x[columns: a..<b]`: the entries `a..<b` of the second axis (NumPy's `x[:, a:b]`).
    public subscript(columns columns: Range<Int>) -> Tensor {
        get throws(TensorError) {
            guard rank >= 2 else { throw .invalidArgument("columns: needs a tensor of rank 2 or more, shape is \(shapeDescription)") }
            return try slice(columns, axis: 1)
        }
    }

    /// `x[[2, 0, 2]]`: the first-axis entries at `indices`, repeats allowed (`rows(at:)`).
    public subscript(_ indices: [Int]) -> Tensor {
        get throws(TensorError) { try rows(at: indices) }
    }

    /// The transpose of a matrix (PyTorch's `x.T`); a vector or a scalar is returned as it is. Higher ranks are
    /// refused: use `transposed(_:_:)` or `permuted(_:)` to say which axes.
    public var T: Tensor {
        get throws(TensorError) {
            guard rank <= 2 else {
                throw .invalidArgument("T: expects a tensor of rank 2 or less, shape is \(shapeDescription); use transposed(_:_:)")
            }
            return transposed()
        }
    }

    /// Creates a 3-D tensor from matrices of equal shape (`Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])`).
    public convenience init(_ matrices: [[[Double]]], requiresGrad: Bool = false) throws(TensorError) {
        let height = matrices.first?.count ?? 0
        let width = matrices.first?.first?.count ?? 0
        for (index, matrix) in matrices.enumerated() {
            guard matrix.count == height else {
                throw .shapeMismatch("Tensor: matrix \(index) has \(matrix.count) rows, expected \(height)")
            }
            for (row, values) in matrix.enumerated() where values.count != width {
                throw .shapeMismatch("Tensor: row \(row) of matrix \(index) has \(values.count) values, expected \(width)")
            }
        }
        self.init(shape: [matrices.count, height, width], storage: matrices.flatMap { $0.flatMap { $0 } })
        self.requiresGrad = requiresGrad
    }
}
