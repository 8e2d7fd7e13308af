/// An n-dimensional array of `Double` in row-major order that can record the operations applied to it
/// and compute gradients by reverse-mode automatic differentiation (PyTorch-style `requiresGrad`/`backward()`).
///
/// A tensor is a reference: optimisers update parameters in place, and gradients accumulate in `grad`
/// across `backward()` calls until `zeroGrad()`. Operations never modify their inputs; they return new tensors.
public final class Tensor {
    /// The largest number of elements a tensor may hold (2^31 − 1, so every size fits BLAS's 32-bit integers);
    /// bigger requests throw `TensorError.tooLarge`.
    public static let maxElementCount = Int(Int32.max)

    /// The size of each axis; `[]` for a scalar.
    public let shape: [Int]
    /// The elements in row-major order.
    public internal(set) var scalars: [Double]
    /// Whether operations on this tensor are recorded so that `backward()` can compute `grad`.
    public var requiresGrad: Bool
    /// The accumulated gradient, a tensor shaped like this one that `grad` returns itself (as PyTorch's `.grad`).
    var gradientTensor: Tensor?
    /// How many times the elements were changed in place (`+=`, subscript assignment, `assign`, optimiser steps).
    public internal(set) var version = 0
    /// How this tensor was computed, when it was computed from tensors that require gradients.
    private(set) var node: GradientNode?

    /// Creates a tensor from its parts; callers guarantee `scalars.count == Shape.count(shape)`.
    init(shape: [Int], storage: [Double], node: GradientNode? = nil) {
        self.shape = shape
        self.scalars = storage
        self.node = node
        self.requiresGrad = node != nil
        self.gradientTensor = nil
    }

    /// Creates a tensor of the given shape from row-major scalars.
    public convenience init(shape: [Int], scalars: [Double], requiresGrad: Bool = false) throws(TensorError) {
        let count = try Shape.validate(shape, operation: "Tensor")
        guard count == scalars.count else {
            throw .shapeMismatch(
                "Tensor: \(scalars.count) values cannot fill a tensor of shape \(Shape.describe(shape))")
        }
        self.init(shape: shape, storage: scalars)
        self.requiresGrad = requiresGrad
    }

    /// Creates a 1-D tensor (a vector).
    public convenience init(_ scalars: [Double], requiresGrad: Bool = false) {
        self.init(shape: [scalars.count], storage: scalars)
        self.requiresGrad = requiresGrad
    }

    /// Creates a 2-D tensor (a matrix) from rows of equal length.
    public convenience init(_ rows: [[Double]], requiresGrad: Bool = false) throws(TensorError) {
        let width = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() where row.count != width {
            throw .shapeMismatch("Tensor: row \(index) has \(row.count) values, expected \(width)")
        }
        self.init(shape: [rows.count, width], storage: rows.flatMap { $0 })
        self.requiresGrad = requiresGrad
    }

    /// Creates a 0-D tensor holding one number.
    public convenience init(scalar: Double, requiresGrad: Bool = false) {
        self.init(shape: [], storage: [scalar])
        self.requiresGrad = requiresGrad
    }

    /// Releases long graphs iteratively: the default recursive release of a chain of thousands of
    /// recorded operations would overflow the stack.
    deinit {
        // Keep only the parent list, then drop the node so its closure (which also captures the parents)
        // is released before the uniqueness checks below.
        guard var pending = node?.parents else { return }
        node = nil
        while var tensor = pending.popLast() {
            guard isKnownUniquelyReferenced(&tensor), let parents = tensor.node?.parents else { continue }
            tensor.node = nil
            pending.append(contentsOf: parents)
        }
    }

    // MARK: Properties

    /// The number of axes.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var count: Int { scalars.count }
    /// The shape written the NumPy way, e.g. `(2, 3)` or `(3,)`, for messages.
    public var shapeDescription: String { Shape.describe(shape) }

    /// The only element of a one-element tensor (for example a loss), or an error.
    public func item() throws(TensorError) -> Double {
        guard scalars.count == 1 else {
            throw .invalidArgument(
                "item: only a one-element tensor can be converted to a number, shape is \(Shape.describe(shape))")
        }
        return scalars[0]
    }

    /// The element at a full multi-index (one index per axis; negative indices count from the end).
    public func value(at indices: [Int]) throws(TensorError) -> Double {
        guard indices.count == rank else {
            throw .invalidArgument("value(at:): \(indices.count) indices for a tensor of rank \(rank)")
        }
        var offset = 0
        let strides = Shape.strides(shape)
        for (axis, raw) in indices.enumerated() {
            let index = raw < 0 ? raw + shape[axis] : raw
            guard index >= 0, index < shape[axis] else {
                throw .invalidArgument("value(at:): index \(raw) is out of range for axis \(axis) of size \(shape[axis])")
            }
            offset += index * strides[axis]
        }
        return scalars[offset]
    }

    /// The rows of a 2-D tensor as nested arrays.
    public func array2D() throws(TensorError) -> [[Double]] {
        guard rank == 2 else {
            throw .invalidArgument("array2D: expected a 2-D tensor, shape is \(Shape.describe(shape))")
        }
        let width = shape[1]
        return (0..<shape[0]).map { Array(scalars[($0 * width)..<(($0 + 1) * width)]) }
    }

    // MARK: Gradients

    /// The gradient accumulated by `backward()`, shaped like this tensor; `nil` before any backward pass. It is the
    /// gradient itself, as PyTorch's `.grad`: changing it in place (`grad! -= g`, `grad![0] = 0`) changes what the
    /// next `backward()` adds to and what an optimiser's step reads.
    public var grad: Tensor? { gradientTensor }

    /// Replaces the gradient (`nil` clears it, as `zeroGrad()`): the tensor itself becomes `grad`, as after
    /// `w.grad = g` in PyTorch, so it must have this tensor's shape.
    public func setGrad(_ gradient: Tensor?) throws(TensorError) {
        if let gradient, gradient.shape != shape {
            throw .shapeMismatch("grad: a gradient of shape \(Shape.describe(gradient.shape)) cannot be assigned to a "
                                 + "tensor of shape \(Shape.describe(shape))")
        }
        gradientTensor = gradient
    }

    /// Clears the accumulated gradient.
    public func zeroGrad() {
        gradientTensor = nil
    }

    /// A tensor with the same values that is cut from the graph (it does not require gradients).
    public func detached() -> Tensor {
        Tensor(shape: shape, storage: scalars)
    }

    /// Runs `body` on the elements in place; used by optimisers to update parameters. The count cannot change.
    public func withMutableScalars<Result>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        version &+= 1
        return try scalars.withUnsafeMutableBufferPointer { try body(&$0) }
    }

    /// Replaces the elements with `values` of the same count (for example to load weights).
    public func assign(_ values: [Double]) throws(TensorError) {
        guard values.count == scalars.count else {
            throw .shapeMismatch(
                "assign: \(values.count) values cannot replace the \(scalars.count) of shape \(Shape.describe(shape))")
        }
        scalars = values
        version &+= 1
    }
}
