/// Softmax over the vocabulary fused with the cross-entropy against the target token, as
/// `Tensor.crossEntropy` (stable log-softmax: loss = −(x_target − max − log Σ e^(x − max))).
enum FusedCrossEntropy {
    /// Turns each row of logits into probabilities in place and returns the summed loss of the rows.
    static func forward<S: FusedScalar>(
        values: UnsafeMutablePointer<S>,  // (N, V): logits in, probabilities out
        targets: UnsafePointer<Int32>,    // (N)
        rows: Int, classes: Int
    ) -> Double {
        // Per row: largest logit m, e^(x − m), their sum Σ; loss −(x_target − m − log Σ); probabilities e^(x − m)/Σ.
        S.crossEntropyForward(values: values, targets: targets, rows: rows, classes: classes)
    }

    /// dlogits = (p − onehot(target))·scale in place, with `scale` = (upstream gradient)/(rows in the batch).
    static func backward<S: FusedScalar>(
        values: UnsafeMutablePointer<S>,  // (N, V): probabilities in, logit gradients out
        targets: UnsafePointer<Int32>,    // (N)
        rows: Int, classes: Int, scale: S
    ) {
        S.crossEntropyBackward(values: values, targets: targets, rows: rows, classes: classes, scale: scale)
    }
}
