extension Tensor {
    /// Softmax along `axis` (default: the last), computed stably by subtracting the maximum.
    public func softmax(axis: Int = -1) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "softmax")
        let (outer, length, inner) = Shape.split(shape, axis: axis)
        let values = Tensor.softmaxValues(scalars, outer: outer, length: length, inner: inner, log: false)
        return Tensor.make(shape: shape, storage: values, parents: [self]) { g in
            // backward: dx = y * (g - Σ_k g_k y_k) along the axis
            var result = [Double](repeating: 0, count: g.count)
            for o in 0..<outer {
                for i in 0..<inner {
                    var dot = 0.0
                    for k in 0..<length {
                        let index = (o * length + k) * inner + i
                        dot += g[index] * values[index]
                    }
                    for k in 0..<length {
                        let index = (o * length + k) * inner + i
                        result[index] = values[index] * (g[index] - dot)
                    }
                }
            }
            return [result]
        }
    }

    /// Log-softmax along `axis` (default: the last): x - max - log Σ exp(x - max).
    public func logSoftmax(axis: Int = -1) throws(TensorError) -> Tensor {
        let axis = try Shape.normalize(axis: axis, rank: rank, operation: "logSoftmax")
        let (outer, length, inner) = Shape.split(shape, axis: axis)
        let values = Tensor.softmaxValues(scalars, outer: outer, length: length, inner: inner, log: true)
        return Tensor.make(shape: shape, storage: values, parents: [self]) { g in
            // backward: dx = g - softmax * Σ_k g_k
            var result = [Double](repeating: 0, count: g.count)
            for o in 0..<outer {
                for i in 0..<inner {
                    var total = 0.0
                    for k in 0..<length { total += g[(o * length + k) * inner + i] }
                    for k in 0..<length {
                        let index = (o * length + k) * inner + i
                        result[index] = g[index] - Math.exp(values[index]) * total
                    }
                }
            }
            return [result]
        }
    }

    /// The mean cross-entropy between `logits` (N, C) and integer class `targets` (N), fused with a stable
    /// log-softmax like PyTorch's `F.cross_entropy`. Returns a 0-D tensor.
    public static func crossEntropy(logits: Tensor, targets: [Int]) throws(TensorError) -> Tensor {
        guard logits.rank == 2 else {
            throw .shapeMismatch(
                "crossEntropy: logits must be (N, C), got shape \(Shape.describe(logits.shape))")
        }
        let rows = logits.shape[0], classes = logits.shape[1]
        guard targets.count == rows else {
            throw .shapeMismatch("crossEntropy: \(rows) rows of logits but \(targets.count) targets")
        }
        for target in targets where target < 0 || target >= classes {
            throw .invalidArgument("crossEntropy: target \(target) is outside 0..<\(classes)")
        }
        guard rows > 0 else { throw .invalidArgument("crossEntropy: no rows") }
        // forward: loss = -mean_n log softmax(logits)[n, target_n]       logits (N, C)
        let logProbabilities = softmaxValues(logits.scalars, outer: rows, length: classes, inner: 1, log: true)
        var loss = 0.0
        for (row, target) in targets.enumerated() { loss -= logProbabilities[row * classes + target] }
        loss /= Double(rows)
        return make(shape: [], storage: [loss], parents: [logits]) { g in
            // backward: dlogits = (softmax - onehot) * g / N
            let scale = g[0] / Double(rows)
            var result = logProbabilities
            for index in result.indices { result[index] = Math.exp(result[index]) * scale }
            for (row, target) in targets.enumerated() { result[row * classes + target] -= scale }
            return [result]
        }
    }

    /// Softmax or log-softmax values of `x` viewed as (outer, length, inner) along the middle axis.
    static func softmaxValues(_ x: [Double], outer: Int, length: Int, inner: Int, log: Bool) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        guard length > 0 else { return result }
        x.withUnsafeBufferPointer { x in
            result.withUnsafeMutableBufferPointer { out in
                for o in 0..<outer {
                    for i in 0..<inner {
                        let base = o * length * inner + i
                        var largest = -Double.infinity
                        for k in 0..<length { largest = Swift.max(largest, x[base + k * inner]) }
                        if largest == -.infinity { largest = 0 }
                        var total = 0.0
                        for k in 0..<length {
                            let e = Math.exp(x[base + k * inner] - largest)
                            out[base + k * inner] = e
                            total += e
                        }
                        if log {
                            let logTotal = Math.log(total)
                            for k in 0..<length { out[base + k * inner] = x[base + k * inner] - largest - logTotal }
                        } else {
                            for k in 0..<length { out[base + k * inner] /= total }
                        }
                    }
                }
            }
        }
        return result
    }
}
