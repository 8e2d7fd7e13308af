extension Tensor {
    /// Layer normalisation over the last axis in one fused operation:
    /// (x − mean) / √(var + ε) · gamma + beta, with gamma and beta of shape `(C)` for input `(…, C)`.
    public func layerNorm(gamma: Tensor, beta: Tensor, epsilon: Double = 1e-5) throws(TensorError) -> Tensor {
        guard let width = shape.last, width > 0, gamma.shape == [width], beta.shape == [width] else {
            throw .shapeMismatch(
                "layerNorm: input \(shapeDescription) needs gamma and beta of shape (\(shape.last ?? 0),), "
                    + "got \(gamma.shapeDescription) and \(beta.shapeDescription)")
        }
        let rows = count / width
        // forward, per row: xhat = (x − μ)·r with r = 1/√(σ² + ε); y = xhat·gamma + beta      x (N, C)
        var normalized = [Double](repeating: 0, count: count)  // xhat (N, C)
        var inverse = [Double](repeating: 0, count: rows)      // r (N)
        var values = [Double](repeating: 0, count: count)      // y (N, C)
        scalars.withUnsafeBufferPointer { x in
            for row in 0..<rows {
                let base = row * width
                var mean = 0.0
                for j in 0..<width { mean += x[base + j] }
                mean /= Double(width)
                var variance = 0.0
                for j in 0..<width { variance += (x[base + j] - mean) * (x[base + j] - mean) }
                variance /= Double(width)
                let r = 1 / (variance + epsilon).squareRoot()
                inverse[row] = r
                for j in 0..<width {
                    let xhat = (x[base + j] - mean) * r
                    normalized[base + j] = xhat
                    values[base + j] = xhat * gamma.scalars[j] + beta.scalars[j]
                }
            }
        }
        let gammaValues = gamma.scalars
        return Tensor.make(shape: shape, storage: values, parents: [self, gamma, beta]) { g in
            // backward: dxhat = g·gamma; dx = r/C·(C·dxhat − Σdxhat − xhat·Σ(dxhat·xhat));
            //           dgamma = Σ_rows g·xhat; dbeta = Σ_rows g
            var dx = [Double](repeating: 0, count: g.count)
            var dgamma = [Double](repeating: 0, count: width)
            var dbeta = [Double](repeating: 0, count: width)
            let c = Double(width)
            for row in 0..<rows {
                let base = row * width
                var sum = 0.0, dot = 0.0
                for j in 0..<width {
                    let dxhat = g[base + j] * gammaValues[j]
                    sum += dxhat
                    dot += dxhat * normalized[base + j]
                    dgamma[j] += g[base + j] * normalized[base + j]
                    dbeta[j] += g[base + j]
                }
                let scale = inverse[row] / c
                for j in 0..<width {
                    let dxhat = g[base + j] * gammaValues[j]
                    dx[base + j] = scale * (c * dxhat - sum - normalized[base + j] * dot)
                }
            }
            return [dx, dgamma, dbeta]
        }
    }
}
