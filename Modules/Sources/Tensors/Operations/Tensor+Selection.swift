extension Tensor {
    /// The element-wise larger of `a` and `b` under broadcasting (`torch.maximum`); on ties each side gets half
    /// the gradient, as in PyTorch.
    public static func maximum(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        try extremum(a, b, operation: "maximum", larger: true)
    }

    /// The element-wise smaller of `a` and `b` under broadcasting (`torch.minimum`); ties split the gradient.
    public static func minimum(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        try extremum(a, b, operation: "minimum", larger: false)
    }

    /// The element-wise larger of a tensor and a number (`torch.clamp(x, min: value)` with ties split in half).
    public static func maximum(_ a: Tensor, _ b: Double) throws(TensorError) -> Tensor { try maximum(a, Tensor(scalar: b)) }
    /// The element-wise smaller of a tensor and a number.
    public static func minimum(_ a: Tensor, _ b: Double) throws(TensorError) -> Tensor { try minimum(a, Tensor(scalar: b)) }

    private static func extremum(_ a: Tensor, _ b: Tensor, operation: String, larger: Bool) throws(TensorError) -> Tensor {
        // forward: y = a > b ? a : b (maximum), a < b ? a : b (minimum)
        let (shape, values) = try broadcast(a, b, operation: operation) { x, y in
            larger ? (x >= y ? x : y) : (x <= y ? x : y)
        }
        return make(shape: shape, storage: values, parents: [a, b]) { g in
            // backward: g to the winning side, g/2 to each on a tie
            let share = { (mine: Double, other: Double) -> Double in
                mine == other ? 0.5 : ((larger ? mine > other : mine < other) ? 1 : 0)
            }
            let weightA = combineBroadcast(a.scalars, a.shape, b.scalars, b.shape, into: shape, share)
            let weightB = combineBroadcast(b.scalars, b.shape, a.scalars, a.shape, into: shape, share)
            var ga = g, gb = g
            for index in g.indices {
                ga[index] *= weightA[index]
                gb[index] *= weightB[index]
            }
            return [Shape.reduce(ga, from: shape, to: a.shape), Shape.reduce(gb, from: shape, to: b.shape)]
        }
    }

    /// Elements of `a` where `condition` is non-zero and of `b` elsewhere, all three broadcast together
    /// (`torch.where(condition, a, b)`); the gradient flows to the side chosen at each position.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        let pair = try Shape.broadcast(a.shape, b.shape, operation: "where")
        let shape = try Shape.broadcast(condition.shape, pair, operation: "where")
        let ones = Tensor(shape: shape, storage: [Double](repeating: 1, count: Shape.count(shape)))
        // forward: y = c ≠ 0 ? a : b        c, a, b broadcast to `shape`
        let chosen = combineBroadcast(ones.scalars, shape, condition.scalars, condition.shape, into: shape) { _, c in c }
        let left = combineBroadcast(ones.scalars, shape, a.scalars, a.shape, into: shape) { _, x in x }
        let right = combineBroadcast(ones.scalars, shape, b.scalars, b.shape, into: shape) { _, x in x }
        var values = right
        for index in values.indices where chosen[index] != 0 { values[index] = left[index] }
        return make(shape: shape, storage: values, parents: [a, b]) { g in
            // backward: da = g where c ≠ 0, db = g where c = 0 (summed over broadcast axes)
            var ga = g, gb = g
            for index in g.indices {
                if chosen[index] != 0 { gb[index] = 0 } else { ga[index] = 0 }
            }
            return [Shape.reduce(ga, from: shape, to: a.shape), Shape.reduce(gb, from: shape, to: b.shape)]
        }
    }

    /// `where(condition, a, b)` with a number for the elements not chosen from `a`.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Double) throws(TensorError) -> Tensor {
        try `where`(condition, a, Tensor(scalar: b))
    }

    /// `where(condition, a, b)` with a number for the elements chosen where the condition holds.
    public static func `where`(_ condition: Tensor, _ a: Double, _ b: Tensor) throws(TensorError) -> Tensor {
        try `where`(condition, Tensor(scalar: a), b)
    }

    /// Each element limited to [lower, upper] (NumPy's `clip`, PyTorch's `clamp`); the gradient is 0 where a
    /// limit applies. Either limit may be omitted.
    public func clipped(min lower: Double = -.infinity, max upper: Double = .infinity) -> Tensor {
        clamped(min: lower, max: upper)
    }
}
