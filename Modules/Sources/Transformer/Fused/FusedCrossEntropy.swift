/// Softmax over the vocabulary fused with the cross-entropy against the target token, as
/// `Tensor.crossEntropy` (stable log-softmax: loss = −(x_target − max − log Σ e^(x − max))).
enum FusedCrossEntropy {
    /// Turns each row of logits into probabilities in place and returns the summed loss of the rows.
    static func forward<S: FusedScalar>(
        values: UnsafeMutablePointer<S>,  // (N, V): logits in, probabilities out
        targets: UnsafePointer<Int32>,    // (N)
        rows: Int, classes: Int
    ) -> Double {
        var total = 0.0
        for row in 0..<rows {
            let x = values + row * classes
            let largest = FusedReduction.maximum(x, count: classes)
            let target = x[Int(targets[row])]
            for j in 0..<classes { x[j] = S.exponential(x[j] - largest) }
            let sum = FusedReduction.sum(x, count: classes)
            total -= (target - largest - S.logarithm(sum)).doubleValue
            let inverse = 1 / sum
            for j in 0..<classes { x[j] *= inverse }
        }
        return total
    }

    /// dlogits = (p − onehot(target))·scale in place, with `scale` = (upstream gradient)/(rows in the batch).
    static func backward<S: FusedScalar>(
        values: UnsafeMutablePointer<S>,  // (N, V): probabilities in, logit gradients out
        targets: UnsafePointer<Int32>,    // (N)
        rows: Int, classes: Int, scale: S
    ) {
        for row in 0..<rows {
            let x = values + row * classes
            for j in 0..<classes { x[j] *= scale }
            x[Int(targets[row])] -= scale
        }
    }
}
