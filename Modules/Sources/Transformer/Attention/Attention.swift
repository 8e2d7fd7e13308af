import NeuralNetworks
import Tensors

/// Scaled dot-product attention, the core of every transformer layer.
public enum Attention {
    /// softmax(Q·Kᵀ / √d + mask)·V for query `(…, Tq, d)`, key `(…, Tk, d)`, value `(…, Tk, dv)`.
    /// With `causal`, position t attends only to positions ≤ t. Returns the output `(…, Tq, dv)` and the
    /// attention weights `(…, Tq, Tk)` (each row sums to 1).
    public static func scaledDotProduct(
        query: Tensor, key: Tensor, value: Tensor, causal: Bool = false
    ) throws(TensorError) -> (output: Tensor, weights: Tensor) {
        guard query.rank >= 2, key.rank >= 2, value.rank >= 2, query.shape.last == key.shape.last else {
            throw .shapeMismatch(
                "attention: query \(query.shapeDescription) and key \(key.shapeDescription) need the same last axis")
        }
        let depth = Double(query.shape[query.rank - 1])
        var scores = try query.matmul(key.transposed()) / depth.squareRoot()  // (…, Tq, Tk)
        if causal {
            scores = try scores + causalMask(queries: query.shape[query.rank - 2], keys: key.shape[key.rank - 2])
        }
        let weights = try scores.softmax(axis: -1)  // (…, Tq, Tk)
        return (try weights.matmul(value), weights)  // (…, Tq, dv)
    }

    /// A `(queries, keys)` matrix with 0 where query i may see key j (j ≤ i + keys − queries) and −∞ elsewhere.
    public static func causalMask(queries: Int, keys: Int) throws(TensorError) -> Tensor {
        let mask = try Tensor.zeros([queries, keys])
        let offset = keys - queries
        mask.withMutableScalars { values in
            for i in 0..<queries {
                for j in 0..<keys where j > i + offset { values[i * keys + j] = -.infinity }
            }
        }
        return mask
    }
}
