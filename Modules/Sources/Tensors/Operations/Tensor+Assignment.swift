extension Tensor {
    /// Writes `value` (broadcast to the selection's shape) into the elements `select` picks, in place: PyTorch's
    /// `x[1] = v`, `x[0:2, 1:3] = v`, `x[[2, 0]] = v`. `select` is any indexing of this tensor (`{ try $0[1] }`);
    /// it is applied to a tensor of element positions to learn which elements it reads, so every subscript form
    /// is assignable, and an index that repeats keeps the last value written, as in NumPy.
    ///
    /// Autograd: while gradients are recorded, a tensor that requires gradients cannot be changed in place and a
    /// value that requires gradients cannot be copied in (its history would be lost); PyTorch refuses the first
    /// for leaf tensors too. Inside `withoutGradients` both are plain copies of values; a result computed from
    /// this tensor before the change can no longer be differentiated (`backward()` reports it, as PyTorch does).
    public func assign(_ value: Tensor, at select: (Tensor) throws(TensorError) -> Tensor) throws(TensorError) {
        let operation = "subscript assignment"
        if GradientMode.isEnabled && requiresGrad {
            throw .gradient(
                "\(operation): a tensor that requires gradients cannot be changed in place while gradients are "
                    + "recorded; assign inside noGrad { … } (PyTorch: with torch.no_grad())")
        }
        if GradientMode.isEnabled && value.requiresGrad {
            throw .gradient(
                "\(operation): the value requires gradients and copying it in would lose its history; assign inside "
                    + "noGrad { … }, or build the tensor with concatenate, stack or Tensor.where")
        }
        let positions = try select(Tensor(shape: shape, storage: (0..<count).map(Double.init)))
        guard let target = try? Shape.broadcast(positions.shape, value.shape, operation: operation), target == positions.shape else {
            throw .shapeMismatch(
                "\(operation): a value of shape \(value.shapeDescription) does not fit the selection of shape "
                    + positions.shapeDescription)
        }
        let values = Tensor.combineBroadcast(positions.scalars, positions.shape, value.scalars, value.shape,
                                             into: positions.shape) { _, new in new }
        for (position, new) in zip(positions.scalars, values) { scalars[Int(position)] = new }
        version &+= 1
    }

    /// Writes a number into every element `select` picks (`x[1] = 0`).
    public func assign(_ value: Double, at select: (Tensor) throws(TensorError) -> Tensor) throws(TensorError) {
        try assign(Tensor(scalar: value), at: select)
    }

    /// `x[columns: [0, 2]]`: the entries of the second axis at `indices`, repeats allowed (NumPy's `x[:, [0, 2]]`);
    /// with `stride(from:to:by:)` a strided slice (`x[:, 0:6:2]`).
    public subscript(columns indices: [Int]) -> Tensor {
        get throws(TensorError) {
            guard rank >= 2 else { throw .invalidArgument("columns: needs a tensor of rank 2 or more, shape is \(shapeDescription)") }
            return try transposed(0, 1).rows(at: indices).transposed(0, 1)
        }
    }
}
