/// The affine layer y = x·W + b on rows (a `Dense` without activation), on BLAS gemm. Optionally fused with
/// the residual connection around it: y = residual + x·W + b. The residual's backward is the identity, so
/// the caller keeps one gradient buffer for the residual stream, passes it as the output gradient here and
/// lets the branch's first layer (a layer norm) add its input gradient into the same buffer.
enum FusedMatmul {
    /// output = [residual +] input·weight + bias.
    static func forward<S: FusedScalar>(
        output: UnsafeMutablePointer<S>,      // (N, out)
        input: UnsafePointer<S>,              // (N, in)
        weight: UnsafePointer<S>,             // (in, out)
        bias: UnsafePointer<S>,               // (out)
        residual: UnsafePointer<S>? = nil,    // (N, out)
        rows: Int, inputs: Int, outputs: Int
    ) {
        // Start from the bias (plus the residual), then let gemm accumulate the product (beta = 1).
        S.biasRows(output: output, bias: bias, residual: residual, rows: rows, columns: outputs)
        S.gemm(transposeA: false, transposeB: false, m: rows, n: outputs, k: inputs, alpha: 1,
               a: input, lda: inputs, b: weight, ldb: outputs, beta: 1, c: output, ldc: outputs)
    }

    /// dInput = dOutput·Wᵀ (written, or added when `accumulateInput`), dW += inputᵀ·dOutput,
    /// db += Σ_rows dOutput.
    static func backward<S: FusedScalar>(
        inputGradient: UnsafeMutablePointer<S>,   // (N, in)
        weightGradient: UnsafeMutablePointer<S>,  // (in, out), accumulated
        biasGradient: UnsafeMutablePointer<S>,    // (out), accumulated
        outputGradient: UnsafePointer<S>,         // (N, out)
        input: UnsafePointer<S>,                  // (N, in)
        weight: UnsafePointer<S>,                 // (in, out)
        rows: Int, inputs: Int, outputs: Int, accumulateInput: Bool = false
    ) {
        S.gemm(transposeA: false, transposeB: true, m: rows, n: inputs, k: outputs, alpha: 1,
               a: outputGradient, lda: outputs, b: weight, ldb: outputs, beta: accumulateInput ? 1 : 0,
               c: inputGradient, ldc: inputs)
        S.gemm(transposeA: true, transposeB: false, m: inputs, n: outputs, k: rows, alpha: 1,
               a: input, lda: inputs, b: outputGradient, ldb: outputs, beta: 1, c: weightGradient, ldc: outputs)
        S.addRows(accumulator: biasGradient, values: outputGradient, rows: rows, columns: outputs)
    }
}
