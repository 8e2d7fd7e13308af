
extension Tensor {
    /// Applies `function` to every element; the backward pass multiplies the incoming gradient by
    /// `derivative(x, y)`, given the input `x` and output `y` of each element.
    func map(
        _ name: String, _ function: (Double) -> Double, derivative: @escaping (Double, Double) -> Double
    ) -> Tensor {
        let values = scalars.withUnsafeBufferPointer { input in
            Shape.filledArray(count: input.count) { out in
                for index in 0..<out.count { out[index] = function(input[index]) }
            }
        }
        let input = self
        return Tensor.make(shape: shape, storage: values, parents: [self]) { g in
            var result = g
            input.scalars.withUnsafeBufferPointer { x in
                values.withUnsafeBufferPointer { y in
                    result.withUnsafeMutableBufferPointer { r in
                        for index in 0..<r.count { r[index] *= derivative(x[index], y[index]) }
                    }
                }
            }
            return [result]
        }
    }

    /// e^x element-wise.
    public func exp() -> Tensor {
        map("exp", { Math.exp($0) }, derivative: { _, y in y })  // d/dx e^x = e^x
    }

    /// Natural logarithm element-wise (NaN or -inf outside the domain, as in NumPy).
    public func log() -> Tensor {
        map("log", { Math.log($0) }, derivative: { x, _ in 1 / x })  // d/dx ln x = 1/x
    }

    /// Square root element-wise.
    public func sqrt() -> Tensor {
        map("sqrt", { $0.squareRoot() }, derivative: { _, y in 0.5 / y })  // d/dx √x = 1/(2√x)
    }

    /// Each element raised to `exponent`.
    public func pow(_ exponent: Double) -> Tensor {
        if exponent == 2 {
            return map("pow", { $0 * $0 }, derivative: { x, _ in 2 * x })
        }
        return map("pow", { Math.pow($0, exponent) }, derivative: { x, _ in exponent * Math.pow(x, exponent - 1) })
    }

    /// Each element squared.
    public func squared() -> Tensor { pow(2) }

    /// Absolute value element-wise (gradient 0 at 0).
    public func abs() -> Tensor {
        map("abs", { Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) })
    }

    /// Hyperbolic tangent element-wise.
    public func tanh() -> Tensor {
        map("tanh", { Math.tanh($0) }, derivative: { _, y in 1 - y * y })  // d tanh = 1 - tanh²
    }

    /// The logistic function 1 / (1 + e^-x) element-wise, computed without overflow.
    public func sigmoid() -> Tensor {
        map("sigmoid", Tensor.sigmoid, derivative: { _, y in y * (1 - y) })  // dσ = σ(1 - σ)
    }

    /// max(0, x) element-wise (gradient 0 at 0, as in PyTorch).
    public func relu() -> Tensor {
        map("relu", { $0 > 0 ? $0 : 0 }, derivative: { x, _ in x > 0 ? 1 : 0 })
    }

    /// The exact GELU x·Φ(x) with the normal CDF Φ (PyTorch's default `gelu`).
    public func gelu() -> Tensor {
        map("gelu", { 0.5 * $0 * (1 + Math.erf($0 / 2.0.squareRoot())) }, derivative: { x, _ in
            // d/dx x·Φ(x) = Φ(x) + x·φ(x)
            0.5 * (1 + Math.erf(x / 2.0.squareRoot())) + x * Math.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
        })
    }

    /// Each element limited to [lower, upper]; the gradient is 0 where the limit applies.
    public func clamped(min lower: Double, max upper: Double) -> Tensor {
        map("clamp", { Swift.min(Swift.max($0, lower), upper) }, derivative: { x, _ in
            x >= lower && x <= upper ? 1 : 0
        })
    }

    /// The numerically stable logistic function for one number.
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Math.exp(-x)) }
        let e = Math.exp(x)
        return e / (1 + e)
    }
}
