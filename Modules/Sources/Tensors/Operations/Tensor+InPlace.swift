extension Tensor {
    /// Applies `combine(element, other)` to this tensor's elements in place, `other` broadcast to this shape.
    /// Refused on a tensor that requires gradients while they are recorded (PyTorch refuses it too): an update
    /// of a parameter belongs inside `withoutGradients`.
    private func update(
        with other: Tensor, operation: String, _ combine: (Double, Double) -> Double
    ) throws(TensorError) {
        if GradientMode.isEnabled && requiresGrad {
            throw .gradient(
                "\(operation): a tensor that requires gradients cannot be changed in place while gradients are "
                    + "recorded; update it inside noGrad { … } (PyTorch: with torch.no_grad())")
        }
        let target = try Shape.broadcast(shape, other.shape, operation: operation)
        guard target == shape else {
            throw .shapeMismatch(
                "\(operation): the result of shape \(Shape.describe(target)) does not fit in a tensor of shape \(shapeDescription)")
        }
        scalars = Tensor.combineBroadcast(scalars, shape, other.scalars, other.shape, into: shape, combine)
        version &+= 1
    }

    /// Adds `rhs` (broadcast) to the elements in place (`w += g`, like PyTorch's in-place `add_`).
    public static func += (lhs: Tensor, rhs: Tensor) throws(TensorError) { try lhs.update(with: rhs, operation: "+=", +) }
    /// Subtracts `rhs` (broadcast) from the elements in place (`w -= eta * w.grad!` inside `withoutGradients`).
    public static func -= (lhs: Tensor, rhs: Tensor) throws(TensorError) { try lhs.update(with: rhs, operation: "-=", -) }
    /// Multiplies the elements by `rhs` (broadcast) in place.
    public static func *= (lhs: Tensor, rhs: Tensor) throws(TensorError) { try lhs.update(with: rhs, operation: "*=", *) }
    /// Divides the elements by `rhs` (broadcast) in place.
    public static func /= (lhs: Tensor, rhs: Tensor) throws(TensorError) { try lhs.update(with: rhs, operation: "/=", /) }
    /// Adds a number to every element in place.
    public static func += (lhs: Tensor, rhs: Double) throws(TensorError) { try lhs += Tensor(scalar: rhs) }
    /// Subtracts a number from every element in place.
    public static func -= (lhs: Tensor, rhs: Double) throws(TensorError) { try lhs -= Tensor(scalar: rhs) }
    /// Multiplies every element by a number in place.
    public static func *= (lhs: Tensor, rhs: Double) throws(TensorError) { try lhs *= Tensor(scalar: rhs) }
    /// Divides every element by a number in place.
    public static func /= (lhs: Tensor, rhs: Double) throws(TensorError) { try lhs /= Tensor(scalar: rhs) }
}
