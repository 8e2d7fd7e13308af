extension Tensor {
    /// A 0/1 mask of `compare` applied element-wise under broadcasting; masks never record gradients.
    static func mask(
        _ lhs: Tensor, _ rhs: Tensor, operation: String, _ compare: (Double, Double) -> Bool
    ) throws(TensorError) -> Tensor {
        let (shape, values) = try broadcast(lhs, rhs, operation: operation) { compare($0, $1) ? 1 : 0 }
        return Tensor(shape: shape, storage: values)
    }

    // MARK: Tensor ∘ Tensor (broadcasting)

    /// 1 where `lhs < rhs`, else 0 (like `(a < b).double()` in PyTorch); no gradient.
    public static func < (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor { try mask(lhs, rhs, operation: "<", <) }
    /// 1 where `lhs <= rhs`, else 0; no gradient.
    public static func <= (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor { try mask(lhs, rhs, operation: "<=", <=) }
    /// 1 where `lhs > rhs`, else 0; no gradient.
    public static func > (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor { try mask(lhs, rhs, operation: ">", >) }
    /// 1 where `lhs >= rhs`, else 0; no gradient.
    public static func >= (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor { try mask(lhs, rhs, operation: ">=", >=) }
    /// 1 where the elements are equal, else 0; no gradient.
    public static func == (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor { try mask(lhs, rhs, operation: "==", ==) }
    /// 1 where the elements differ, else 0; no gradient.
    public static func != (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor { try mask(lhs, rhs, operation: "!=", !=) }

    // MARK: Tensor ∘ number

    /// 1 where an element is below `rhs`, else 0; no gradient.
    public static func < (lhs: Tensor, rhs: Double) -> Tensor { lhs.mask { $0 < rhs } }
    /// 1 where an element is at most `rhs`, else 0; no gradient.
    public static func <= (lhs: Tensor, rhs: Double) -> Tensor { lhs.mask { $0 <= rhs } }
    /// 1 where an element is above `rhs`, else 0; no gradient.
    public static func > (lhs: Tensor, rhs: Double) -> Tensor { lhs.mask { $0 > rhs } }
    /// 1 where an element is at least `rhs`, else 0; no gradient.
    public static func >= (lhs: Tensor, rhs: Double) -> Tensor { lhs.mask { $0 >= rhs } }
    /// 1 where an element equals `rhs`, else 0; no gradient.
    public static func == (lhs: Tensor, rhs: Double) -> Tensor { lhs.mask { $0 == rhs } }
    /// 1 where an element differs from `rhs`, else 0; no gradient.
    public static func != (lhs: Tensor, rhs: Double) -> Tensor { lhs.mask { $0 != rhs } }
    /// 1 where `lhs` is below an element, else 0; no gradient.
    public static func < (lhs: Double, rhs: Tensor) -> Tensor { rhs > lhs }
    /// 1 where `lhs` is at most an element, else 0; no gradient.
    public static func <= (lhs: Double, rhs: Tensor) -> Tensor { rhs >= lhs }
    /// 1 where `lhs` is above an element, else 0; no gradient.
    public static func > (lhs: Double, rhs: Tensor) -> Tensor { rhs < lhs }
    /// 1 where `lhs` is at least an element, else 0; no gradient.
    public static func >= (lhs: Double, rhs: Tensor) -> Tensor { rhs <= lhs }
    /// 1 where an element equals `lhs`, else 0; no gradient.
    public static func == (lhs: Double, rhs: Tensor) -> Tensor { rhs == lhs }
    /// 1 where an element differs from `lhs`, else 0; no gradient.
    public static func != (lhs: Double, rhs: Tensor) -> Tensor { rhs != lhs }

    /// A 0/1 mask of `test` on every element.
    private func mask(_ test: (Double) -> Bool) -> Tensor {
        let values = scalars.withUnsafeBufferPointer { input in
            Shape.filledArray(count: input.count) { out in
                for index in 0..<out.count { out[index] = test(input[index]) ? 1 : 0 }
            }
        }
        return Tensor(shape: shape, storage: values)
    }
}
