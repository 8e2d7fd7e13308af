extension Tensor {
    /// The matrix product, NumPy `@` semantics: (n, k)·(k, m) → (n, m); batched (..., n, k)·(..., k, m) with
    /// equal batch axes, or either side 2-D and shared across the batch; a 1-D side is a vector.
    /// Runs on OpenBLAS `dgemm`.
    public func matmul(_ other: Tensor) throws(TensorError) -> Tensor {
        let mismatch = TensorError.shapeMismatch(
            "matmul: shapes \(Shape.describe(shape)) and \(Shape.describe(other.shape)) are not aligned")
        guard rank >= 1, other.rank >= 1 else { throw mismatch }
        if rank == 1 {  // (k) · (..., k, m) → (..., m)
            guard other.rank >= 2, other.shape[other.rank - 2] == shape[0] else {
                if other.rank == 1, other.shape[0] == shape[0] { return try (self * other).sum() }
                throw mismatch
            }
            let product = try reshaped([1, shape[0]]).matmul(other)
            var result = product.shape
            result.remove(at: result.count - 2)
            return try product.reshaped(result)
        }
        if other.rank == 1 {  // (..., n, k) · (k) → (..., n)
            guard shape[rank - 1] == other.shape[0] else { throw mismatch }
            let product = try matmul(other.reshaped([other.shape[0], 1]))
            return try product.reshaped(Array(product.shape.dropLast()))
        }
        let n = shape[rank - 2], k = shape[rank - 1]
        let k2 = other.shape[other.rank - 2], m = other.shape[other.rank - 1]
        guard k == k2 else { throw mismatch }
        let batchA = Array(shape.dropLast(2)), batchB = Array(other.shape.dropLast(2))
        guard batchA == batchB || batchA.isEmpty || batchB.isEmpty else { throw mismatch }
        let batchShape = batchA.isEmpty ? batchB : batchA
        let outputShape = batchShape + [n, m]
        _ = try Shape.validate(outputShape, operation: "matmul")
        let batches = Shape.count(batchShape)
        let strideA = batchA.isEmpty ? 0 : n * k, strideB = batchB.isEmpty ? 0 : k * m

        // forward: C[b] = A[b] · B[b]        A (B, n, k), B (B, k, m) → C (B, n, m)
        // Not zero-filled first: every element is written by a gemm with beta 0 (or zeroed here when k is 0);
        // filling first cost 10 % of a 256 × 256 product (`ModulesBench matmul`).
        let a = self, b = other
        let values = [Double](unsafeUninitializedCapacity: batches * n * m) { buffer, initialized in
            if let c = buffer.baseAddress {
                a.scalars.withUnsafeBufferPointer { pa in
                    b.scalars.withUnsafeBufferPointer { pb in
                        guard let baseA = pa.baseAddress, let baseB = pb.baseAddress else {
                            c.update(repeating: 0, count: buffer.count)  // k is 0
                            return
                        }
                        if strideB == 0 {  // (..., n, k) · (k, m): one gemm over all rows.
                            BLAS.gemm(transposeA: false, transposeB: false, m: batches * n, n: m, k: k,
                                      a: baseA, b: baseB, c: c)
                        } else {
                            for batch in 0..<batches {
                                BLAS.gemm(transposeA: false, transposeB: false, m: n, n: m, k: k,
                                          a: baseA + batch * strideA, b: baseB + batch * strideB, c: c + batch * n * m)
                            }
                        }
                    }
                }
            }
            initialized = buffer.count
        }
        return Tensor.make(shape: outputShape, storage: values, parents: [a, b]) { g in
            // backward: dA = g · Bᵀ (n, k), dB = Aᵀ · g (k, m); shared operands sum over the batch.
            var gradA: [Double]? = a.requiresGrad ? [Double](repeating: 0, count: a.count) : nil
            var gradB: [Double]? = b.requiresGrad ? [Double](repeating: 0, count: b.count) : nil
            if strideB == 0 {
                if gradA != nil {
                    Tensor.gemm(g, b.scalars, into: &gradA!, m: batches * n, n: k, k: m, transposeB: true)
                }
                if gradB != nil {
                    Tensor.gemm(a.scalars, g, into: &gradB!, m: k, n: m, k: batches * n, transposeA: true)
                }
            } else {
                for batch in 0..<batches {
                    if gradA != nil {
                        Tensor.gemm(g, b.scalars, into: &gradA!, m: n, n: k, k: m, transposeB: true,
                                    offsetA: batch * n * m, offsetB: batch * strideB, offsetC: batch * strideA,
                                    accumulate: strideA == 0)
                    }
                    if gradB != nil {
                        Tensor.gemm(a.scalars, g, into: &gradB!, m: k, n: m, k: n, transposeA: true,
                                    offsetA: batch * strideA, offsetB: batch * n * m, offsetC: batch * strideB)
                    }
                }
            }
            return [gradA, gradB]
        }
    }

    /// `gemm` on array slices starting at the given offsets.
    static func gemm(
        _ a: [Double], _ b: [Double], into c: inout [Double], m: Int, n: Int, k: Int,
        transposeA: Bool = false, transposeB: Bool = false,
        offsetA: Int = 0, offsetB: Int = 0, offsetC: Int = 0, accumulate: Bool = false
    ) {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    guard let baseA = pa.baseAddress, let baseB = pb.baseAddress, let baseC = pc.baseAddress else {
                        return
                    }
                    BLAS.gemm(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                        a: baseA + offsetA, b: baseB + offsetB, c: baseC + offsetC, accumulate: accumulate)
                }
            }
        }
    }
}
