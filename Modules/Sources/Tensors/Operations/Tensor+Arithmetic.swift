extension Tensor {
    /// Applies `combine` element-wise under NumPy broadcasting; returns the broadcast shape and values.
    static func broadcast(
        _ a: Tensor, _ b: Tensor, operation: String, _ combine: (Double, Double) -> Double
    ) throws(TensorError) -> (shape: [Int], values: [Double]) {
        if a.shape == b.shape {
            let values = a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    Shape.filledArray(count: pa.count) { out in
                        for index in 0..<out.count { out[index] = combine(pa[index], pb[index]) }
                    }
                }
            }
            return (a.shape, values)
        }
        let shape = try Shape.broadcast(a.shape, b.shape, operation: operation)
        return (shape, combineBroadcast(a.scalars, a.shape, b.scalars, b.shape, into: shape, combine))
    }

    /// Element-wise `combine` of two arrays read with broadcast strides into `target`.
    static func combineBroadcast(
        _ a: [Double], _ shapeA: [Int], _ b: [Double], _ shapeB: [Int], into target: [Int],
        _ combine: (Double, Double) -> Double
    ) -> [Double] {
        var values = [Double](repeating: 0, count: Shape.count(target))
        if shapeA == target, Shape.isTrailingBlock(shapeB, of: target), !b.isEmpty {
            // Fast path: b repeats as a contiguous block along a (a bias, a position table, a mask).
            let block = b.count
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    values.withUnsafeMutableBufferPointer { out in
                        var start = 0
                        while start < out.count {
                            for j in 0..<block { out[start + j] = combine(pa[start + j], pb[j]) }
                            start += block
                        }
                    }
                }
            }
            return values
        }
        if shapeB == target, Shape.isTrailingBlock(shapeA, of: target), !a.isEmpty {
            let block = a.count
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    values.withUnsafeMutableBufferPointer { out in
                        var start = 0
                        while start < out.count {
                            for j in 0..<block { out[start + j] = combine(pa[j], pb[start + j]) }
                            start += block
                        }
                    }
                }
            }
            return values
        }
        let stridesA = Shape.broadcastStrides(shapeA, to: target)
        let stridesB = Shape.broadcastStrides(shapeB, to: target)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                values.withUnsafeMutableBufferPointer { out in
                    Shape.forEachBroadcast(target, stridesA, stridesB) { output, offsetA, offsetB, inner, stepA, stepB in
                        for k in 0..<inner {
                            out[output + k] = combine(pa[offsetA + k * stepA], pb[offsetB + k * stepB])
                        }
                    }
                }
            }
        }
        return values
    }

    // MARK: Tensor ∘ Tensor (broadcasting)

    /// Element-wise sum with broadcasting.
    public static func + (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor {
        let (shape, values) = try broadcast(lhs, rhs, operation: "add", +)  // forward: a + b
        return make(shape: shape, storage: values, parents: [lhs, rhs]) { g in
            // backward: da = g, db = g (summed over broadcast axes)
            [Shape.reduce(g, from: shape, to: lhs.shape), Shape.reduce(g, from: shape, to: rhs.shape)]
        }
    }

    /// Element-wise difference with broadcasting.
    public static func - (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor {
        let (shape, values) = try broadcast(lhs, rhs, operation: "subtract", -)  // forward: a - b
        return make(shape: shape, storage: values, parents: [lhs, rhs]) { g in
            // backward: da = g, db = -g
            [Shape.reduce(g, from: shape, to: lhs.shape), Shape.reduce(g.map { -$0 }, from: shape, to: rhs.shape)]
        }
    }

    /// Element-wise product with broadcasting.
    public static func * (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor {
        let (shape, values) = try broadcast(lhs, rhs, operation: "multiply", *)  // forward: a * b
        return make(shape: shape, storage: values, parents: [lhs, rhs]) { g in
            // backward: da = g * b, db = g * a
            let ga = lhs.requiresGrad ? combineBroadcast(g, shape, rhs.scalars, rhs.shape, into: shape, *) : nil
            let gb = rhs.requiresGrad ? combineBroadcast(g, shape, lhs.scalars, lhs.shape, into: shape, *) : nil
            return [ga.map { Shape.reduce($0, from: shape, to: lhs.shape) },
                    gb.map { Shape.reduce($0, from: shape, to: rhs.shape) }]
        }
    }

    /// Element-wise quotient with broadcasting.
    public static func / (lhs: Tensor, rhs: Tensor) throws(TensorError) -> Tensor {
        let (shape, values) = try broadcast(lhs, rhs, operation: "divide", /)  // forward: a / b
        return make(shape: shape, storage: values, parents: [lhs, rhs]) { g in
            // backward: da = g / b, db = -g * a / b² = -(g * out) / b
            let ga = lhs.requiresGrad ? combineBroadcast(g, shape, rhs.scalars, rhs.shape, into: shape, /) : nil
            var gb: [Double]? = nil
            if rhs.requiresGrad {
                var scaled = g
                for index in scaled.indices { scaled[index] = -scaled[index] * values[index] }
                gb = combineBroadcast(scaled, shape, rhs.scalars, rhs.shape, into: shape, /)
            }
            return [ga.map { Shape.reduce($0, from: shape, to: lhs.shape) },
                    gb.map { Shape.reduce($0, from: shape, to: rhs.shape) }]
        }
    }

    // MARK: Tensor ∘ number

    /// Adds a number to every element.
    public static func + (lhs: Tensor, rhs: Double) -> Tensor {
        lhs.map("add", { $0 + rhs }, derivative: { _, _ in 1 })
    }

    /// Adds a number to every element.
    public static func + (lhs: Double, rhs: Tensor) -> Tensor { rhs + lhs }

    /// Subtracts a number from every element.
    public static func - (lhs: Tensor, rhs: Double) -> Tensor {
        lhs.map("subtract", { $0 - rhs }, derivative: { _, _ in 1 })
    }

    /// Subtracts every element from a number.
    public static func - (lhs: Double, rhs: Tensor) -> Tensor {
        rhs.map("subtract", { lhs - $0 }, derivative: { _, _ in -1 })
    }

    /// Multiplies every element by a number.
    public static func * (lhs: Tensor, rhs: Double) -> Tensor {
        lhs.map("multiply", { $0 * rhs }, derivative: { _, _ in rhs })
    }

    /// Multiplies every element by a number.
    public static func * (lhs: Double, rhs: Tensor) -> Tensor { rhs * lhs }

    /// Divides every element by a number.
    public static func / (lhs: Tensor, rhs: Double) -> Tensor {
        lhs.map("divide", { $0 / rhs }, derivative: { _, _ in 1 / rhs })
    }

    /// Divides a number by every element.
    public static func / (lhs: Double, rhs: Tensor) -> Tensor {
        rhs.map("divide", { lhs / $0 }, derivative: { x, y in -y / x })
    }

    /// Negates every element.
    public static prefix func - (operand: Tensor) -> Tensor {
        operand.map("negate", { -$0 }, derivative: { _, _ in -1 })
    }
}
