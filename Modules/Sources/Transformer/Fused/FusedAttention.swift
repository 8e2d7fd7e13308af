/// Causal multi-head self-attention on the packed projection `qkv` (B, T, 3C): for head h, the query, key and
/// value of position t are the columns h·hs, C + h·hs and 2C + h·hs (hs = C/H wide) of row t, the layout of
/// `MultiHeadAttention`'s fused input projection. Per (batch, head), P = softmax(Q·Kᵀ/√hs) over keys t′ ≤ t
/// and Y = P·V, the heads side by side in the output's channels; the products run on BLAS gemm with the
/// packed leading dimensions, so nothing is copied or permuted.
enum FusedAttention {
    /// Fills `output` with the attention result and `probabilities` with P (zero above the diagonal).
    static func forward<S: FusedScalar>(
        output: UnsafeMutablePointer<S>,         // (B, T, C)
        probabilities: UnsafeMutablePointer<S>,  // (B, H, T, T)
        qkv: UnsafePointer<S>,                   // (B, T, 3C)
        batch: Int, time: Int, channels: Int, heads: Int
    ) {
        let size = channels / heads
        let scale = 1 / S(size).squareRoot()
        for b in 0..<batch {
            for h in 0..<heads {
                let query = qkv + b * time * 3 * channels + h * size
                let key = query + channels, value = query + 2 * channels
                let p = probabilities + (b * heads + h) * time * time
                // scores = Q·Kᵀ/√hs                                                        (T, T)
                S.gemm(transposeA: false, transposeB: true, m: time, n: time, k: size, alpha: scale,
                       a: query, lda: 3 * channels, b: key, ldb: 3 * channels, beta: 0, c: p, ldc: time)
                // Row t: softmax over keys t′ ≤ t (max subtracted first), zeros after them.
                S.causalSoftmax(p, time: time)
                // Y = P·V                                                                   (T, hs)
                S.gemm(transposeA: false, transposeB: false, m: time, n: size, k: time, alpha: 1,
                       a: p, lda: time, b: value, ldb: 3 * channels, beta: 0,
                       c: output + b * time * channels + h * size, ldc: channels)
            }
        }
    }

    /// From dY: dV = Pᵀ·dY, dP = dY·Vᵀ, dS = P∘(dP − rowsum(P∘dP)), dQ = dS·K/√hs, dK = dSᵀ·Q/√hs, written into
    /// the packed `qkvGradient` (every element is written).
    static func backward<S: FusedScalar>(
        qkvGradient: UnsafeMutablePointer<S>,    // (B, T, 3C)
        scratch: UnsafeMutablePointer<S>,        // (T, T)
        outputGradient: UnsafePointer<S>,        // (B, T, C)
        qkv: UnsafePointer<S>,                   // (B, T, 3C)
        probabilities: UnsafePointer<S>,         // (B, H, T, T)
        batch: Int, time: Int, channels: Int, heads: Int
    ) {
        let size = channels / heads
        let scale = 1 / S(size).squareRoot()
        for b in 0..<batch {
            for h in 0..<heads {
                let offset = b * time * 3 * channels + h * size
                let query = qkv + offset, key = query + channels, value = query + 2 * channels
                let dQuery = qkvGradient + offset, dKey = dQuery + channels, dValue = dQuery + 2 * channels
                let dY = outputGradient + b * time * channels + h * size
                let p = probabilities + (b * heads + h) * time * time
                // dV = Pᵀ·dY                                                                (T, hs)
                S.gemm(transposeA: true, transposeB: false, m: time, n: size, k: time, alpha: 1,
                       a: p, lda: time, b: dY, ldb: channels, beta: 0, c: dValue, ldc: 3 * channels)
                // dP = dY·Vᵀ                                                                (T, T)
                S.gemm(transposeA: false, transposeB: true, m: time, n: time, k: size, alpha: 1,
                       a: dY, lda: channels, b: value, ldb: 3 * channels, beta: 0, c: scratch, ldc: time)
                // dS = P∘(dP − Σ_t′ P·dP), zero above the diagonal                          (T, T)
                S.causalSoftmaxBackward(probabilities: p, gradient: scratch, time: time)
                // dQ = dS·K/√hs, dK = dSᵀ·Q/√hs                                              (T, hs)
                S.gemm(transposeA: false, transposeB: false, m: time, n: size, k: time, alpha: scale,
                       a: scratch, lda: time, b: key, ldb: 3 * channels, beta: 0, c: dQuery, ldc: 3 * channels)
                S.gemm(transposeA: true, transposeB: false, m: time, n: size, k: time, alpha: scale,
                       a: scratch, lda: time, b: query, ldb: 3 * channels, beta: 0, c: dKey, ldc: 3 * channels)
            }
        }
    }
}
